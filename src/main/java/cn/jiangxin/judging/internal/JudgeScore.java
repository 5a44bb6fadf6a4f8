package cn.jiangxin.judging.internal;

import java.util.Map;

/** One judge's weighted total for one entry, with the value given for each criterion by its code. */
record JudgeScore(long entryId, long judgeId, double total, Map<String, Double> criteria) {

	JudgeScore {
		if (!Double.isFinite(total)) {
			throw new IllegalArgumentException(
					"Judge " + judgeId + " gave entry " + entryId + " a total that is not a number: " + total);
		}
		criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
	}

}
