package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * Grades an objective answer against its key: a choice right or wrong; several choices
 * all or nothing, or in proportion when the question allows partial credit and no wrong
 * option is chosen; each blank of a fill-in counting its share. A short answer is graded
 * by people, so it has no mark here.
 */
public final class Marking {

	private Marking() {
	}

	/**
	 * The points an answer earns, or null for a short answer; an answer left empty earns
	 * 0.
	 */
	public static BigDecimal score(QuestionType type, String key, boolean partialCredit, BigDecimal points,
			List<String> answer) {
		if (type == QuestionType.SHORT) {
			return null;
		}
		if (answer == null || answer.isEmpty() || key == null) {
			return zero();
		}
		return switch (type) {
			case SINGLE, TRUE_FALSE -> answer.size() == 1 && key.equals(answer.get(0)) ? scaled(points) : zero();
			case MULTIPLE -> multiple(key, partialCredit, points, answer);
			case FILL -> fill(key, points, answer);
			default -> zero();
		};
	}

	private static BigDecimal multiple(String key, boolean partialCredit, BigDecimal points, List<String> answer) {
		String chosen = Answers.choiceSet(answer);
		String correct = Answers.choiceSet(List.of(key));
		if (chosen.equals(correct)) {
			return scaled(points);
		}
		if (partialCredit && !chosen.isEmpty() && Answers.within(chosen, correct)) {
			return points.multiply(BigDecimal.valueOf(chosen.length()))
				.divide(BigDecimal.valueOf(correct.length()), 2, RoundingMode.HALF_UP);
		}
		return zero();
	}

	private static BigDecimal fill(String key, BigDecimal points, List<String> answer) {
		List<List<String>> blanks = Answers.blanks(key);
		if (blanks.isEmpty()) {
			return zero();
		}
		int right = 0;
		for (int i = 0; i < blanks.size() && i < answer.size(); i++) {
			if (blanks.get(i).contains(Answers.normalise(answer.get(i)))) {
				right++;
			}
		}
		return points.multiply(BigDecimal.valueOf(right))
			.divide(BigDecimal.valueOf(blanks.size()), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal scaled(BigDecimal points) {
		return points.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
