package cn.jiangxin.judging.internal;

/** Where a round's judging stands: being set up and assigned, open for scores, or closed by advancement. */
enum RoundState {

	SETUP, SCORING, CLOSED;

	public String messageKey() {
		return "judging.state." + name();
	}

}
