package cn.jiangxin.judging.internal.rounds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The arithmetic and rules of a rubric. A criterion scored v in [min, max] contributes (v
 * − min)/(max − min) × weight to its part; a part is out of 100 and counts its weight in
 * percent of the round's total; an imported part's score (0–100) counts the same way.
 */
public final class Rubrics {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final MathContext MATH = MathContext.DECIMAL64;

	private Rubrics() {
	}

	public static void validate(RubricDraft rubric) {
		Map<String, RubricDraft.Part> parts = new LinkedHashMap<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < rubric.parts().size(); i++) {
			RubricDraft.Part part = rubric.parts().get(i);
			if (parts.putIfAbsent(part.code(), part) != null) {
				throw BusinessRuleException.invalid("parts[" + i + "].code", "judging.rubric.duplicateCode",
						part.code());
			}
			sum = sum.add(part.weight());
		}
		if (sum.compareTo(HUNDRED) != 0) {
			throw BusinessRuleException.invalid("parts", "judging.rubric.partsSum",
					sum.stripTrailingZeros().toPlainString());
		}
		Set<String> codes = new HashSet<>(parts.keySet());
		Set<String> filled = new HashSet<>();
		for (int i = 0; i < rubric.criteria().size(); i++) {
			RubricDraft.Criterion c = rubric.criteria().get(i);
			if (!codes.add(c.code())) {
				throw BusinessRuleException.invalid("criteria[" + i + "].code", "judging.rubric.duplicateCode",
						c.code());
			}
			RubricDraft.Part part = parts.get(c.part());
			if (part == null) {
				throw BusinessRuleException.invalid("criteria[" + i + "].part", "judging.rubric.unknownPart", c.part());
			}
			if (part.source() == PartSource.IMPORTED) {
				throw BusinessRuleException.invalid("criteria[" + i + "].part", "judging.rubric.importedPart",
						part.label());
			}
			if (c.max().compareTo(c.min()) <= 0) {
				throw BusinessRuleException.invalid("criteria[" + i + "].max", "judging.rubric.range", c.label());
			}
			filled.add(c.part());
		}
		for (int i = 0; i < rubric.parts().size(); i++) {
			RubricDraft.Part part = rubric.parts().get(i);
			if (part.source() == PartSource.RUBRIC && !filled.contains(part.code())) {
				throw BusinessRuleException.invalid("parts[" + i + "].code", "judging.rubric.emptyPart", part.label());
			}
		}
	}

	public static boolean hasJudged(RubricDraft rubric) {
		return rubric.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.JUDGED);
	}

	/**
	 * Checks a judge's items against the rubric: known judged criteria, once each, within
	 * range.
	 */
	public static Map<String, Sheet.Item> checkItems(RubricDraft rubric, ScoreDraft draft) {
		Map<String, RubricDraft.Criterion> judged = judged(rubric);
		Map<String, Sheet.Item> items = new LinkedHashMap<>();
		for (int i = 0; i < draft.items().size(); i++) {
			ScoreDraft.Item item = draft.items().get(i);
			RubricDraft.Criterion c = judged.get(item.criterion());
			if (c == null || items.containsKey(item.criterion())) {
				throw BusinessRuleException.invalid("items[" + i + "].criterion", "judging.score.unknownCriterion",
						item.criterion());
			}
			BigDecimal score = item.score();
			if (score != null && (score.compareTo(c.min()) < 0 || score.compareTo(c.max()) > 0 || score.scale() > 2)) {
				throw BusinessRuleException.invalid("items[" + i + "].score", "judging.score.range", c.label(),
						plain(c.min()), plain(c.max()));
			}
			items.put(c.code(), new Sheet.Item(score, item.comment() == null ? null : item.comment().strip()));
		}
		return items;
	}

	/**
	 * Before submitting: every judged criterion scored, then a comment where one is
	 * required.
	 */
	public static void requireComplete(RubricDraft rubric, Map<String, Sheet.Item> items) {
		List<String> order = List.copyOf(items.keySet());
		for (RubricDraft.Criterion c : judged(rubric).values()) {
			Sheet.Item item = items.get(c.code());
			if (item == null || item.score() == null) {
				int index = order.indexOf(c.code());
				throw BusinessRuleException.invalid(index < 0 ? "items" : "items[" + index + "].score",
						"judging.score.missing", c.label());
			}
		}
		for (RubricDraft.Criterion c : judged(rubric).values()) {
			Sheet.Item item = items.get(c.code());
			if (c.requiresComment() && (item.comment() == null || item.comment().isBlank())) {
				throw BusinessRuleException.invalid("items[" + order.indexOf(c.code()) + "].comment",
						"judging.score.commentRequired", c.label());
			}
		}
	}

	/**
	 * A judge's total: what their judged criteria add to the round's 100, or null while
	 * any is unscored.
	 */
	public static BigDecimal judgedTotal(RubricDraft rubric, Map<String, Sheet.Item> items) {
		BigDecimal total = BigDecimal.ZERO;
		for (RubricDraft.Criterion c : judged(rubric).values()) {
			Sheet.Item item = items.get(c.code());
			if (item == null || item.score() == null) {
				return null;
			}
			total = total.add(points(rubric, c, item.score()));
		}
		return total.setScale(3, RoundingMode.HALF_UP);
	}

	/** The most a judge's total can be. */
	public static double judgedMax(RubricDraft rubric) {
		double max = 0;
		for (RubricDraft.Criterion c : judged(rubric).values()) {
			max += points(rubric, c, c.max()).doubleValue();
		}
		return max;
	}

	/**
	 * The most a judge's criteria can give each part of the total (imported parts give
	 * none).
	 */
	public static Map<String, Double> judgedPartMaxima(RubricDraft rubric) {
		Map<String, Double> maxima = new LinkedHashMap<>();
		for (RubricDraft.Criterion c : judged(rubric).values()) {
			maxima.merge(c.part(), points(rubric, c, c.max()).doubleValue(), Double::sum);
		}
		return maxima;
	}

	/** What measurements and imported parts add to an entry's total. */
	public static double extras(RubricDraft rubric, Map<String, BigDecimal> recorded) {
		double extra = 0;
		for (RubricDraft.Criterion c : rubric.criteria()) {
			BigDecimal value = recorded.get(c.code());
			if (c.kind() == CriterionKind.MEASURED && value != null) {
				extra += points(rubric, c, value).doubleValue();
			}
		}
		for (RubricDraft.Part p : rubric.parts()) {
			BigDecimal value = recorded.get(p.code());
			if (p.source() == PartSource.IMPORTED && value != null) {
				extra += p.weight().multiply(value).divide(HUNDRED, MATH).doubleValue();
			}
		}
		return extra;
	}

	/**
	 * Each part's share of an entry's total, given the aggregated judged points per part.
	 */
	public static Map<String, Double> partPoints(RubricDraft rubric, Map<String, Double> judgedByCriterion,
			Map<String, BigDecimal> recorded) {
		Map<String, Double> parts = new LinkedHashMap<>();
		for (RubricDraft.Part p : rubric.parts()) {
			parts.put(p.code(), 0.0);
			if (p.source() == PartSource.IMPORTED && recorded.get(p.code()) != null) {
				parts.put(p.code(), p.weight().doubleValue() * recorded.get(p.code()).doubleValue() / 100);
			}
		}
		for (RubricDraft.Criterion c : rubric.criteria()) {
			BigDecimal value = c.kind() == CriterionKind.MEASURED ? recorded.get(c.code())
					: judgedByCriterion.containsKey(c.code()) ? BigDecimal.valueOf(judgedByCriterion.get(c.code()))
							: null;
			if (value != null) {
				parts.merge(c.part(), points(rubric, c, value).doubleValue(), Double::sum);
			}
		}
		return parts;
	}

	/**
	 * Checks a recorded value: a measured criterion within its range, or an imported part
	 * within 0–100.
	 */
	public static void checkRecorded(RubricDraft rubric, String code, BigDecimal score) {
		if (score == null) {
			throw BusinessRuleException.invalid("score", "judging.record.scoreRequired");
		}
		for (RubricDraft.Criterion c : rubric.criteria()) {
			if (c.code().equals(code) && c.kind() == CriterionKind.MEASURED) {
				if (score.compareTo(c.min()) < 0 || score.compareTo(c.max()) > 0) {
					throw BusinessRuleException.invalid("score", "judging.score.range", c.label(), plain(c.min()),
							plain(c.max()));
				}
				return;
			}
		}
		for (RubricDraft.Part p : rubric.parts()) {
			if (p.code().equals(code) && p.source() == PartSource.IMPORTED) {
				if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
					throw BusinessRuleException.invalid("score", "judging.score.range", p.label(), "0", "100");
				}
				return;
			}
		}
		throw BusinessRuleException.invalid("code", "judging.record.unknownCode", code);
	}

	private static BigDecimal points(RubricDraft rubric, RubricDraft.Criterion c, BigDecimal value) {
		RubricDraft.Part part = rubric.parts()
			.stream()
			.filter(p -> p.code().equals(c.part()))
			.findFirst()
			.orElseThrow();
		BigDecimal partWeight = BigDecimal.ZERO;
		for (RubricDraft.Criterion other : rubric.criteria()) {
			if (other.part().equals(c.part())) {
				partWeight = partWeight.add(other.weight());
			}
		}
		BigDecimal share = value.subtract(c.min()).divide(c.max().subtract(c.min()), MATH).multiply(c.weight());
		return share.divide(partWeight, MATH).multiply(part.weight());
	}

	private static Map<String, RubricDraft.Criterion> judged(RubricDraft rubric) {
		Map<String, RubricDraft.Criterion> judged = new LinkedHashMap<>();
		rubric.criteria().stream().filter(c -> c.kind() == CriterionKind.JUDGED).forEach(c -> judged.put(c.code(), c));
		return judged;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** Whether a criterion is scored by the judges (not measured or imported). */
	public static boolean judged(RubricDraft.Criterion c) {
		return c.kind() == CriterionKind.JUDGED;
	}

}
