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

import cn.jiangxin.innovation.StudioLevel;

/**
 * What the endpoints of level calls, applications and annual reviews take: a call, an
 * application, a step's note or reason, the conferral's decision, a year's report, a
 * reviewer's scores and the review's decision.
 */
final class LevelDrafts {

	private LevelDrafts() {
	}

	/** A call for a level by the union that confers it. */
	record Call(@NotNull Long conferringOrgId, @NotNull StudioLevel level, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotBlank @Size(max = 200) String title, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn,
			@NotNull @Min(5) @Max(30) Integer noticeDays) {
	}

	/** A studio's application with its summary (申报材料概述). */
	record Application(@NotNull Long callId, @NotNull Long studioId, @NotBlank @Size(max = 4000) String summary) {
	}

	/** A step's note (recommending, putting on notice). */
	record Note(@Size(max = 500) String note) {
	}

	/** A refusal's reason (不予推荐, 不予命名). */
	record Refusal(@NotBlank @Size(max = 500) String reason) {
	}

	/** The conferral: the decision's number (文号) and day. */
	record Conferral(@NotBlank @Size(max = 200) String decision, @NotNull @PastOrPresent LocalDate conferredOn) {
	}

	/** A studio's report of its year. */
	record Report(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 4000) String report) {
	}

	/** A reviewer's scores on the four parts. */
	record Score(@NotNull @DecimalMin("0") @DecimalMax("30") @Digits(integer = 2, fraction = 2) BigDecimal output,
			@NotNull @DecimalMin("0") @DecimalMax("30") @Digits(integer = 2, fraction = 2) BigDecimal talent,
			@NotNull @DecimalMin("0") @DecimalMax("20") @Digits(integer = 2, fraction = 2) BigDecimal mechanism,
			@NotNull @DecimalMin("0") @DecimalMax("20") @Digits(integer = 2, fraction = 2) BigDecimal demonstration,
			@Size(max = 1000) String comment) {
	}

	/**
	 * The reviewing union's decision: the outcome, and for lowering or withdrawing the
	 * level a reason and the decision's number.
	 */
	record Decision(@NotNull Review.Outcome outcome, @Size(max = 500) String reason, @Size(max = 200) String decision) {
	}

}
