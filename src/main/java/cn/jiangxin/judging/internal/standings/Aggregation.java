package cn.jiangxin.judging.internal.standings;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the judges' totals of one round into a ranked result per entry. The maths runs
 * unrounded; ranks, ties and disagreement flags compare the published two-decimal
 * figures, so what is shown agrees with how it was decided.
 */
final class Aggregation {

	private Aggregation() {
	}

	static List<EntryResult> rank(List<JudgeScore> scores, AggregationRule rule, double scaleMin, double scaleMax) {
		return rank(scores, rule, scaleMin, scaleMax, Map.of());
	}

	static List<EntryResult> rank(List<JudgeScore> scores, AggregationRule rule, double scaleMin, double scaleMax,
			Map<Long, Double> offsets) {
		return rank(scores, rule, scaleMin, scaleMax, offsets, Map.of());
	}

	/**
	 * Ranks as above, adding to each entry's raw and normalised result an offset that
	 * does not come from the judges (measured items and imported parts); every entry with
	 * an offset is ranked, scored by judges or not. Each result also splits the judges'
	 * share of its score over the rubric's parts (see {@link #parts}); a judge whose
	 * parts add up to nothing has their value split by {@code partMaxima}, the most each
	 * part can give.
	 */
	static List<EntryResult> rank(List<JudgeScore> scores, AggregationRule rule, double scaleMin, double scaleMax,
			Map<Long, Double> offsets, Map<String, Double> partMaxima) {
		Objects.requireNonNull(scores, "scores");
		Objects.requireNonNull(rule, "rule");
		if (!(scaleMin <= scaleMax)) {
			throw new IllegalArgumentException("The scale runs from " + scaleMin + " to " + scaleMax);
		}
		if (scores.isEmpty() && offsets.isEmpty()) {
			return List.of();
		}
		Round round = new Round(scores, offsets.keySet());
		double[] normalised = normalise(round, scaleMin, scaleMax);
		int entries = round.entryIds.length;
		List<TieBreak> chain = rule.tieBreaks();
		double[] raw = new double[entries];
		double[] norm = new double[entries];
		double[] stdDev = new double[entries];
		double[] spread = new double[entries];
		double[][] keys = new double[entries][1 + chain.size()];
		for (int e = 0; e < entries; e++) {
			int from = round.start[e];
			int to = round.start[e + 1];
			double offset = offsets.getOrDefault(round.entryIds[e], 0.0);
			boolean judged = to > from;
			raw[e] = (judged ? aggregate(round.totals, round.order, from, to, rule) : 0) + offset;
			norm[e] = (judged ? aggregate(normalised, round.order, from, to, rule) : 0) + offset;
			stdDev[e] = judged ? standardDeviation(round.totals, round.order, from, to) : 0;
			spread[e] = judged
					? maximum(round.totals, round.order, from, to) - minimum(round.totals, round.order, from, to) : 0;
			keys[e][0] = published(rule.basis() == RankingBasis.RAW ? raw[e] : norm[e]);
			for (int k = 0; k < chain.size(); k++) {
				keys[e][k + 1] = published(tieBreakValue(chain.get(k), round, from, to, raw[e]));
			}
		}
		Integer[] sorted = new Integer[entries];
		for (int e = 0; e < entries; e++) {
			sorted[e] = e;
		}
		Comparator<Integer> byKeys = (a, b) -> compareKeys(keys[a], keys[b]);
		Arrays.sort(sorted, byKeys.thenComparingLong(e -> round.entryIds[e]));

		List<EntryResult> results = new ArrayList<>(entries);
		int rank = 0;
		for (int i = 0; i < entries; i++) {
			int e = sorted[i];
			boolean sameAsPrevious = i > 0 && compareKeys(keys[sorted[i - 1]], keys[e]) == 0;
			boolean sameAsNext = i + 1 < entries && compareKeys(keys[e], keys[sorted[i + 1]]) == 0;
			if (!sameAsPrevious) {
				rank = i + 1;
			}
			double shownStdDev = published(stdDev[e]);
			double shownSpread = published(spread[e]);
			boolean disagreement = exceeds(shownStdDev, rule.stdDevThreshold())
					|| exceeds(shownSpread, rule.spreadThreshold());
			double[] basis = rule.basis() == RankingBasis.RAW ? round.totals : normalised;
			results.add(new EntryResult(round.entryIds[e], round.start[e + 1] - round.start[e], published(raw[e]),
					published(norm[e]), keys[e][0], shownStdDev, shownSpread, disagreement, rank,
					sameAsPrevious || sameAsNext,
					parts(round, basis, round.start[e], round.start[e + 1], rule, partMaxima)));
		}
		return results;
	}

