package cn.jiangxin.exam.internal.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * Papers drawn by blueprint: the same seed draws the same paper (options in the same
 * order), different candidates draw differently, no question twice, rows that share
 * questions are filled together where a greedy draw would fail, and a blueprint the bank
 * cannot fill names its row.
 */
class PaperDrawTests {

	private static final BigDecimal ONE = BigDecimal.ONE;

	@Test
	void theSameSeedDrawsTheSamePaperAndAnotherSeedAnother() {
		List<BlueprintRow> rows = List.of(new BlueprintRow(1, null, QuestionType.SINGLE, 1, 5, 10, ONE));
		Map<Integer, List<PoolQuestion>> pools = Map.of(1, pool(1, 40, QuestionType.SINGLE, 4));
		long seed = PaperDraw.seed(42, 7, 1);
		List<DrawnItem> first = PaperDraw.blueprint(rows, pools, seed, true);
		List<DrawnItem> again = PaperDraw.blueprint(rows, pools, seed, true);
		List<DrawnItem> other = PaperDraw.blueprint(rows, pools, PaperDraw.seed(42, 8, 1), true);
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(first).hasSize(10);
		assertThat(first.stream().map(DrawnItem::questionId).distinct()).hasSize(10);
		assertThat(first).allSatisfy(item -> assertThat(item.optionOrder()).hasSize(4).contains("A", "B", "C", "D"));
		assertThat(first.stream().map(DrawnItem::optionOrder).distinct().count()).isGreaterThan(1);
	}

	@Test
	void rowsSharingQuestionsAreFilledTogetherWhereAGreedyDrawWouldFail() {
		// Row 1 takes 2 from questions 1–3; row 2 takes 2 from questions 1–2 only.
		// Drawing
		// row 1 first greedily could take 1 and 2 and leave row 2 nothing.
		List<BlueprintRow> rows = List.of(new BlueprintRow(1, null, QuestionType.SINGLE, 1, 5, 2, ONE),
				new BlueprintRow(2, 9L, QuestionType.SINGLE, 1, 5, 2, ONE));
		Map<Integer, List<PoolQuestion>> pools = new LinkedHashMap<>();
		pools.put(1, pool(1, 3, QuestionType.SINGLE, 4));
		pools.put(2, pool(1, 2, QuestionType.SINGLE, 4));
		// Three questions for four places: one short, on whichever row the flow leaves it
		assertThat(PaperDraw.shortfall(rows, pools).values()).containsExactly(1);
		pools.put(1, pool(1, 4, QuestionType.SINGLE, 4));
		assertThat(PaperDraw.shortfall(rows, pools)).isEmpty();
		for (long seed = 0; seed < 50; seed++) {
			List<DrawnItem> paper = PaperDraw.blueprint(rows, pools, seed, false);
			Set<Long> ids = new HashSet<>();
			paper.forEach(item -> ids.add(item.questionId()));
			assertThat(ids).hasSize(4);
			assertThat(paper.stream().filter(i -> i.rowPosition() == 2).map(DrawnItem::questionId))
				.allSatisfy(id -> assertThat(id).isIn(1L, 2L));
		}
	}

	@Test
	void aBlueprintTheBankCannotFillNamesTheRowAndHowManyAreMissing() {
		List<BlueprintRow> rows = List.of(new BlueprintRow(1, null, QuestionType.SINGLE, 1, 5, 5, ONE),
				new BlueprintRow(2, null, QuestionType.TRUE_FALSE, 1, 5, 8, ONE));
		Map<Integer, List<PoolQuestion>> pools = Map.of(1, pool(1, 10, QuestionType.SINGLE, 4), 2,
				pool(100, 5, QuestionType.TRUE_FALSE, 0));
		assertThat(PaperDraw.shortfall(rows, pools)).containsExactly(Map.entry(2, 3));
	}

	@Test
	void aPaperGroupsItsPartsByType() {
		List<BlueprintRow> rows = List.of(new BlueprintRow(1, null, QuestionType.TRUE_FALSE, 1, 5, 2, ONE),
				new BlueprintRow(2, null, QuestionType.SINGLE, 1, 5, 2, ONE));
		Map<Integer, List<PoolQuestion>> pools = Map.of(1, pool(100, 5, QuestionType.TRUE_FALSE, 0), 2,
				pool(1, 5, QuestionType.SINGLE, 4));
		assertThat(PaperDraw.blueprint(rows, pools, 1, false)).extracting(DrawnItem::type)
			.containsExactly(QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.TRUE_FALSE,
					QuestionType.TRUE_FALSE);
	}

	private static List<PoolQuestion> pool(long from, int count, QuestionType type, int options) {
		List<PoolQuestion> pool = new ArrayList<>();
		for (long id = from; id < from + count; id++) {
			pool.add(new PoolQuestion(id, id * 10, type, options));
		}
		return pool;
	}

}
