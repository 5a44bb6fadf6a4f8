package cn.jiangxin.judging;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One entry's result in a round: raw and normalised side by side, the score it ranks on
 * (with imported and measured parts added), its parts, the judges' spread, a disagreement
 * flag, and its rank overall and in its track; {@code tied} when it still shares its rank
 * after every tie-break.
 */
public record RoundStanding(long entryId, String title, long trackId, String trackName, long unitOrgId, String unitName,
		int judgeCount, int expectedJudges, BigDecimal raw, BigDecimal normalised, BigDecimal score,
		Map<String, BigDecimal> parts, BigDecimal stdDev, BigDecimal spread, boolean disagreement, int rank,
		int trackRank, boolean tied) {

	public RoundStanding {
		parts = Map.copyOf(parts);
	}

	/** Whether every assigned judge has submitted. */
	public boolean complete() {
		return judgeCount >= expectedJudges;
	}

}
