package cn.jiangxin.exam.internal.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How an answer's final score follows from its marks: one mark when marked once; with
 * double marking the mean of two close marks, or a third mark with the nearer of the two.
 */
class MarkingRuleTests {

	private static final BigDecimal TOLERANCE = BigDecimal.valueOf(2);

	@Test
	void singleMarkingTakesTheOneMark() {
		assertThat(MarkingRule.nextSlot(false, TOLERANCE, List.of())).contains(1);
		assertThat(MarkingRule.nextSlot(false, TOLERANCE, marks("7"))).isEmpty();
		assertThat(MarkingRule.finalScore(false, TOLERANCE, marks("7")))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
	}

	@Test
	void twoMarksWithinTheToleranceAreAveraged() {
		assertThat(MarkingRule.nextSlot(true, TOLERANCE, marks("7"))).contains(2);
		assertThat(MarkingRule.finalScore(true, TOLERANCE, marks("7"))).isEmpty();
		assertThat(MarkingRule.nextSlot(true, TOLERANCE, marks("7", "9"))).isEmpty();
		assertThat(MarkingRule.finalScore(true, TOLERANCE, marks("7", "9")))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
	}

	@Test
	void twoMarksFartherApartCallForAThirdWhichGoesWithTheNearer() {
		assertThat(MarkingRule.nextSlot(true, TOLERANCE, marks("4", "9"))).contains(3);
		assertThat(MarkingRule.finalScore(true, TOLERANCE, marks("4", "9"))).isEmpty();
		// 8 is nearer 9 than 4: (8 + 9) / 2
		assertThat(MarkingRule.finalScore(true, TOLERANCE, marks("4", "9", "8")))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8.5"));
		// 6.5 is as near 4 as 9: the higher goes with it
		assertThat(MarkingRule.finalScore(true, TOLERANCE, marks("4", "9", "6.5")))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.75"));
	}

	private static List<BigDecimal> marks(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
