package cn.jiangxin.judging;

import java.util.List;

/**
 * A round's results in rank order, with how many score sheets are in out of those
 * expected.
 */
public record RoundResults(long roundId, long contestId, String roundName, RankingBasis basis,
		List<RoundStanding> standings, int sheetsExpected, int sheetsSubmitted) {

	public RoundResults {
		standings = List.copyOf(standings);
	}

	public boolean complete() {
		return sheetsExpected > 0 && sheetsSubmitted >= sheetsExpected;
	}

}
