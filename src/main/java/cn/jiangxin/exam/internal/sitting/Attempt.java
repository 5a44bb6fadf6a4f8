package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One sitting of a candidate: when it started and must end (the deadline is fixed at the
 * start and moves only by an invigilator's extra time), the one device that holds it, and
 * once handed in, by whom, when and with what score.
 */
public record Attempt(long id, long examId, long memberId, long orgId, int number, AttemptStatus status, long seed,
		Instant startedAt, Instant deadline, int extraMinutes, String device, String lastIp, Instant submittedAt,
		SubmittedBy submittedBy, BigDecimal score, Boolean passed, Instant gradedAt) {

	/** Whether answers are still taken at this instant. */
	public boolean openAt(Instant now) {
		return status == AttemptStatus.IN_PROGRESS && now.isBefore(deadline);
	}

	public boolean inProgress() {
		return status == AttemptStatus.IN_PROGRESS;
	}

	/** How long the candidate took, from start to hand-in; null while in progress. */
	public Duration timeUsed() {
		return submittedAt == null ? null : Duration.between(startedAt, submittedAt);
	}

	/** Seconds left at this instant, never below zero. */
	public long secondsLeft(Instant now) {
		return Math.max(0, Duration.between(now, deadline).toSeconds());
	}

}
