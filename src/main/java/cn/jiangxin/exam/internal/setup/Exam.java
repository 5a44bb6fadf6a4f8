package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.time.Instant;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.ExamView;

/** An exam as its own module holds it: the view others see plus how its paper is made. */
public record Exam(long id, long orgId, String title, String description, ExamStatus status, Audience audience,
		Long audienceRef, Instant opensAt, Instant closesAt, int durationMinutes, int attemptsAllowed,
		BigDecimal passMark, boolean resultsAtOnce, boolean reviewAllowed, boolean leaderboard, boolean onSite,
		String venue, long bankId, PaperKind paperKind, boolean shuffleQuestions, boolean shuffleOptions,
		boolean doubleMarking, BigDecimal markingTolerance, long seed, BigDecimal maxScore, Instant publishedAt,
		Instant closedAt, Instant finalisedAt, String createdBy, Instant createdAt, int version) {

	public ExamView view(String orgName, String audienceLabel) {
		return new ExamView(id, orgId, orgName, title, status, audience, audienceRef, audienceLabel, opensAt, closesAt,
				durationMinutes, attemptsAllowed, passMark, maxScore, resultsAtOnce, reviewAllowed, leaderboard, onSite,
				venue, finalisedAt, version);
	}

	/**
	 * Whether a candidate may start or go on at this instant: published and in its
	 * window.
	 */
	public boolean openAt(Instant now) {
		return status == ExamStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/**
	 * The deadline of an attempt started now: the window's end or start plus duration.
	 */
	public Instant deadlineFrom(Instant start) {
		Instant byDuration = start.plusSeconds(durationMinutes * 60L);
		return byDuration.isBefore(closesAt) ? byDuration : closesAt;
	}

}
