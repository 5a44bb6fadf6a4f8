package cn.jiangxin.judging.internal;

/**
 * What one entry scored in a round: the raw and normalised results, the one its rank rests on, how far its
 * judges disagreed, and its competition rank ({@code tied} when it still shares that rank after every tie-break).
 */
record EntryResult(long entryId, int judgeCount, double raw, double normalised, double score, double stdDev,
		double spread, boolean disagreement, int rank, boolean tied) {

}
