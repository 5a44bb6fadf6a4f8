package cn.jiangxin.judging.internal.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

/**
 * The parts shown per standing (汇报/演示/答辩, 理论/实操) add up to the score whatever the
 * aggregation: they are computed as the score is, and rounded so that the parts shown add
 * up to the score shown.
 */
class ScorePartsTests {

	private static final double EXACT = 1e-9;

	@Test
	void trimmedMeanPartsKeepTheSameJudgesAsTheScore() {
		// totals 90 (40 + 50), 85 (45 + 40), 80 (30 + 50), 70 (35 + 35), 60 (20 + 40):
		// drop 90 and 60
		// score (85 + 80 + 70) / 3 = 78.3333; report (45 + 30 + 35) / 3 = 36.6667, demo
		// (40 + 50 + 35) / 3 = 41.6667
		// (the means over every judge, 34 and 43, add up to 77: 1.33 short of the score)
		List<JudgeScore> scores = List.of(judge(1, 40, 50), judge(2, 45, 40), judge(3, 30, 50), judge(4, 35, 35),
				judge(5, 20, 40));

		EntryResult result = only(Aggregation.rank(scores, rule(AggregationMethod.TRIMMED_MEAN, RankingBasis.RAW), 0,
				100, Map.of(), maxima()));

		assertThat(result.score()).isEqualTo(78.33);
		assertThat(result.parts().get("report")).isCloseTo(36.666667, within(1e-6));
		assertThat(result.parts().get("demo")).isCloseTo(41.666667, within(1e-6));
		assertThat(sum(result.parts())).isCloseTo(235.0 / 3, within(EXACT));
	}

	@Test
	void whenJudgesShareTheHighestTotalTheDroppedPartsAreTheirAverage() {
		// 90 (50 + 40) and 90 (40 + 50) share the top: the dropped 90 is split 45 + 45,
		// neither judge picked
		// kept: 90 + 80 + 70 -> score 80; report (50 + 40 + 30 + 30 + 30 - 45 - 30) / 3 =
		// 35, demo (40 + 50 + 50 + 40 + 40 - 45 - 40) / 3 = 45
		List<JudgeScore> scores = List.of(judge(1, 50, 40), judge(2, 40, 50), judge(3, 30, 50), judge(4, 30, 40),
				judge(5, 30, 40));

		EntryResult result = only(Aggregation.rank(scores, rule(AggregationMethod.TRIMMED_MEAN, RankingBasis.RAW), 0,
				100, Map.of(), maxima()));

		assertThat(result.score()).isEqualTo(80.0);
		assertThat(result.parts().get("report")).isCloseTo(35, within(EXACT));
		assertThat(result.parts().get("demo")).isCloseTo(45, within(EXACT));
	}

	@Test
	void zScorePartsSplitEachJudgesNormalisedTotalAsTheirRawPointsAndAddUpToIt() {
		// Judge 1: entry 1 = 70 (30 + 40), entry 2 = 80, entry 3 = 90; judge 2: 60 (20 +
		// 40), 65, 85 (the round of
		// AggregationTests): normalised entry 1 = (61.7712 + 65) / 2 = 63.3856. Judge 1's
		// 61.7712 splits 3 : 4, judge
		// 2's 65 splits 1 : 2: report (26.4734 + 21.6667) / 2 = 24.0700, demo (35.2978 +
		// 43.3333) / 2 = 39.3156
		List<JudgeScore> scores = List.of(judge(1, 1, 30, 40), judge(2, 1, 40, 40), judge(3, 1, 40, 50),
				judge(1, 2, 20, 40), judge(2, 2, 30, 35), judge(3, 2, 40, 45));

		List<EntryResult> results = Aggregation.rank(scores, rule(AggregationMethod.MEAN, RankingBasis.NORMALISED), 0,
				100, Map.of(), maxima());

		EntryResult first = results.stream().filter(r -> r.entryId() == 1).findFirst().orElseThrow();
		assertThat(first.score()).isEqualTo(63.39);
		double judgeOne = 75 - Math.sqrt(175);
		assertThat(first.parts().get("report")).isCloseTo((judgeOne * 3 / 7 + 65.0 / 3) / 2, within(EXACT));
		assertThat(first.parts().get("demo")).isCloseTo((judgeOne * 4 / 7 + 65.0 * 2 / 3) / 2, within(EXACT));
		for (EntryResult r : results) {
			assertThat(sum(r.parts())).as("entry " + r.entryId()).isCloseTo(r.normalised(), within(0.005));
		}
	}

