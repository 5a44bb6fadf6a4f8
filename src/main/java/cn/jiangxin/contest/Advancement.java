package cn.jiangxin.contest;

/**
 * Who goes on from a round: nobody (the last round), the top N overall or per track, or
 * everyone above a score.
 */
public enum Advancement {

	NONE, TOP_N_OVERALL, TOP_N_PER_TRACK, THRESHOLD;

	public String messageKey() {
		return "contest.advancement." + name();
	}

}
