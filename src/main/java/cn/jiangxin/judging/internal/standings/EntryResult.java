package cn.jiangxin.judging.internal.standings;

import java.util.Map;

/**
 * What one entry scored in a round: the raw and normalised results, the one its rank
 * rests on, how far its judges disagreed, and its competition rank ({@code tied} when it
 * still shares that rank after every tie-break). {@code parts} splits the judges' share
 * of the score it ranks on over the rubric's parts, unrounded, computed as that score is
 * (the same judges trimmed), so that the parts add up to it.
 */
record EntryResult(long entryId, int judgeCount, double raw, double normalised, double score, double stdDev,
		double spread, boolean disagreement, int rank, boolean tied, Map<String, Double> parts) {

	EntryResult {
		parts = parts == null ? Map.of() : Map.copyOf(parts);
	}

}
