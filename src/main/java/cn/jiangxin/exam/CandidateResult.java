package cn.jiangxin.exam;

import java.math.BigDecimal;

/**
 * A candidate's final result of an exam: their best graded attempt's score, out of the
 * paper's full marks and as a share of 100, and whether it passed.
 */
public record CandidateResult(long memberId, BigDecimal score, BigDecimal outOf100, boolean passed) {
}
