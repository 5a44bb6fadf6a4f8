package cn.jiangxin.exam.internal.sitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * A candidate's answer as the page sends it (a list of texts: the option keys chosen, "T"
 * or "F", one text per blank, or the short answer) and as an attempt keeps it (one text:
 * "AC", "T", the blanks one per line, or the short answer). An answer that does not fit
 * its question (an option it does not have, too many blanks, too long) is refused, naming
 * the field {@code answer}.
 */
public final class AnswerCodec {

	/** The longest blank a fill-in takes. */
	public static final int BLANK_LENGTH = 200;

	/** The longest short answer. */
	public static final int SHORT_LENGTH = 5_000;

	private AnswerCodec() {
	}

	/**
	 * The answer as kept, or null for an answer left empty (cleared); refused if it does
	 * not fit the question.
	 */
	public static String encode(QuestionView question, List<String> answer) {
		if (answer == null || answer.isEmpty() || answer.stream().allMatch(a -> a == null || a.isBlank())) {
			return null;
		}
		if (answer.stream().anyMatch(a -> a == null)) {
			throw invalid();
		}
		return switch (question.type()) {
			case SINGLE, MULTIPLE -> choices(question, answer);
			case TRUE_FALSE -> {
				String value = answer.size() == 1 ? answer.get(0).strip().toUpperCase(Locale.ROOT) : "";
				if (!value.equals("T") && !value.equals("F")) {
					throw invalid();
				}
				yield value;
			}
			case FILL -> {
				if (answer.size() > Math.max(1, question.blanks())) {
					throw invalid();
				}
				List<String> blanks = new ArrayList<>();
				for (String blank : answer) {
					String value = blank.replaceAll("[\\r\\n\\t]+", " ").strip();
					if (value.length() > BLANK_LENGTH || !printable(value)) {
						throw invalid();
					}
					blanks.add(value);
				}
				yield String.join("\n", blanks);
			}
			case SHORT -> {
				if (answer.size() != 1 || answer.get(0).length() > SHORT_LENGTH || !printable(answer.get(0))) {
					throw invalid();
				}
				yield answer.get(0).strip();
			}
		};
	}

	private static String choices(QuestionView question, List<String> answer) {
		String allowed = Answers.keysFor(question.options().size());
		Set<String> seen = new HashSet<>();
		for (String key : answer) {
			String value = key.strip().toUpperCase(Locale.ROOT);
			if (value.length() != 1 || allowed.indexOf(value.charAt(0)) < 0 || !seen.add(value)) {
				throw invalid();
			}
		}
		if (question.type() == QuestionType.SINGLE && seen.size() != 1) {
			throw invalid();
		}
		return Answers.choiceSet(answer.stream().map(String::strip).toList());
	}

	/** An answer as kept, back as the list the page shows; empty for none. */
	public static List<String> decode(QuestionType type, String kept) {
		if (kept == null) {
			return List.of();
		}
		return switch (type) {
			case SINGLE, MULTIPLE, TRUE_FALSE -> Answers.letters(kept);
			case FILL -> Arrays.asList(kept.split("\n", -1));
			case SHORT -> List.of(kept);
		};
	}

	/** No control characters but line breaks and tabs. */
	private static boolean printable(String text) {
		return text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	private static BusinessRuleException invalid() {
		return BusinessRuleException.invalid("answer", "exam.answer.invalid");
	}

}
