package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;

/**
 * Grades the objective questions of a paper against the keys of the versions it holds,
 * each worth the points the paper gives it; short answers wait for their graders.
 */
@Component
public class Grades {

	private final QuestionVersions versions;

	Grades(QuestionVersions versions) {
		this.versions = versions;
	}

	/**
	 * A paper's objective scores by question, their total, and how many short answers are
	 * still ungraded.
	 */
	public record Graded(Map<Long, BigDecimal> scores, BigDecimal total, int ungraded) {
	}

	public Graded objective(List<AttemptItem> items) {
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		int ungraded = 0;
		for (AttemptItem item : items) {
			QuestionView q = byVersion.get(item.versionId());
			if (q.type() == QuestionType.SHORT) {
				if (item.score() == null && item.answer() == null) {
					// Nothing written: nothing to mark
					scores.put(item.questionId(), BigDecimal.ZERO.setScale(2));
				}
				else if (item.score() == null) {
					ungraded++;
				}
				else {
					total = total.add(item.score());
				}
				continue;
			}
			BigDecimal score = Marking.score(q.type(), q.answerKey(), q.partialCredit(), item.points(),
					AnswerCodec.decode(q.type(), item.answer()));
			scores.put(item.questionId(), score);
			total = total.add(score);
		}
		return new Graded(scores, total, ungraded);
	}

	/** The total of a paper whose every item has a score, or null while one has none. */
	public static BigDecimal total(List<AttemptItem> items) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (AttemptItem item : items) {
			if (item.score() == null) {
				return null;
			}
			total = total.add(item.score());
		}
		return total;
	}

}
