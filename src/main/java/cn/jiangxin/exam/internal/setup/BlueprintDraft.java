package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.exam.internal.bank.QuestionType;

/** A paper's blueprint as written: its rows in order. */
public record BlueprintDraft(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Row> rows) {

	/**
	 * A row: count questions of a type from an area (any area when null) within a
	 * difficulty range, worth points each.
	 */
	public record Row(Long areaId, @NotNull QuestionType type, @NotNull @Min(1) @Max(5) Integer difficultyMin,
			@NotNull @Min(1) @Max(5) Integer difficultyMax, @NotNull @Min(1) @Max(500) Integer count,
			@NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal points) {
	}

}
