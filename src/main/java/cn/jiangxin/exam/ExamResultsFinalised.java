package cn.jiangxin.exam;

import java.math.BigDecimal;
import java.util.List;

/**
 * An exam's results became final: published in the transaction that finalises them, so
 * that the module the exam was set for (a contest round's theory part, a course's
 * completion) takes them over.
 */
public record ExamResultsFinalised(long examId, Audience audience, Long audienceRef, BigDecimal maxScore,
		List<CandidateResult> results) {

	public ExamResultsFinalised {
		results = List.copyOf(results);
	}

}
