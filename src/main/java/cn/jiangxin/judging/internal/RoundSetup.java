package cn.jiangxin.judging.internal;

import cn.jiangxin.judging.JudgingSettings;

/** A round's judging settings with its state and the version that guards them. */
record RoundSetup(long roundId, JudgingSettings settings, RoundState state, int version) {

	boolean scoring() {
		return state == RoundState.SCORING;
	}

}
