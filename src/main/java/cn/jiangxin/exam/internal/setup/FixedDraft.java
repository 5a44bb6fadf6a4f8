package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A fixed paper as written: its questions in order, each worth its points. */
public record FixedDraft(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Question> questions) {

	/**
	 * A question of the paper, at its current version, worth points (its own if null).
	 */
	public record Question(@NotNull Long questionId, @DecimalMin("0.5") @DecimalMax("100") BigDecimal points) {
	}

}
