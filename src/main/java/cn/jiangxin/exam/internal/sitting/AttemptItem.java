package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A question of an attempt's paper: its place, the version drawn, the blueprint row and
 * slot it fills, its points, the order its options are shown in, the answer as last saved
 * with the client's sequence number, and its score once graded.
 */
public record AttemptItem(long attemptId, long questionId, int position, long versionId, Integer rowPosition, int slot,
		BigDecimal points, String optionOrder, String answer, long answerSeq, Instant answeredAt, BigDecimal score) {

	public boolean answered() {
		return answer != null;
	}

}
