package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * An attempt as the candidate's page holds it: the paper in the candidate's order with
 * what was saved of each answer, the deadline and the server's time (the page counts down
 * from these, never from the device's clock), the device that holds the attempt, and
 * whether this start took it over from another device or resumed it.
 */
public record CandidatePaper(long attemptId, long examId, String title, int number, AttemptStatus status,
		Instant deadline, Instant serverNow, long secondsLeft, String device, boolean takenOver, boolean resumed,
		BigDecimal maxScore, List<Item> items) {

	public CandidatePaper {
		items = List.copyOf(items);
	}

	/**
	 * A question as the candidate sees it: no key, its options in the order drawn for
	 * them (each with its own key, which is what an answer names, and the letter it is
	 * shown under), how many blanks, its points, and the answer saved with its sequence
	 * number.
	 */
	public record Item(long questionId, int position, QuestionType type, String stem, String stemImage,
			List<Option> options, int blanks, BigDecimal points, List<String> answer, long seq) {

		public Item {
			options = List.copyOf(options);
			answer = List.copyOf(answer);
		}

	}

	/** An option: the key an answer names, the letter it is shown under, its text. */
	public record Option(String key, String label, String text, String image) {
	}

}
