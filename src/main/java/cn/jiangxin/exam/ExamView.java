package cn.jiangxin.exam;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An exam as other modules and the API see it: who set it for whom, its window, its
 * paper's full marks and where it stands.
 */
public record ExamView(long id, long orgId, String orgName, String title, ExamStatus status, Audience audience,
		Long audienceRef, String audienceLabel, Instant opensAt, Instant closesAt, int durationMinutes,
		int attemptsAllowed, BigDecimal passMark, BigDecimal maxScore, boolean resultsAtOnce, boolean reviewAllowed,
		boolean leaderboard, boolean onSite, String venue, Instant finalisedAt, int version) {
}
