package cn.jiangxin.exam.internal.results;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A candidate's standing in an exam: their ticket, how many attempts they made, their
 * best graded attempt (score, whether it passed, the time it took), its subtotals by
 * knowledge area, and whether an attempt is still being answered or waits for its short
 * answers to be marked.
 */
public record CandidateResultView(long memberId, String ticketNo, int attempts, Long bestAttemptId, BigDecimal score,
		Boolean passed, Duration timeUsed, List<AreaScore> areas, boolean inProgress, boolean awaitingMarks) {

	public CandidateResultView {
		areas = List.copyOf(areas);
	}

	/** Whether the candidate never started. */
	public boolean absent() {
		return attempts == 0;
	}

	/**
	 * What a candidate earned in one knowledge area (top level) out of what it offered.
	 */
	public record AreaScore(String area, BigDecimal score, BigDecimal outOf) {
	}

}
