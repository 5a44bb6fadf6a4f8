package cn.jiangxin.judging.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A judge's score sheet for one entry: its items by criterion, its total, and whether it is submitted. */
record Sheet(long id, long roundId, long entryId, long expertId, String status, BigDecimal total,
		Instant submittedAt, int reopened, int version, Map<String, Item> items) {

	Sheet {
		items = Map.copyOf(items);
	}

	public boolean submitted() {
		return "SUBMITTED".equals(status);
	}

	/** One criterion's score and comment. */
	record Item(BigDecimal score, String comment) {
	}

}
