package cn.jiangxin.judging.internal.standings;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Mean, trimmed mean and z-score normalisation of the judges' totals. */
class AggregationTests {

	private static final double CLOSE = 0.005;

	@Test
	void meanOfThreeJudges() {
		// (80 + 90 + 70) / 3 = 240 / 3 = 80
		EntryResult result = only(rank(rule(AggregationMethod.MEAN), totals(1, 80, 90, 70)));

		assertThat(result.raw()).isCloseTo(80, within(CLOSE));
		assertThat(result.score()).isCloseTo(80, within(CLOSE));
		assertThat(result.judgeCount()).isEqualTo(3);
	}

	@Test
	void trimmedMeanDropsOneHighestAndOneLowest() {
		// 90, 90, 80, 70, 70: drop one 90 and one 70 -> (90 + 80 + 70) / 3 = 240 / 3 = 80
		EntryResult result = only(rank(rule(AggregationMethod.TRIMMED_MEAN), totals(1, 90, 90, 80, 70, 70)));

		assertThat(result.raw()).isCloseTo(80, within(CLOSE));
		assertThat(result.judgeCount()).isEqualTo(5);
	}

	@Test
	void trimmedMeanDropsOnlyOneOfTiedExtremes() {
		// 90, 90, 90, 60, 60: drop one 90 and one 60 -> (90 + 90 + 60) / 3 = 240 / 3 = 80
		// (dropping every 90 and every 60 would leave nothing; the plain mean would be
		// 390 / 5 = 78)
		EntryResult result = only(rank(rule(AggregationMethod.TRIMMED_MEAN), totals(1, 90, 90, 90, 60, 60)));

		assertThat(result.raw()).isCloseTo(80, within(CLOSE));
	}

	@Test
	void trimmedMeanBelowTrimFromIsThePlainMean() {
		// 4 judges, trimFrom 5: (100 + 80 + 70 + 60) / 4 = 310 / 4 = 77.5 (trimmed would
		// be (80 + 70) / 2 = 75)
		EntryResult result = only(rank(rule(AggregationMethod.TRIMMED_MEAN), totals(1, 100, 80, 70, 60)));

		assertThat(result.raw()).isCloseTo(77.5, within(CLOSE));
	}

	@Test
	void trimmedMeanAppliesToTheNormalisedResultToo() {
		// Five judges with one score each all keep their raw totals: 100, 90, 80, 70, 70
		// trimmed: drop 100 and one 70 -> (90 + 80 + 70) / 3 = 80 (the plain mean would
		// be 410 / 5 = 82)
		List<EntryResult> results = Aggregation.rank(totals(1, 100, 90, 80, 70, 70),
				new AggregationRule(AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.NORMALISED, null, null, List.of()),
				0, 100);

		assertThat(only(results).normalised()).isCloseTo(80, within(CLOSE));
		assertThat(only(results).score()).isCloseTo(80, within(CLOSE));
	}

	@Test
	void zScoresEvenOutJudgesAndRescaleToTheRound() {
		// Judge A: entry 1 = 70, entry 2 = 80, entry 3 = 90 -> mu_A = 80, sigma_A =
		// sqrt((100 + 0 + 100) / 3) = sqrt(200/3)
		// Judge B: entry 1 = 60, entry 2 = 65, entry 3 = 85 -> mu_B = 70, sigma_B =
		// sqrt((100 + 25 + 225) / 3) = sqrt(350/3)
		// Round: 70, 80, 90, 60, 65, 85 -> mu = 450 / 6 = 75,
		// sigma = sqrt((25 + 25 + 225 + 225 + 100 + 100) / 6) = sqrt(700/6) = sqrt(350/3)
		// = 10.8012
		// A: z = -10 / sqrt(200/3), 0, +10 / sqrt(200/3); z * sigma = 10 * sqrt((700/6) *
		// (3/200)) = 10 * sqrt(1.75)
		// = sqrt(175) = 13.2288 -> x' = 61.7712, 75, 88.2288
		// B: sigma_B = sigma, so x' = 75 + (x - 70) -> 65, 70, 90
		// entry 1: (61.7712 + 65) / 2 = 63.3856 -> 63.39 raw (70 + 60) / 2 = 65
		// entry 2: (75 + 70) / 2 = 72.5 raw (80 + 65) / 2 = 72.5
		// entry 3: (88.2288 + 90) / 2 = 89.1144 -> 89.11 raw (90 + 85) / 2 = 87.5
		List<JudgeScore> scores = List.of(score(1, 1, 70), score(2, 1, 80), score(3, 1, 90), score(1, 2, 60),
				score(2, 2, 65), score(3, 2, 85));

		List<EntryResult> results = Aggregation.rank(scores,
				new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.NORMALISED, null, null, List.of()), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(3L, 2L, 1L);
		EntryResult third = results.get(0);
		assertThat(third.normalised()).isEqualTo(89.11);
		assertThat(third.score()).isEqualTo(89.11);
		assertThat(third.raw()).isEqualTo(87.5);
		assertThat(results.get(1).normalised()).isEqualTo(72.5);
		assertThat(results.get(1).raw()).isEqualTo(72.5);
		assertThat(results.get(2).normalised()).isEqualTo(63.39);
		assertThat(results.get(2).raw()).isEqualTo(65.0);
	}

