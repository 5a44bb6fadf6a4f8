package cn.jiangxin.exam.internal.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How an answer's final score follows from its marks (评分规则): with single marking, the one
 * mark; with double marking, the mean of the two marks when they differ by no more than
 * the tolerance, and otherwise a third grader's mark averaged with the nearer of the
 * first two (the higher one where both are as near), as national examinations mark.
 */
public final class MarkingRule {

	private MarkingRule() {
	}

	/** Which slot the answer needs marked next, or empty when its marks are complete. */
	public static Optional<Integer> nextSlot(boolean doubleMarking, BigDecimal tolerance, List<BigDecimal> marks) {
		if (marks.isEmpty()) {
			return Optional.of(1);
		}
		if (!doubleMarking) {
			return Optional.empty();
		}
		if (marks.size() == 1) {
			return Optional.of(2);
		}
		if (marks.size() == 2 && marks.get(0).subtract(marks.get(1)).abs().compareTo(tolerance) > 0) {
			return Optional.of(3);
		}
		return Optional.empty();
	}

	/**
	 * The final score from the marks made so far (in slot order), or empty while more are
	 * needed.
	 */
	public static Optional<BigDecimal> finalScore(boolean doubleMarking, BigDecimal tolerance, List<BigDecimal> marks) {
		if (nextSlot(doubleMarking, tolerance, marks).isPresent()) {
			return Optional.empty();
		}
		if (!doubleMarking) {
			return Optional.of(scaled(marks.get(0)));
		}
		BigDecimal first = marks.get(0);
		BigDecimal second = marks.get(1);
		if (marks.size() == 2) {
			return Optional.of(mean(first, second));
		}
		BigDecimal third = marks.get(2);
		int nearer = first.subtract(third).abs().compareTo(second.subtract(third).abs());
		BigDecimal partner = nearer < 0 ? first : nearer > 0 ? second : first.max(second);
		return Optional.of(mean(third, partner));
	}

	private static BigDecimal mean(BigDecimal a, BigDecimal b) {
		return a.add(b).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
