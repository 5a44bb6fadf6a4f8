package cn.jiangxin.judging.internal.rounds;

/**
 * Where a round's judging stands: being set up and assigned, open for scores, or closed
 * by advancement.
 */
public enum RoundState {

	SETUP, SCORING, CLOSED;

	public String messageKey() {
		return "judging.state." + name();
	}

}
