package cn.jiangxin.exam.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Item analysis against values worked out by hand on small response matrices (the sums
 * are written out in the comments): facility, point-biserial and upper–lower
 * discrimination, KR-20 with its standard error of measurement, Cronbach's alpha for
 * items scored in steps, and the flags of distractors.
 */
class ItemAnalysisTests {

	private static final double EPSILON = 1e-6;

	/**
	 * Five candidates, four items right or wrong:
	 *
	 * <pre>
	 *      I1 I2 I3 I4  total
	 * c1    1  1  1  1   4
	 * c2    1  1  1  0   3
	 * c3    1  0  1  0   2
	 * c4    0  1  0  0   1
	 * c5    1  0  0  0   1
	 * </pre>
	 *
	 * Totals 4,3,2,1,1: mean 2.2, squared deviations 3.24 + 0.64 + 0.04 + 1.44 + 1.44 =
	 * 6.8, variance 6.8 / 5 = 1.36.
	 */
	private static final int[][] MATRIX = { { 1, 1, 1, 1 }, { 1, 1, 1, 0 }, { 1, 0, 1, 0 }, { 0, 1, 0, 0 },
			{ 1, 0, 0, 0 } };

	@Test
	void facilityAndDiscriminationOfEachItemMatchTheHandComputedValues() {
		List<ItemAnalysis.ItemStat> stats = ItemAnalysis.items(items(4), sittings(MATRIX));
		// p: 4/5, 3/5, 3/5, 1/5
		assertThat(stats).extracting(ItemAnalysis.ItemStat::facility).containsExactly(0.8, 0.6, 0.6, 0.2);
		// r = Sxy / sqrt(Sxx Stt): I1 1.2 / sqrt(0.8 × 6.8); I2 1.4 / sqrt(1.2 × 6.8);
		// I3 2.4 / sqrt(1.2 × 6.8); I4 1.8 / sqrt(0.8 × 6.8)
		assertThat(stats.get(0).pointBiserial()).isCloseTo(0.514496, within(EPSILON));
		assertThat(stats.get(1).pointBiserial()).isCloseTo(0.490098, within(EPSILON));
		assertThat(stats.get(2).pointBiserial()).isCloseTo(0.840168, within(EPSILON));
		assertThat(stats.get(3).pointBiserial()).isCloseTo(0.771744, within(EPSILON));
		// 27% of 5 rounds to 1: the upper group is c1, the lower c5 (of the two with 1,
		// the later)
		assertThat(stats).extracting(ItemAnalysis.ItemStat::upperLower).containsExactly(0.0, 1.0, 1.0, 1.0);
		assertThat(stats).allSatisfy(s -> assertThat(s.n()).isEqualTo(5));
	}

	@Test
	void kr20AndItsStandardErrorMatchTheHandComputedValues() {
		List<double[]> rows = new ArrayList<>();
		for (int[] row : MATRIX) {
			rows.add(Arrays.stream(row).asDoubleStream().toArray());
		}
		ItemAnalysis.Reliability reliability = ItemAnalysis.reliability(rows, new double[] { 1, 1, 1, 1 });
		// Σ p(1 − p) = 0.16 + 0.24 + 0.24 + 0.16 = 0.8; KR-20 = 4/3 × (1 − 0.8 / 1.36)
		assertThat(reliability.kr20()).isTrue();
		assertThat(reliability.coefficient()).isCloseTo(0.549020, within(EPSILON));
		assertThat(reliability.mean()).isCloseTo(2.2, within(EPSILON));
		assertThat(reliability.sd()).isCloseTo(Math.sqrt(1.36), within(EPSILON));
		// SEM = sd × sqrt(1 − KR-20) = 1.166190 × 0.671551
		assertThat(reliability.sem()).isCloseTo(0.783156, within(EPSILON));
	}

	/**
	 * Four candidates, three items of 2 points scored 0, 1 or 2: totals 5, 4, 2, 1 (mean
	 * 3, variance 2.5); item variances 0.6875, 0.1875 and 0.25, together 1.125; α = 3/2 ×
	 * (1 − 1.125 / 2.5) = 0.825.
	 */
	@Test
	void cronbachsAlphaForItemsScoredInStepsMatchesTheHandComputedValue() {
		List<double[]> rows = List.of(new double[] { 2, 2, 1 }, new double[] { 2, 1, 1 }, new double[] { 1, 1, 0 },
				new double[] { 0, 1, 0 });
		ItemAnalysis.Reliability reliability = ItemAnalysis.reliability(rows, new double[] { 2, 2, 2 });
		assertThat(reliability.kr20()).isFalse();
		assertThat(reliability.coefficient()).isCloseTo(0.825, within(EPSILON));
		// SEM = sqrt(2.5) × sqrt(0.175)
		assertThat(reliability.sem()).isCloseTo(0.661438, within(EPSILON));
	}

