package cn.jiangxin.judging.internal.rounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A judge's score sheet for one entry: its items by criterion, its total, and whether it
 * is submitted.
 */
public record Sheet(long id, long roundId, long entryId, long expertId, SheetStatus status, BigDecimal total,
		Instant submittedAt, int reopened, int version, Map<String, Item> items) {

	public Sheet {
		items = Map.copyOf(items);
	}

	public boolean submitted() {
		return status == SheetStatus.SUBMITTED;
	}

	/** One criterion's score and comment. */
	public record Item(BigDecimal score, String comment) {
	}

}
