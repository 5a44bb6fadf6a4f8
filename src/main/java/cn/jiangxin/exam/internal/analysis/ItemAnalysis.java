package cn.jiangxin.exam.internal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis (试题分析) of a sat exam: per item its facility (p, the mean share
 * of its points earned), its discrimination as the point-biserial correlation with the
 * total and as the difference between the upper and lower 27% of candidates by total,
 * each option's choice rate with the distractors nobody picks or that the strong pick
 * more than the weak; and per paper or knowledge area the internal consistency (KR-20
 * where every item is right or wrong, Cronbach's alpha otherwise) with the standard error
 * of measurement. Variances are of the population (divided by N), as KR-20 is defined.
 */
public final class ItemAnalysis {

	/** The share of candidates in each of the upper and lower groups. */
	public static final double GROUP_SHARE = 0.27;

	private ItemAnalysis() {
	}

	/**
	 * A question as analysed: its points, and for a choice question its key and all its
	 * option keys (null otherwise).
	 */
	public record Item(long question, double points, String key, String options) {
	}

	/**
	 * One candidate's sitting: their total, what they earned on each question they were
	 * given, and which options they chose on each choice question.
	 */
	public record Sitting(long candidate, double total, Map<Long, Double> scores, Map<Long, String> choices) {
	}

	/** What is worth a second look about an item or an option. */
	public enum Flag {

		/** Fewer than one in five earn it. */
		HARD,
		/** More than nine in ten earn it. */
		EASY,
		/** Correlates weakly with the total (below 0.2). */
		WEAK,
		/** The weak do better on it than the strong. */
		NEGATIVE,
		/** A distractor nobody chose. */
		UNCHOSEN,
		/** A distractor the upper group chose more often than the lower. */
		ATTRACTS_STRONG;

		public String messageKey() {
			return "exam.flag." + name();
		}

	}

	/** An option's choice rate overall and in the upper and lower groups. */
	public record OptionStat(String key, boolean correct, double rate, Double upperRate, Double lowerRate,
			List<Flag> flags) {
	}

	/**
	 * An item's figures: how many sat it, p, the point-biserial r, the upper–lower D
	 * (null where a group did not sit it), its options, its flags.
	 */
	public record ItemStat(long question, int n, double facility, Double pointBiserial, Double upperLower,
			List<OptionStat> options, List<Flag> flags) {

		/**
		 * Whether the item itself is flagged (too hard, too easy, not discriminating):
		 * its options' flags alone are common when few candidates answered it.
		 */
		public boolean flagged() {
			return !flags.isEmpty();
		}

	}

	/**
	 * A set of items' consistency: how many items and candidates, the mean and standard
	 * deviation of their totals, the coefficient (null for fewer than two items or no
	 * spread), whether it is KR-20 (every item right or wrong), and the standard error of
	 * measurement.
	 */
	public record Reliability(int items, int candidates, double mean, double sd, Double coefficient, boolean kr20,
			Double sem) {
	}

	/** The figures of every item, in the order given. */
	public static List<ItemStat> items(List<Item> items, List<Sitting> sittings) {
		List<Sitting> ranked = new ArrayList<>(sittings);
		ranked.sort(Comparator.comparingDouble(Sitting::total).reversed().thenComparingLong(Sitting::candidate));
		int group = ranked.isEmpty() ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * ranked.size()));
		Set<Long> upper = new HashSet<>();
		Set<Long> lower = new HashSet<>();
		for (int i = 0; i < group; i++) {
			upper.add(ranked.get(i).candidate());
			lower.add(ranked.get(ranked.size() - 1 - i).candidate());
		}
		List<ItemStat> stats = new ArrayList<>();
		for (Item item : items) {
			stats.add(item(item, sittings, upper, lower));
		}
		return stats;
	}

	private static ItemStat item(Item item, List<Sitting> sittings, Set<Long> upper, Set<Long> lower) {
		List<Double> shares = new ArrayList<>();
		List<Double> totals = new ArrayList<>();
		double upperSum = 0;
		double lowerSum = 0;
		int upperN = 0;
		int lowerN = 0;
		for (Sitting s : sittings) {
			Double earned = s.scores().get(item.question());
			if (earned == null) {
				continue;
			}
			double share = item.points() == 0 ? 0 : earned / item.points();
			shares.add(share);
			totals.add(s.total());
			if (upper.contains(s.candidate())) {
				upperSum += share;
				upperN++;
			}
			if (lower.contains(s.candidate())) {
				lowerSum += share;
				lowerN++;
			}
		}
		int n = shares.size();
		double p = n == 0 ? 0 : mean(shares);
		Double r = correlation(shares, totals);
		Double d = upperN == 0 || lowerN == 0 ? null : upperSum / upperN - lowerSum / lowerN;
		List<Flag> flags = new ArrayList<>();
		if (n > 0 && p < 0.2) {
			flags.add(Flag.HARD);
		}
		if (n > 0 && p > 0.9) {
			flags.add(Flag.EASY);
		}
		if (r != null && r < 0) {
			flags.add(Flag.NEGATIVE);
		}
		else if (r != null && r < 0.2) {
			flags.add(Flag.WEAK);
		}
		return new ItemStat(item.question(), n, p, r, d, options(item, sittings, upper, lower, n), flags);
	}

	private static List<OptionStat> options(Item item, List<Sitting> sittings, Set<Long> upper, Set<Long> lower,
			int n) {
		if (item.options() == null || n == 0) {
			return List.of();
		}
		List<OptionStat> options = new ArrayList<>();
		for (char key : item.options().toCharArray()) {
			int chose = 0;
			int upperChose = 0;
			int lowerChose = 0;
			int upperN = 0;
			int lowerN = 0;
			for (Sitting s : sittings) {
				if (!s.scores().containsKey(item.question())) {
					continue;
				}
				String chosen = s.choices().getOrDefault(item.question(), "");
				boolean picked = chosen.indexOf(key) >= 0;
				chose += picked ? 1 : 0;
				if (upper.contains(s.candidate())) {
					upperN++;
					upperChose += picked ? 1 : 0;
				}
				if (lower.contains(s.candidate())) {
					lowerN++;
					lowerChose += picked ? 1 : 0;
				}
			}
			boolean correct = item.key() != null && item.key().indexOf(key) >= 0;
			Double upperRate = upperN == 0 ? null : (double) upperChose / upperN;
			Double lowerRate = lowerN == 0 ? null : (double) lowerChose / lowerN;
			List<Flag> flags = new ArrayList<>();
			if (!correct && chose == 0) {
				flags.add(Flag.UNCHOSEN);
			}
			if (!correct && upperRate != null && lowerRate != null && upperRate > lowerRate) {
				flags.add(Flag.ATTRACTS_STRONG);
			}
			options.add(new OptionStat(String.valueOf(key), correct, (double) chose / n, upperRate, lowerRate, flags));
		}
		return options;
	}

	/**
	 * The consistency of a complete set of items: each row holds one candidate's scores
	 * on the same items (the same slots of a blueprint, or the same questions of a fixed
	 * paper), {@code maxima} their points.
	 */
	public static Reliability reliability(List<double[]> rows, double[] maxima) {
		int k = maxima.length;
		int n = rows.size();
		List<Double> totals = new ArrayList<>();
		for (double[] row : rows) {
			double total = 0;
			for (double v : row) {
				total += v;
			}
			totals.add(total);
		}
		double mean = n == 0 ? 0 : mean(totals);
		double variance = n == 0 ? 0 : variance(totals);
		double sd = Math.sqrt(variance);
		boolean dichotomous = true;
		double itemVariances = 0;
		for (int j = 0; j < k; j++) {
			List<Double> column = new ArrayList<>();
			for (double[] row : rows) {
				column.add(row[j]);
				if (row[j] != 0 && Math.abs(row[j] - maxima[j]) > 1e-9) {
					dichotomous = false;
				}
			}
			itemVariances += n == 0 ? 0 : variance(column);
		}
		Double coefficient = null;
		Double sem = null;
		if (k >= 2 && n >= 2 && variance > 0) {
			coefficient = (double) k / (k - 1) * (1 - itemVariances / variance);
			sem = sd * Math.sqrt(Math.max(0, 1 - coefficient));
		}
		return new Reliability(k, n, mean, sd, coefficient, dichotomous, sem);
	}

	/** How many candidates' totals fall in each of {@code bins} equal bands of 0–max. */
	public static int[] distribution(List<Double> totals, double max, int bins) {
		int[] counts = new int[bins];
		for (double total : totals) {
			int bin = max <= 0 ? 0 : (int) Math.floor(total / max * bins);
			counts[Math.max(0, Math.min(bins - 1, bin))]++;
		}
		return counts;
	}

	static double mean(List<Double> values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.size();
	}

	static double variance(List<Double> values) {
		double m = mean(values);
		double sum = 0;
		for (double v : values) {
			sum += (v - m) * (v - m);
		}
		return sum / values.size();
	}

	/** Pearson's r; null when either side has no spread or fewer than two pairs. */
	static Double correlation(List<Double> x, List<Double> y) {
		int n = x.size();
		if (n < 2) {
			return null;
		}
		double mx = mean(x);
		double my = mean(y);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < n; i++) {
			sxy += (x.get(i) - mx) * (y.get(i) - my);
			sxx += (x.get(i) - mx) * (x.get(i) - mx);
			syy += (y.get(i) - my) * (y.get(i) - my);
		}
		if (sxx == 0 || syy == 0) {
			return null;
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	/** The figures keyed by question, for a page that looks them up. */
	public static Map<Long, ItemStat> byQuestion(List<ItemStat> stats) {
		Map<Long, ItemStat> map = new LinkedHashMap<>();
		stats.forEach(s -> map.put(s.question(), s));
		return map;
	}

}
