package cn.jiangxin.judging.internal.standings;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.Timings;

/**
 * Ranking one round of 2,000 entries, each scored by 7 judges of differing harshness on 5 criteria, with the
 * trimmed mean, z-score normalisation, disagreement flags and a two-step tie-break chain.
 */
public final class JudgingAggregationBench {

	static final int ENTRIES = 2_000;

	static final int JUDGES = 7;

	private static final String[] CRITERIA = { "content", "innovation", "presentation", "practicality", "impact" };

	private static final double[] WEIGHTS = { 0.30, 0.25, 0.20, 0.15, 0.10 };

	private JudgingAggregationBench() {
	}

	public static void run() {
		List<JudgeScore> scores = generate(new Random(42));
		AggregationRule rule = new AggregationRule(AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.NORMALISED,
				new BigDecimal("20"), new BigDecimal("8"),
				List.of(TieBreak.criterion("innovation"), TieBreak.higherMinimum()));
		long[] sink = new long[1];
		Timings timings = Timings.measure(20, 50, i -> sink[0] += Aggregation.rank(scores, rule, 0, 100).get(0).entryId());
		Bench.result("aggregation_entries", ENTRIES, "entries");
		Bench.result("aggregation_scores", (double) scores.size() * CRITERIA.length, "scores");
		Bench.result("aggregation_p50", timings.percentileMillis(50), "ms");
		Bench.result("aggregation_p95", timings.percentileMillis(95), "ms");
		if (sink[0] == 42) {
			System.out.println();
		}
	}

	/** Whole-point criterion scores: the entry's quality, shifted by the judge's harshness, plus noise. */
	static List<JudgeScore> generate(Random random) {
		double[] harshness = new double[JUDGES];
		double[] noise = new double[JUDGES];
		for (int j = 0; j < JUDGES; j++) {
			harshness[j] = -10 + 16 * random.nextDouble();
			noise[j] = 2 + 6 * random.nextDouble();
		}
		List<JudgeScore> scores = new ArrayList<>(ENTRIES * JUDGES);
		for (long entry = 1; entry <= ENTRIES; entry++) {
			double quality = 55 + 35 * random.nextDouble();
			for (int j = 0; j < JUDGES; j++) {
				Map<String, Double> criteria = new HashMap<>();
				double total = 0;
				for (int c = 0; c < CRITERIA.length; c++) {
					double value = Math.rint(Math.max(0, Math.min(100, quality + harshness[j] + noise[j] * random.nextGaussian())));
					criteria.put(CRITERIA[c], value);
					total += WEIGHTS[c] * value;
				}
				scores.add(new JudgeScore(entry, 1000 + j, Math.rint(total * 100) / 100, criteria));
			}
		}
		return scores;
	}

}
