package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.exam.Audience;

/**
 * An exam as set up or changed: title, the union it belongs to, who sits it (an audience
 * and its reference: a round, a course, a union for an open quiz; none for a member
 * list), the window and duration, the rules, and the bank and kind of its paper.
 */
public record ExamDraft(@NotBlank @Size(max = 120) String title, @Size(max = 2000) String description,
		@NotNull Long orgId, @NotNull Audience audience, Long audienceRef, @NotNull Instant opensAt,
		@NotNull Instant closesAt, @NotNull @Min(1) @Max(1440) Integer durationMinutes,
		@NotNull @Min(1) @Max(20) Integer attemptsAllowed,
		@NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal passMark, Boolean resultsAtOnce,
		Boolean reviewAllowed, Boolean leaderboard, Boolean onSite, @Size(max = 200) String venue, @NotNull Long bankId,
		@NotNull PaperKind paperKind, Boolean shuffleQuestions, Boolean shuffleOptions, Boolean doubleMarking,
		@DecimalMin("0") @DecimalMax("100") BigDecimal markingTolerance) {

	static boolean on(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