	@Test
	void zScoreWithTrimmedMeanDropsTheSameJudgesForTheParts() {
		// Five judges each score entries 1 and 2; with normalisation and the trimmed
		// mean, the parts of each entry
		// still add up to its normalised score, to the last digit of the arithmetic
		List<JudgeScore> scores = List.of(judge(1, 1, 40, 50), judge(1, 2, 30, 30), judge(2, 1, 45, 40),
				judge(2, 2, 35, 30), judge(3, 1, 30, 50), judge(3, 2, 25, 45), judge(4, 1, 35, 35), judge(4, 2, 30, 20),
				judge(5, 1, 20, 40), judge(5, 2, 40, 40));

		List<EntryResult> results = Aggregation.rank(scores,
				rule(AggregationMethod.TRIMMED_MEAN, RankingBasis.NORMALISED), 0, 100, Map.of(), maxima());

		for (EntryResult r : results) {
			assertThat(Math.round(sum(r.parts()) * 100) / 100.0).as("entry " + r.entryId()).isEqualTo(r.score());
		}
	}

	@Test
	void aJudgeWhoseNormalisedTotalComesFromNothingSplitsItByWhatEachPartCanGive() {
		// judge 1 gives entry 1 nothing and entry 2 everything; normalised, entry 1 is
		// rescaled above 0 and split
		// 50 : 50 as the parts' maxima are; never divided by zero
		List<JudgeScore> scores = List.of(judge(1, 1, 0, 0), judge(2, 1, 50, 50), judge(3, 1, 20, 30),
				judge(1, 2, 30, 30), judge(2, 2, 10, 10));

		for (EntryResult r : Aggregation.rank(scores, rule(AggregationMethod.MEAN, RankingBasis.NORMALISED), 0, 100,
				Map.of(), maxima())) {
			assertThat(r.parts().values()).allSatisfy(p -> assertThat(p).isFinite());
			assertThat(sum(r.parts())).isCloseTo(r.normalised(), within(0.005));
		}
	}

	@Test
	void partsShownAddUpToTheScoreShown() {
		// 33.3333 + 33.3333 + 33.3334 = 100: cut to 33.33 three times is 99.99; the
		// missing hundredth goes to the
		// largest remainder
		Map<String, Double> thirds = new LinkedHashMap<>();
		thirds.put("report", 100.0 / 3);
		thirds.put("demo", 100.0 / 3);
		thirds.put("defence", 100.0 / 3 + 1e-12);
		assertThat(Standings.shown(thirds, new BigDecimal("100.00")).values()).map(BigDecimal::toPlainString)
			.containsExactly("33.33", "33.33", "33.34");
		// 24.005 + 56.005 = 80.01 shown: each rounded half up would show 24.01 + 56.01 =
		// 80.02
		Map<String, Double> halves = new LinkedHashMap<>();
		halves.put("theory", 24.005);
		halves.put("practical", 56.005);
		Map<String, BigDecimal> shown = Standings.shown(halves, new BigDecimal("80.01"));
		assertThat(shown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("80.01");
		// a part that is whole stays whole
		assertThat(Standings.shown(Map.of("review", 87.5), new BigDecimal("87.50")).get("review"))
			.isEqualByComparingTo("87.50");
	}

	private static Map<String, Double> maxima() {
		Map<String, Double> maxima = new LinkedHashMap<>();
		maxima.put("report", 50.0);
		maxima.put("demo", 50.0);
		return maxima;
	}

	private static JudgeScore judge(long judge, double report, double demo) {
		return judge(1, judge, report, demo);
	}

	private static JudgeScore judge(long entry, long judge, double report, double demo) {
		Map<String, Double> parts = new LinkedHashMap<>();
		parts.put("report", report);
		parts.put("demo", demo);
		return new JudgeScore(entry, judge, report + demo, Map.of(), parts);
	}

	private static AggregationRule rule(AggregationMethod method, RankingBasis basis) {
		return new AggregationRule(method, 5, basis, null, null, List.of());
	}

	private static double sum(Map<String, Double> parts) {
		return parts.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	private static EntryResult only(List<EntryResult> results) {
		assertThat(results).hasSize(1);
		return results.get(0);
	}

}
