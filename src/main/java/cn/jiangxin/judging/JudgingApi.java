package cn.jiangxin.judging;

/**
 * What other modules ask of judging: whether a round's judging is over, and its results.
 */
public interface JudgingApi {

	/** A round's standings, overall and per track, with how many sheets are in. */
	RoundResults results(long roundId);

	/**
	 * Whether the round's judging is over: its cut confirmed, or it closed as the last
	 * round.
	 */
	boolean closed(long roundId);

}