	/**
	 * Ten candidates with totals 10 down to 1 (upper group c1–c3, lower c8–c10) on an
	 * item keyed A: B is chosen by c1, c2 and c7 (two of the upper group, none of the
	 * lower), C by nobody, D by c9. Its r is −3.0 / sqrt(2.4 × 82.5): negative.
	 */
	@Test
	void distractorsNobodyPicksOrTheStrongPickAreFlagged() {
		String[] chosen = { "B", "B", "A", "A", "A", "A", "B", "A", "D", "A" };
		List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
		for (int c = 0; c < chosen.length; c++) {
			sittings.add(new ItemAnalysis.Sitting(c + 1, 10 - c, Map.of(1L, chosen[c].equals("A") ? 1.0 : 0.0),
					Map.of(1L, chosen[c])));
		}
		ItemAnalysis.ItemStat stat = ItemAnalysis.items(List.of(new ItemAnalysis.Item(1, 1, "A", "ABCD")), sittings)
			.get(0);
		assertThat(stat.facility()).isCloseTo(0.6, within(EPSILON));
		assertThat(stat.pointBiserial()).isCloseTo(-0.213201, within(EPSILON));
		assertThat(stat.upperLower()).isCloseTo(1.0 / 3 - 2.0 / 3, within(EPSILON));
		assertThat(stat.flags()).containsExactly(ItemAnalysis.Flag.NEGATIVE);
		Map<String, ItemAnalysis.OptionStat> options = new HashMap<>();
		stat.options().forEach(o -> options.put(o.key(), o));
		assertThat(options.get("A").correct()).isTrue();
		assertThat(options.get("A").rate()).isCloseTo(0.6, within(EPSILON));
		assertThat(options.get("B").rate()).isCloseTo(0.3, within(EPSILON));
		assertThat(options.get("B").upperRate()).isCloseTo(2.0 / 3, within(EPSILON));
		assertThat(options.get("B").lowerRate()).isCloseTo(0.0, within(EPSILON));
		assertThat(options.get("B").flags()).containsExactly(ItemAnalysis.Flag.ATTRACTS_STRONG);
		assertThat(options.get("C").flags()).containsExactly(ItemAnalysis.Flag.UNCHOSEN);
		assertThat(options.get("D").flags()).isEmpty();
	}

	@Test
	void anItemEveryoneGetsRightIsFlaggedEasyAndHasNoCorrelation() {
		List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			sittings.add(new ItemAnalysis.Sitting(c + 1, 4 - c, Map.of(1L, 1.0), Map.of()));
		}
		ItemAnalysis.ItemStat stat = ItemAnalysis.items(List.of(new ItemAnalysis.Item(1, 1, null, null)), sittings)
			.get(0);
		assertThat(stat.facility()).isEqualTo(1.0);
		assertThat(stat.pointBiserial()).isNull();
		assertThat(stat.flags()).containsExactly(ItemAnalysis.Flag.EASY);
		assertThat(ItemAnalysis.reliability(List.of(new double[] { 1 }), new double[] { 1 }).coefficient()).isNull();
	}

	@Test
	void totalsFallIntoTenBandsOfTheFullMarks() {
		assertThat(ItemAnalysis.distribution(List.of(0.0, 9.9, 10.0, 55.0, 100.0), 100, 10)).containsExactly(2, 1, 0, 0,
				0, 1, 0, 0, 0, 1);
	}

	private static List<ItemAnalysis.Item> items(int count) {
		List<ItemAnalysis.Item> items = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			items.add(new ItemAnalysis.Item(i, 1, null, null));
		}
		return items;
	}

	private static List<ItemAnalysis.Sitting> sittings(int[][] matrix) {
		List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
		for (int c = 0; c < matrix.length; c++) {
			Map<Long, Double> scores = new HashMap<>();
			double total = 0;
			for (int i = 0; i < matrix[c].length; i++) {
				scores.put((long) i + 1, (double) matrix[c][i]);
				total += matrix[c][i];
			}
			sittings.add(new ItemAnalysis.Sitting(c + 1, total, scores, Map.of()));
		}
		return sittings;
	}

}
