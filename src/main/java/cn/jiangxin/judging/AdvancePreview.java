package cn.jiangxin.judging;

import java.util.List;

/**
 * Who would go on from a round under its rule, before the admin confirms: every standing
 * with whether it advances and whether it ties with someone across the boundary (tied
 * entries advance together).
 */
public record AdvancePreview(long roundId, Long nextRoundId, String nextRoundName, List<Cut> cuts) {

	public AdvancePreview {
		cuts = List.copyOf(cuts);
	}

	public long advancing() {
		return cuts.stream().filter(Cut::advances).count();
	}

	public boolean tieAtBoundary() {
		return cuts.stream().anyMatch(Cut::tieAtBoundary);
	}

	/** A standing and its fate. */
	public record Cut(RoundStanding standing, boolean advances, boolean tieAtBoundary) {
	}

}
