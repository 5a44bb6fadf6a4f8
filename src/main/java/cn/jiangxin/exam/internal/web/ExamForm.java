package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.shared.Zones;

/**
 * An exam's setup as its page form holds it: the window in Beijing time, the round picked
 * from a list or the union of an open quiz picked from the tree.
 */
record ExamForm(@NotBlank @Size(max = 120) String title, @Size(max = 2000) String description, @NotNull Long orgId,
		@NotNull Audience audience, Long audienceRef, Long audienceOrgId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
		@NotNull @Min(1) @Max(1440) Integer durationMinutes, @NotNull @Min(1) @Max(20) Integer attemptsAllowed,
		@NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal passMark, Boolean resultsAtOnce,
		Boolean reviewAllowed, Boolean leaderboard, Boolean onSite, @Size(max = 200) String venue, @NotNull Long bankId,
		@NotNull PaperKind paperKind, Boolean shuffleQuestions, Boolean shuffleOptions, Boolean doubleMarking,
		@DecimalMin("0") @DecimalMax("100") BigDecimal markingTolerance, Integer version) {

	static ExamForm blank(Long orgId, Audience audience, Long audienceRef, Clock clock) {
		LocalDateTime nine = LocalDateTime.ofInstant(clock.instant(), Zones.BEIJING)
			.plusDays(7)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		Audience kind = audience == null ? Audience.MEMBER_LIST : audience;
		return new ExamForm(null, null, orgId, kind, kind == Audience.SUBTREE ? null : audienceRef,
				kind == Audience.SUBTREE ? audienceRef : null, nine, nine.plusMinutes(90), 90, 1, new BigDecimal("60"),
				false, true, kind == Audience.SUBTREE, false, null, null, PaperKind.BLUEPRINT, true, true, false,
				BigDecimal.ONE, null);
	}

	static ExamForm of(Exam e) {
		return new ExamForm(e.title(), e.description(), e.orgId(), e.audience(),
				e.audience() == Audience.SUBTREE ? null : e.audienceRef(),
				e.audience() == Audience.SUBTREE ? e.audienceRef() : null,
				LocalDateTime.ofInstant(e.opensAt(), Zones.BEIJING),
				LocalDateTime.ofInstant(e.closesAt(), Zones.BEIJING), e.durationMinutes(), e.attemptsAllowed(),
				e.passMark(), e.resultsAtOnce(), e.reviewAllowed(), e.leaderboard(), e.onSite(), e.venue(), e.bankId(),
				e.paperKind(), e.shuffleQuestions(), e.shuffleOptions(), e.doubleMarking(), e.markingTolerance(),
				e.version());
	}

	ExamDraft draft() {
		Long ref = switch (audience) {
			case SUBTREE -> audienceOrgId;
			case MEMBER_LIST -> null;
			default -> audienceRef;
		};
		return new ExamDraft(title, description, orgId, audience, ref, opensAt.atZone(Zones.BEIJING).toInstant(),
				closesAt.atZone(Zones.BEIJING).toInstant(), durationMinutes, attemptsAllowed, passMark, resultsAtOnce,
				reviewAllowed, leaderboard, onSite, venue, bankId, paperKind, shuffleQuestions, shuffleOptions,
				doubleMarking, markingTolerance);
	}

}
