package cn.jiangxin.judging.internal.rounds;

import cn.jiangxin.judging.JudgingSettings;

/** A round's judging settings with its state and the version that guards them. */
public record RoundSetup(long roundId, JudgingSettings settings, RoundState state, int version) {

	/**
	 * The setup of a round whose judging has no row yet: default settings, being set up.
	 */
	static RoundSetup defaults(long roundId) {
		return new RoundSetup(roundId, JudgingSettings.defaults(), RoundState.SETUP, 0);
	}

}
