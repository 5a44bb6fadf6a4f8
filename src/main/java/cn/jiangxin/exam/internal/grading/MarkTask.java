package cn.jiangxin.exam.internal.grading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A short answer as its grader sees it, blind: the question, its reference answer and
 * points, the answer under a code that names no one, which marking this is, until when
 * the claim holds, and the mark once given.
 */
public record MarkTask(long markId, long examId, long questionId, String stem, String referenceAnswer,
		BigDecimal points, String answer, String code, int slot, Instant expiresAt, BigDecimal score, String comment,
		boolean marked) {
}
