package cn.jiangxin.exam.internal.grading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A grader's mark of one short answer (阅卷): which answer (attempt and question), which
 * marking it is (first, second, or a third on disagreement), who claimed it and until
 * when the claim holds, and once marked, the score and comment.
 */
public record Mark(long id, long attemptId, long questionId, int slot, long graderId, Instant claimedAt,
		Instant expiresAt, BigDecimal score, String comment, Instant markedAt) {

	public boolean marked() {
		return markedAt != null;
	}

	/** Whether the claim still keeps others off this answer at this instant. */
	public boolean holdsAt(Instant now) {
		return marked() || now.isBefore(expiresAt);
	}

}