	/**
	 * Each judge's totals as z-scores rescaled to the round's raw mean and spread,
	 * clamped to the scale; a judge with fewer than two scores or no spread keeps the raw
	 * totals.
	 */
	private static double[] normalise(Round round, double scaleMin, double scaleMax) {
		int judges = round.judgeIds.length;
		int[] count = new int[judges];
		double[] sum = new double[judges];
		double globalSum = 0;
		for (int i = 0; i < round.totals.length; i++) {
			count[round.judgeOf[i]]++;
			sum[round.judgeOf[i]] += round.totals[i];
			globalSum += round.totals[i];
		}
		double[] mean = new double[judges];
		for (int j = 0; j < judges; j++) {
			mean[j] = sum[j] / count[j];
		}
		double globalMean = globalSum / round.totals.length;
		double[] squares = new double[judges];
		double globalSquares = 0;
		for (int i = 0; i < round.totals.length; i++) {
			double deviation = round.totals[i] - mean[round.judgeOf[i]];
			squares[round.judgeOf[i]] += deviation * deviation;
			double globalDeviation = round.totals[i] - globalMean;
			globalSquares += globalDeviation * globalDeviation;
		}
		double globalStdDev = Math.sqrt(globalSquares / round.totals.length);
		double[] normalised = new double[round.totals.length];
		for (int i = 0; i < round.totals.length; i++) {
			int j = round.judgeOf[i];
			double judgeStdDev = Math.sqrt(squares[j] / count[j]);
			if (count[j] < 2 || judgeStdDev == 0) {
				normalised[i] = round.totals[i];
			}
			else {
				double z = (round.totals[i] - mean[j]) / judgeStdDev;
				normalised[i] = Math.min(scaleMax, Math.max(scaleMin, globalMean + z * globalStdDev));
			}
		}
		return normalised;
	}

	private static double aggregate(double[] values, int[] order, int from, int to, AggregationRule rule) {
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = from; i < to; i++) {
			double value = values[order[i]];
			sum += value;
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		int n = to - from;
		if (rule.method() == AggregationMethod.TRIMMED_MEAN && n >= rule.trimFrom()) {
			return (sum - min - max) / (n - 2);
		}
		return sum / n;
	}

	/**
	 * The judges' share of an entry's result split over the rubric's parts, computed as
	 * the result is: each judge's value (raw total, or normalised total) is split over
	 * the parts in the proportions of their raw points, then the parts are averaged over
	 * the same judges the result keeps. When the trimmed mean drops the highest and the
	 * lowest value and several judges share one of them, the dropped value's parts are
	 * those judges' average, so that no judge is picked over an equal one. The parts add
	 * up to the result (floating point aside).
	 */
	private static Map<String, Double> parts(Round round, double[] values, int from, int to, AggregationRule rule,
			Map<String, Double> partMaxima) {
		int n = to - from;
		if (n == 0) {
			return Map.of();
		}
		Set<String> codes = new LinkedHashSet<>(partMaxima.keySet());
		for (int i = from; i < to; i++) {
			codes.addAll(round.scores[round.order[i]].parts().keySet());
		}
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, double[]> split = new LinkedHashMap<>();
		codes.forEach(code -> split.put(code, new double[n]));
		double max = Double.NEGATIVE_INFINITY;
		double min = Double.POSITIVE_INFINITY;
		for (int k = 0; k < n; k++) {
			int i = round.order[from + k];
			double value = values[i];
			max = Math.max(max, value);
			min = Math.min(min, value);
			Map<String, Double> points = round.scores[i].parts();
			Map<String, Double> by = points.values().stream().mapToDouble(Double::doubleValue).sum() > 0 ? points
					: partMaxima;
			double whole = by.values().stream().mapToDouble(Double::doubleValue).sum();
			for (String code : codes) {
				double share = whole > 0 ? by.getOrDefault(code, 0.0) / whole : 1.0 / codes.size();
				split.get(code)[k] = value * share;
			}
		}
		boolean trimmed = rule.method() == AggregationMethod.TRIMMED_MEAN && n >= rule.trimFrom();
		Map<String, Double> parts = new LinkedHashMap<>();
		for (String code : codes) {
			double[] shares = split.get(code);
			double sum = 0;
			double atMax = 0;
			double atMin = 0;
			int countMax = 0;
			int countMin = 0;
			for (int k = 0; k < n; k++) {
				double value = values[round.order[from + k]];
				sum += shares[k];
				if (value == max) {
					atMax += shares[k];
					countMax++;
				}
				if (value == min) {
					atMin += shares[k];
					countMin++;
				}
			}
			parts.put(code, trimmed ? (sum - atMax / countMax - atMin / countMin) / (n - 2) : sum / n);
		}
		return parts;
	}

