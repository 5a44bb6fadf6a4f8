package cn.jiangxin.exam.internal.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A question at one of its versions: what it asks, its options, its key ({@code answers},
 * as in {@link QuestionDraft}), its area, difficulty, points and tags.
 */
public record QuestionView(long id, long bankId, QuestionType type, boolean retired, long versionId, int number,
		long areaId, String areaPath, int difficulty, String stem, String stemImage, List<OptionView> options,
		List<String> answers, boolean partialCredit, String referenceAnswer, BigDecimal points, String explanation,
		List<String> tags, String createdBy, Instant createdAt) {

	public QuestionView {
		options = List.copyOf(options);
		answers = List.copyOf(answers);
		tags = List.copyOf(tags);
	}

	/** The key as stored: "ACD", "T", or one line of alternatives per blank. */
	public String answerKey() {
		return type == QuestionType.FILL ? String.join("\n", answers) : String.join("", answers);
	}

	/** The key as a person reads it: "A、C、D", "正确", "答案1|答案2；答案3". */
	public String answerText() {
		return switch (type) {
			case SINGLE, MULTIPLE -> String.join("、", answers);
			case TRUE_FALSE -> answers.contains("T") ? "√" : "×";
			case FILL -> String.join("；", answers);
			case SHORT -> referenceAnswer == null ? "" : referenceAnswer;
		};
	}

	/** How many blanks a fill-in has (0 for other types). */
	public int blanks() {
		return type == QuestionType.FILL ? answers.size() : 0;
	}

}
