package cn.jiangxin.judging.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The rubric editor's rows: a few more than are filled, so that parts and criteria can be
 * added in place.
 */
record RubricForm(List<PartRow> parts, List<CriterionRow> criteria) {

	RubricForm {
		parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
		criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
	}

	/** A part row; blank when code and label are empty. */
	record PartRow(String code, String label, BigDecimal weight, PartSource source, Long examId) {

		boolean blank() {
			return (code == null || code.isBlank()) && (label == null || label.isBlank());
		}

	}

	/** A criterion row; blank when code and label are empty. */
	record CriterionRow(String code, String part, String label, CriterionKind kind, BigDecimal weight, BigDecimal min,
			BigDecimal max, String descriptors, Boolean commentRequired) {

		boolean blank() {
			return (code == null || code.isBlank()) && (label == null || label.isBlank());
		}

	}

	static RubricForm of(RubricDraft rubric, int spareParts, int spareCriteria) {
		List<PartRow> parts = new ArrayList<>();
		List<CriterionRow> criteria = new ArrayList<>();
		if (rubric != null) {
			rubric.parts()
				.forEach(p -> parts.add(new PartRow(p.code(), p.label(), p.weight(), p.source(), p.examId())));
			rubric.criteria()
				.forEach(c -> criteria.add(new CriterionRow(c.code(), c.part(), c.label(), c.kind(), c.weight(),
						c.min(), c.max(), c.descriptors(), c.commentRequired())));
		}
		for (int i = 0; i < spareParts; i++) {
			parts.add(new PartRow(null, null, null, PartSource.RUBRIC, null));
		}
		for (int i = 0; i < spareCriteria; i++) {
			criteria.add(new CriterionRow(null, null, null, CriterionKind.JUDGED, null, null, null, null, false));
		}
		return new RubricForm(parts, criteria);
	}

	/**
	 * The filled rows as a rubric; a half-filled row is a field error. Blank rows must
	 * come after filled ones.
	 */
	RubricDraft toDraft() {
		List<RubricDraft.Part> partDrafts = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			PartRow row = parts.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			require(row.code(), "parts[" + i + "].code");
			require(row.label(), "parts[" + i + "].label");
			require(row.weight(), "parts[" + i + "].weight");
			PartSource source = row.source() == null ? PartSource.RUBRIC : row.source();
			partDrafts.add(new RubricDraft.Part(row.code().strip(), row.label().strip(), row.weight(), source,
					source == PartSource.IMPORTED ? row.examId() : null));
		}
		List<RubricDraft.Criterion> criterionDrafts = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			CriterionRow row = criteria.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			require(row.code(), "criteria[" + i + "].code");
			require(row.label(), "criteria[" + i + "].label");
			require(row.part(), "criteria[" + i + "].part");
			require(row.weight(), "criteria[" + i + "].weight");
			require(row.min(), "criteria[" + i + "].min");
			require(row.max(), "criteria[" + i + "].max");
			criterionDrafts.add(new RubricDraft.Criterion(row.code().strip(), row.part().strip(), row.label().strip(),
					row.kind() == null ? CriterionKind.JUDGED : row.kind(), row.weight(), row.min(), row.max(),
					row.descriptors(), row.commentRequired()));
		}
		if (partDrafts.isEmpty()) {
			throw BusinessRuleException.invalid("parts[0].code", "judging.rubric.rowRequired");
		}
		if (criterionDrafts.isEmpty()) {
			throw BusinessRuleException.invalid("criteria[0].code", "judging.rubric.rowRequired");
		}
		return new RubricDraft(partDrafts, criterionDrafts);
	}

	private static void require(Object value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw BusinessRuleException.invalid(field, "judging.rubric.rowIncomplete");
		}
	}

}
