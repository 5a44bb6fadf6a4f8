package cn.jiangxin.judging.internal.standings;

import java.util.Map;

/**
 * One judge's weighted total for one entry, with the value given for each criterion by
 * its code, and the points of the total that fall in each part of the rubric (empty when
 * the rubric has one part or none is known).
 */
record JudgeScore(long entryId, long judgeId, double total, Map<String, Double> criteria, Map<String, Double> parts) {

	JudgeScore {
		if (!Double.isFinite(total)) {
			throw new IllegalArgumentException(
					"Judge " + judgeId + " gave entry " + entryId + " a total that is not a number: " + total);
		}
		criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
		parts = parts == null ? Map.of() : Map.copyOf(parts);
	}

	JudgeScore(long entryId, long judgeId, double total, Map<String, Double> criteria) {
		this(entryId, judgeId, total, criteria, Map.of());
	}

}
