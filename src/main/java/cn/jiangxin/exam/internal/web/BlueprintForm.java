package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.setup.BlueprintDraft;

/**
 * A blueprint as its page form holds it: rows that may be left blank (a row without a
 * count is no row), each row's place on the form kept so that an error shows beside it.
 */
record BlueprintForm(List<@Valid Row> rows) {

	/** A row of the form. */
	record Row(Long areaId, QuestionType type, @Min(1) @Max(5) Integer difficultyMin,
			@Min(1) @Max(5) Integer difficultyMax, @Min(1) @Max(500) Integer count,
			@DecimalMin("0.5") @DecimalMax("100") BigDecimal points) {

		boolean blank() {
			return count == null && points == null;
		}

	}

	static BlueprintForm of(List<BlueprintRow> rows) {
		List<Row> form = new ArrayList<>(rows.stream()
			.map(r -> new Row(r.areaId(), r.type(), r.difficultyMin(), r.difficultyMax(), r.count(), r.points()))
			.toList());
		if (form.isEmpty()) {
			form.add(new Row(null, QuestionType.SINGLE, 1, 5, null, BigDecimal.ONE));
		}
		return new BlueprintForm(form);
	}

	/**
	 * The rows that are filled in, as a draft; {@code places} gets each one's place on
	 * the form.
	 */
	BlueprintDraft draft(List<Integer> places) {
		List<BlueprintDraft.Row> rows = new ArrayList<>();
		List<Row> all = this.rows == null ? List.of() : this.rows;
		for (int i = 0; i < all.size(); i++) {
			Row r = all.get(i);
			if (r == null || r.blank()) {
				continue;
			}
			places.add(i);
			rows.add(new BlueprintDraft.Row(r.areaId(), r.type(), r.difficultyMin(), r.difficultyMax(), r.count(),
					r.points()));
		}
		return new BlueprintDraft(rows);
	}

	public List<Row> rowsOrEmpty() {
		return rows == null ? List.of() : rows;
	}

}
