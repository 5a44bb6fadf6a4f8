package cn.jiangxin.exam.internal.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiangxin.exam.internal.bank.OptionView;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * How answers are checked, kept and graded: choices right or wrong, several choices all
 * or nothing or in proportion, blanks compared without regard to case and full- or
 * half-width forms, and answers that do not fit their question refused.
 */
class MarkingTests {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	@Test
	void aSingleChoiceIsRightOrWrong() {
		assertThat(Marking.score(QuestionType.SINGLE, "B", false, TWO, List.of("B"))).isEqualByComparingTo("2");
		assertThat(Marking.score(QuestionType.SINGLE, "B", false, TWO, List.of("C"))).isEqualByComparingTo("0");
		assertThat(Marking.score(QuestionType.SINGLE, "B", false, TWO, List.of())).isEqualByComparingTo("0");
	}

	@Test
	void severalChoicesAreAllOrNothingUnlessTheQuestionGivesPartialCredit() {
		assertThat(Marking.score(QuestionType.MULTIPLE, "ACD", false, TWO, List.of("D", "A", "C")))
			.isEqualByComparingTo("2");
		assertThat(Marking.score(QuestionType.MULTIPLE, "ACD", false, TWO, List.of("A", "C")))
			.isEqualByComparingTo("0");
		// Two of three right options and no wrong one: 2 × 2/3
		assertThat(Marking.score(QuestionType.MULTIPLE, "ACD", true, TWO, List.of("A", "C")))
			.isEqualByComparingTo("1.33");
		// A wrong option earns nothing, partial credit or not
		assertThat(Marking.score(QuestionType.MULTIPLE, "ACD", true, TWO, List.of("A", "B"))).isEqualByComparingTo("0");
	}

	@Test
	void blanksAreComparedWithoutCaseFullWidthFormsOrExtraSpaces() {
		String key = "6|六\n示教器\nTCP";
		assertThat(Marking.score(QuestionType.FILL, key, false, BigDecimal.valueOf(3), List.of("６", " 示教器 ", "tcp")))
			.isEqualByComparingTo("3");
		assertThat(Marking.score(QuestionType.FILL, key, false, BigDecimal.valueOf(3), List.of("六", "控制柜", "ＴＣＰ")))
			.isEqualByComparingTo("2");
		assertThat(Marking.score(QuestionType.FILL, key, false, BigDecimal.valueOf(3), List.of("5")))
			.isEqualByComparingTo("0");
	}

	@Test
	void aShortAnswerHasNoMarkUntilAGraderGivesOne() {
		assertThat(Marking.score(QuestionType.SHORT, null, false, TWO, List.of("……"))).isNull();
	}

	@Test
	void answersAreKeptInOneFormAndReadBack() {
		QuestionView multiple = question(QuestionType.MULTIPLE, 4, List.of("A", "C"));
		assertThat(AnswerCodec.encode(multiple, List.of("c", "A"))).isEqualTo("AC");
		assertThat(AnswerCodec.decode(QuestionType.MULTIPLE, "AC")).containsExactly("A", "C");
		assertThat(AnswerCodec.encode(multiple, List.of())).isNull();
		QuestionView fill = question(QuestionType.FILL, 0, List.of("6|六", "示教器"));
		assertThat(AnswerCodec.encode(fill, List.of("6", "示教\n器"))).isEqualTo("6\n示教 器");
		assertThat(AnswerCodec.decode(QuestionType.FILL, "6\n")).containsExactly("6", "");
		assertThat(AnswerCodec.encode(question(QuestionType.TRUE_FALSE, 0, List.of("T")), List.of("f"))).isEqualTo("F");
	}

	@Test
	void anAnswerThatDoesNotFitItsQuestionIsRefusedNamingTheField() {
		QuestionView single = question(QuestionType.SINGLE, 4, List.of("A"));
		assertRefused(single, List.of("E"));
		assertRefused(single, List.of("A", "B"));
		assertRefused(question(QuestionType.MULTIPLE, 4, List.of("A", "B")), List.of("A", "A"));
		assertRefused(question(QuestionType.TRUE_FALSE, 0, List.of("T")), List.of("maybe"));
		assertRefused(question(QuestionType.FILL, 0, List.of("6")), List.of("1", "2"));
		assertRefused(question(QuestionType.FILL, 0, List.of("6")), List.of("x".repeat(201)));
		assertRefused(question(QuestionType.SHORT, 0, List.of()), List.of("x".repeat(5001)));
		assertRefused(question(QuestionType.SHORT, 0, List.of()), List.of("bell\u0007"));
	}

	private static void assertRefused(QuestionView question, List<String> answer) {
		assertThatThrownBy(() -> AnswerCodec.encode(question, answer))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("answer"));
	}

	static QuestionView question(QuestionType type, int options, List<String> key) {
		List<OptionView> list = new ArrayList<>();
		for (int i = 0; i < options; i++) {
			list.add(new OptionView(String.valueOf("ABCDEFGH".charAt(i)), "选项" + i, null));
		}
		return new QuestionView(1, 1, type, false, 1, 1, 1, "区", 3, "题干", null, list, key, false, null, BigDecimal.ONE,
				null, List.of(), "test", Instant.EPOCH);
	}

}
