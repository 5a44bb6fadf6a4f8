package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A training, lecture or demonstration a studio held: when, how many spoke and attended,
 * from how many other units, for how many hours.
 */
record TrainingDraft(@NotNull Kind kind, @NotBlank @Size(max = 200) String title,
		@NotNull @PastOrPresent LocalDate heldOn, @NotNull @Min(0) @Max(1000) Integer speakers,
		@NotNull @Min(0) @Max(100000) Integer attendees, @Min(0) @Max(1000) Integer externalUnits,
		@DecimalMin("0.5") @DecimalMax("999.9") @Digits(integer = 3, fraction = 1) BigDecimal hours) {

	/** A training course, a lecture, or a demonstration (示范). */
	enum Kind {

		TRAINING, LECTURE, DEMONSTRATION;

		public String messageKey() {
			return "innovation.training." + name();
		}

	}

}