	private static double standardDeviation(double[] values, int[] order, int from, int to) {
		int n = to - from;
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[order[i]];
		}
		double mean = sum / n;
		double squares = 0;
		for (int i = from; i < to; i++) {
			double deviation = values[order[i]] - mean;
			squares += deviation * deviation;
		}
		return Math.sqrt(squares / n);
	}

	private static double minimum(double[] values, int[] order, int from, int to) {
		double min = Double.POSITIVE_INFINITY;
		for (int i = from; i < to; i++) {
			min = Math.min(min, values[order[i]]);
		}
		return min;
	}

	private static double maximum(double[] values, int[] order, int from, int to) {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = from; i < to; i++) {
			max = Math.max(max, values[order[i]]);
		}
		return max;
	}

	/** Higher wins. */
	private static double tieBreakValue(TieBreak tieBreak, Round round, int from, int to, double raw) {
		return switch (tieBreak.kind()) {
			case CRITERION -> criterionMean(tieBreak.criterion(), round, from, to);
			case HIGHER_MINIMUM -> to > from ? minimum(round.totals, round.order, from, to) : Double.NEGATIVE_INFINITY;
			case RAW -> raw;
		};
	}

	/**
	 * The mean over the judges who gave the criterion; an entry none of them did loses to
	 * every entry that has it.
	 */
	private static double criterionMean(String criterion, Round round, int from, int to) {
		double sum = 0;
		int given = 0;
		for (int i = from; i < to; i++) {
			Double value = round.scores[round.order[i]].criteria().get(criterion);
			if (value != null) {
				sum += value;
				given++;
			}
		}
		return given == 0 ? Double.NEGATIVE_INFINITY : sum / given;
	}

	private static boolean exceeds(double value, BigDecimal threshold) {
		return threshold != null && value > threshold.doubleValue();
	}

	private static int compareKeys(double[] a, double[] b) {
		for (int k = 0; k < a.length; k++) {
			int byKey = Double.compare(b[k], a[k]);
			if (byKey != 0) {
				return byKey;
			}
		}
		return 0;
	}

	/**
	 * Rounds half-up to two decimals as {@code BigDecimal.valueOf} reads the value; away
	 * from a half hundredth the plain double arithmetic agrees with it and is far
	 * cheaper, so only near-halves take the exact path.
	 */
	private static double published(double value) {
		if (!Double.isFinite(value)) {
			return value;
		}
		double hundredths = value * 100;
		if (Math.abs(hundredths) < 1e9 && Math.abs(hundredths - Math.floor(hundredths) - 0.5) > 1e-6) {
			return Math.floor(hundredths + 0.5) / 100;
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/**
	 * The round's scores indexed densely by entry and judge, with each entry's scores
	 * adjacent in {@code order}.
	 */
	private static final class Round {

		final JudgeScore[] scores;

		final double[] totals;

		final long[] entryIds;

		final long[] judgeIds;

		final int[] judgeOf;

		final int[] start;

		final int[] order;

		Round(List<JudgeScore> list, Set<Long> unscored) {
			scores = list.toArray(new JudgeScore[0]);
			int n = scores.length;
			totals = new double[n];
			long[] entryOfScore = new long[n];
			long[] judgeOfScore = new long[n];
			for (int i = 0; i < n; i++) {
				totals[i] = scores[i].total();
				entryOfScore[i] = scores[i].entryId();
				judgeOfScore[i] = scores[i].judgeId();
			}
			long[] everyEntry = Arrays.copyOf(entryOfScore, n + unscored.size());
			int k = n;
			for (Long id : unscored) {
				everyEntry[k++] = id;
			}
			entryIds = distinct(everyEntry);
			judgeIds = distinct(judgeOfScore);
			int[] entryOf = new int[n];
			judgeOf = new int[n];
			start = new int[entryIds.length + 1];
			for (int i = 0; i < n; i++) {
				entryOf[i] = Arrays.binarySearch(entryIds, entryOfScore[i]);
				judgeOf[i] = Arrays.binarySearch(judgeIds, judgeOfScore[i]);
				start[entryOf[i] + 1]++;
			}
			for (int e = 0; e < entryIds.length; e++) {
				start[e + 1] += start[e];
			}
			order = new int[n];
			int[] next = Arrays.copyOf(start, entryIds.length);
			for (int i = 0; i < n; i++) {
				order[next[entryOf[i]]++] = i;
			}
			refuseDoubleScores();
		}

		private void refuseDoubleScores() {
			int[] lastEntry = new int[judgeIds.length];
			Arrays.fill(lastEntry, -1);
			for (int e = 0; e < entryIds.length; e++) {
				for (int i = start[e]; i < start[e + 1]; i++) {
					int j = judgeOf[order[i]];
					if (lastEntry[j] == e) {
						throw new IllegalArgumentException(
								"Judge " + judgeIds[j] + " scored entry " + entryIds[e] + " more than once");
					}
					lastEntry[j] = e;
				}
			}
		}

		private static long[] distinct(long[] ids) {
			long[] sorted = ids.clone();
			Arrays.sort(sorted);
			int size = 0;
			for (int i = 0; i < sorted.length; i++) {
				if (size == 0 || sorted[size - 1] != sorted[i]) {
					sorted[size++] = sorted[i];
				}
			}
			return Arrays.copyOf(sorted, size);
		}

	}

}