	@Test
	void judgesWithOneScoreOrNoSpreadKeepTheirRawTotals() {
		// Judge 1: entries 1, 2, 3 = 70, 80, 90 (normalised); judge 2 scores only entry 4
		// = 50 (one score);
		// judge 3 scores entries 5 and 6 = 85, 85 (sigma_3 = 0). Both fall back to raw:
		// entry 4 = 50, 5 = 6 = 85.
		// Round mu = (70 + 80 + 90 + 50 + 85 + 85) / 6 = 460 / 6 = 76.6667; entry 2 sits
		// at judge 1's mean (z = 0)
		// so x' = mu = 76.67.
		List<JudgeScore> scores = List.of(score(1, 1, 70), score(2, 1, 80), score(3, 1, 90), score(4, 2, 50),
				score(5, 3, 85), score(6, 3, 85));

		List<EntryResult> results = Aggregation.rank(scores,
				new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.NORMALISED, null, null, List.of()), 0, 100);

		assertThat(byEntry(results, 4).normalised()).isEqualTo(50.0);
		assertThat(byEntry(results, 5).normalised()).isEqualTo(85.0);
		assertThat(byEntry(results, 6).normalised()).isEqualTo(85.0);
		assertThat(byEntry(results, 2).normalised()).isEqualTo(76.67);
	}

	@Test
	void normalisedTotalsAreClampedToTheScale() {
		// Judge A: 60, 60, 90 -> mu_A = 70, sigma_A = sqrt((100 + 100 + 400) / 3) =
		// sqrt(200); z = -1/sqrt2, -1/sqrt2, +sqrt2
		// Judge B: 95, 95, 98 -> mu_B = 96, sigma_B = sqrt((1 + 1 + 4) / 3) = sqrt2; z =
		// -1/sqrt2, -1/sqrt2, +sqrt2
		// Round: 60, 60, 90, 95, 95, 98 -> mu = 498 / 6 = 83,
		// sigma = sqrt((529 + 529 + 49 + 144 + 144 + 225) / 6) = sqrt(1620 / 6) =
		// sqrt(270)
		// z = +sqrt2: x' = 83 + sqrt(540) = 83 + 23.2379 = 106.2379 -> clamped to 100 on
		// [0, 100]
		// z = -1/sqrt2: x' = 83 - sqrt(135) = 83 - 11.6190 = 71.3810 -> clamped to 75 on
		// [75, 100]
		List<JudgeScore> scores = List.of(score(1, 1, 60), score(2, 1, 60), score(3, 1, 90), score(1, 2, 95),
				score(2, 2, 95), score(3, 2, 98));
		AggregationRule normalised = new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.NORMALISED, null, null,
				List.of());

		assertThat(byEntry(Aggregation.rank(scores, normalised, 0, 100), 3).normalised()).isEqualTo(100.0);
		assertThat(byEntry(Aggregation.rank(scores, normalised, 0, 100), 1).normalised()).isEqualTo(71.38);
		assertThat(byEntry(Aggregation.rank(scores, normalised, 0, 120), 3).normalised()).isEqualTo(106.24);
		assertThat(byEntry(Aggregation.rank(scores, normalised, 75, 100), 1).normalised()).isEqualTo(75.0);
	}

	@Test
	void flagsDisagreementOnStandardDeviation() {
		// 70, 90: mean 80, sd = sqrt((100 + 100) / 2) = 10, spread 20
		List<JudgeScore> scores = totals(1, 70, 90);

		EntryResult over = only(Aggregation.rank(scores, thresholds(null, new BigDecimal("9.99")), 0, 100));
		EntryResult at = only(Aggregation.rank(scores, thresholds(null, new BigDecimal("10")), 0, 100));

		assertThat(over.stdDev()).isEqualTo(10.0);
		assertThat(over.disagreement()).isTrue();
		assertThat(at.disagreement()).isFalse();
	}

	@Test
	void flagsDisagreementOnSpread() {
		// 70, 85, 90: spread = 90 - 70 = 20; mean 245 / 3 = 81.667,
		// sd = sqrt((11.667^2 + 3.333^2 + 8.333^2) / 3) = sqrt((136.11 + 11.11 + 69.44) /
		// 3) = sqrt(72.22) = 8.50
		List<JudgeScore> scores = totals(1, 70, 85, 90);

		EntryResult over = only(Aggregation.rank(scores, thresholds(new BigDecimal("19.5"), null), 0, 100));
		EntryResult under = only(Aggregation.rank(scores, thresholds(new BigDecimal("20"), null), 0, 100));

		assertThat(over.spread()).isEqualTo(20.0);
		assertThat(over.stdDev()).isEqualTo(8.5);
		assertThat(over.disagreement()).isTrue();
		assertThat(under.disagreement()).isFalse();
	}

	@Test
	void noThresholdsMeansNoDisagreement() {
		// 0 and 100: sd 50, spread 100 — but neither test is on
		EntryResult result = only(Aggregation.rank(totals(1, 0, 100), AggregationRule.defaults(), 0, 100));

		assertThat(result.stdDev()).isEqualTo(50.0);
		assertThat(result.spread()).isEqualTo(100.0);
		assertThat(result.disagreement()).isFalse();
	}

	@Test
	void competitionRankingSharesARankAndSkipsTheNext() {
		// means: entry 1 = 90, entry 2 = 85, entry 3 = 85, entry 4 = 80 -> ranks 1, 2, 2,
		// 4
		List<JudgeScore> scores = new ArrayList<>();
		scores.addAll(totals(4, 80, 80));
		scores.addAll(totals(3, 80, 90));
		scores.addAll(totals(2, 85, 85));
		scores.addAll(totals(1, 90, 90));

		List<EntryResult> results = Aggregation.rank(scores, AggregationRule.defaults(), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(1L, 2L, 3L, 4L);
		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 2, 2, 4);
		assertThat(results).extracting(EntryResult::tied).containsExactly(false, true, true, false);
	}

	@Test
	void criterionTieBreakSeparatesATie() {
		// both 85; innovation: entry 1 = (20 + 22) / 2 = 21, entry 2 = (24 + 26) / 2 = 25
		// -> entry 2 first
		List<JudgeScore> scores = List.of(score(1, 1, 85, Map.of("innovation", 20.0)),
				score(1, 2, 85, Map.of("innovation", 22.0)), score(2, 1, 80, Map.of("innovation", 24.0)),
				score(2, 2, 90, Map.of("innovation", 26.0)));

		List<EntryResult> results = Aggregation.rank(scores, tieBreaks(TieBreak.criterion("innovation")), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(2L, 1L);
		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 2);
		assertThat(results).extracting(EntryResult::tied).containsExactly(false, false);
	}

	@Test
	void higherMinimumSeparatesATie() {
		// entry 1: 75, 95 -> 85, lowest 75; entry 2: 80, 90 -> 85, lowest 80 -> entry 2
		// first
		List<JudgeScore> scores = new ArrayList<>(totals(1, 75, 95));
		scores.addAll(totals(2, 80, 90));

		List<EntryResult> results = Aggregation.rank(scores, tieBreaks(TieBreak.higherMinimum()), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(2L, 1L);
		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 2);
	}

	@Test
	void chainMovesToTheNextTieBreakWhenTheFirstIsEqual() {
		// both 85 with innovation (20 + 20) / 2 = 20; lowest: entry 1 = 75, entry 2 = 80
		// -> entry 2 first
		List<JudgeScore> scores = List.of(score(1, 1, 75, Map.of("innovation", 20.0)),
				score(1, 2, 95, Map.of("innovation", 20.0)), score(2, 1, 80, Map.of("innovation", 20.0)),
				score(2, 2, 90, Map.of("innovation", 20.0)));

		List<EntryResult> results = Aggregation.rank(scores,
				tieBreaks(TieBreak.criterion("innovation"), TieBreak.higherMinimum()), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(2L, 1L);
		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 2);
	}

	@Test
	void aTieThatSurvivesEveryTieBreakSharesTheRank() {
		// entries 2 and 3: 80, 90 each -> 85, innovation 20, lowest 80; entry 1 = 95;
		// entry 4 = 70 -> 1, 2, 2, 4
		List<JudgeScore> scores = new ArrayList<>();
		scores.addAll(totals(1, 95, 95));
		for (long entry = 2; entry <= 3; entry++) {
			scores.add(score(entry, 1, 80, Map.of("innovation", 20.0)));
			scores.add(score(entry, 2, 90, Map.of("innovation", 20.0)));
		}
		scores.addAll(totals(4, 70, 70));

		List<EntryResult> results = Aggregation.rank(scores,
				tieBreaks(TieBreak.criterion("innovation"), TieBreak.higherMinimum()), 0, 100);

		assertThat(results).extracting(EntryResult::entryId).containsExactly(1L, 2L, 3L, 4L);
		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 2, 2, 4);
		assertThat(results).extracting(EntryResult::tied).containsExactly(false, true, true, false);
	}

	@Test
	void rawTieBreakDecidesATieOnNormalisedResults() {
		// Judge A: entry 1 = 60, entry 2 = 80 -> mu_A = 70, sigma_A = 10, z = -1, +1
		// Judge B: entry 1 = 100, entry 2 = 50 -> mu_B = 75, sigma_B = 25, z = +1, -1
		// Round mu = 290 / 4 = 72.5, sigma = sqrt((156.25 + 56.25 + 756.25 + 506.25) / 4)
		// = sqrt(368.75) = 19.2029
		// normalised: entry 1 = ((mu - sigma) + (mu + sigma)) / 2 = 72.5, entry 2 = 72.5
		// -> tied
		// raw: entry 1 = (60 + 100) / 2 = 80, entry 2 = (80 + 50) / 2 = 65 -> RAW puts
		// entry 1 first
		List<JudgeScore> scores = List.of(score(1, 1, 60), score(2, 1, 80), score(1, 2, 100), score(2, 2, 50));

		List<EntryResult> tied = Aggregation.rank(scores,
				new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.NORMALISED, null, null, List.of()), 0, 100);
		List<EntryResult> decided = Aggregation.rank(scores, new AggregationRule(AggregationMethod.MEAN, 5,
				RankingBasis.NORMALISED, null, null, List.of(TieBreak.raw())), 0, 100);

		assertThat(tied).extracting(EntryResult::score).containsExactly(72.5, 72.5);
		assertThat(tied).extracting(EntryResult::rank).containsExactly(1, 1);
		assertThat(tied).extracting(EntryResult::tied).containsExactly(true, true);
		assertThat(decided).extracting(EntryResult::entryId).containsExactly(1L, 2L);
		assertThat(decided).extracting(EntryResult::rank).containsExactly(1, 2);
		assertThat(decided).extracting(EntryResult::raw).containsExactly(80.0, 65.0);
	}

	@Test
	void floatingPointNoiseDoesNotSplitATie() {
		// entry 1: 0.1 + 0.2 + 0.3 = 0.6000000000000001, entry 2: 0.3 + 0.2 + 0.1 = 0.6;
		// both publish as 0.20
		List<JudgeScore> scores = new ArrayList<>(totals(1, 0.1, 0.2, 0.3));
		scores.addAll(totals(2, 0.3, 0.2, 0.1));

		List<EntryResult> results = Aggregation.rank(scores, AggregationRule.defaults(), 0, 100);

		assertThat(results).extracting(EntryResult::rank).containsExactly(1, 1);
		assertThat(results).extracting(EntryResult::score).containsExactly(0.2, 0.2);
	}

	@Test
	void resultsAreRoundedHalfUpToTwoDecimals() {
		// (80.25 + 80) / 2 = 80.125 exactly in binary -> 80.13 half-up (80.12 half-even);
		// 80, 80, 81 -> 80.333 -> 80.33
		List<JudgeScore> scores = new ArrayList<>(totals(1, 80.25, 80));
		scores.addAll(totals(2, 80, 80, 81));

		List<EntryResult> results = Aggregation.rank(scores, AggregationRule.defaults(), 0, 100);

		assertThat(byEntry(results, 1).raw()).isEqualTo(80.13);
		assertThat(byEntry(results, 2).raw()).isEqualTo(80.33);
	}

	@Test
	void entriesWithoutScoresAreLeftOutAndNoScoresIsNoResults() {
		assertThat(Aggregation.rank(List.of(), AggregationRule.defaults(), 0, 100)).isEmpty();
		assertThat(Aggregation.rank(totals(7, 60), AggregationRule.defaults(), 0, 100)).extracting(EntryResult::entryId)
			.containsExactly(7L);
	}

	@Test
	void aJudgeScoringAnEntryTwiceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> Aggregation.rank(List.of(score(1, 5, 80), score(1, 5, 90)), AggregationRule.defaults(), 0, 100))
			.withMessageContaining("Judge 5 scored entry 1 more than once");
	}

	@Test
	void tieBreakChainRoundTripsThroughText() {
		List<TieBreak> chain = TieBreak.parse("CRITERION:innovation,HIGHER_MINIMUM");

		assertThat(chain).containsExactly(TieBreak.criterion("innovation"), TieBreak.higherMinimum());
		assertThat(TieBreak.format(chain)).isEqualTo("CRITERION:innovation,HIGHER_MINIMUM");
		assertThat(TieBreak.format(List.of(TieBreak.raw(), TieBreak.criterion("impact"))))
			.isEqualTo("RAW,CRITERION:impact");
		assertThat(TieBreak.parse(" raw , criterion:impact ")).containsExactly(TieBreak.raw(),
				TieBreak.criterion("impact"));
		assertThat(TieBreak.parse("")).isEmpty();
		assertThat(TieBreak.format(List.of())).isEmpty();
	}

	@Test
	void badTieBreakTextIsRefusedWithTheOffendingPart() {
		assertThatIllegalArgumentException().isThrownBy(() -> TieBreak.parse("CRITERION:innovation,LOUDEST"))
			.withMessageContaining("Unknown tie-break 'LOUDEST'");
		assertThatIllegalArgumentException().isThrownBy(() -> TieBreak.parse("CRITERION"))
			.withMessageContaining("needs a criterion code");
		assertThatIllegalArgumentException().isThrownBy(() -> TieBreak.parse("RAW:innovation"))
			.withMessageContaining("takes no criterion");
		assertThatIllegalArgumentException().isThrownBy(() -> TieBreak.parse("RAW,,HIGHER_MINIMUM"))
			.withMessageContaining("Unknown tie-break ''");
	}

	private static List<EntryResult> rank(AggregationRule rule, List<JudgeScore> scores) {
		return Aggregation.rank(scores, rule, 0, 100);
	}

	private static AggregationRule rule(AggregationMethod method) {
		return new AggregationRule(method, 5, RankingBasis.RAW, null, null, List.of());
	}

	private static AggregationRule thresholds(BigDecimal spread, BigDecimal stdDev) {
		return new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.RAW, spread, stdDev, List.of());
	}

	private static AggregationRule tieBreaks(TieBreak... chain) {
		return new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, List.of(chain));
	}

	private static List<JudgeScore> totals(long entry, double... totals) {
		List<JudgeScore> scores = new ArrayList<>();
		for (int j = 0; j < totals.length; j++) {
			scores.add(score(entry, j + 1, totals[j]));
		}
		return scores;
	}

	private static JudgeScore score(long entry, long judge, double total) {
		return new JudgeScore(entry, judge, total, Map.of());
	}

	private static JudgeScore score(long entry, long judge, double total, Map<String, Double> criteria) {
		return new JudgeScore(entry, judge, total, criteria);
	}

	private static EntryResult only(List<EntryResult> results) {
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	private static EntryResult byEntry(List<EntryResult> results, long entryId) {
		return results.stream().filter(r -> r.entryId() == entryId).findFirst().orElseThrow();
	}

}
