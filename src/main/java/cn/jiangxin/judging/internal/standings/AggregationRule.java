package cn.jiangxin.judging.internal.standings;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a round's scores are combined and ranked; a null threshold leaves that disagreement
 * test off. {@code trimFrom} is the number of judges from which the trimmed mean drops
 * the highest and lowest total.
 */
record AggregationRule(AggregationMethod method, int trimFrom, RankingBasis basis, BigDecimal spreadThreshold,
		BigDecimal stdDevThreshold, List<TieBreak> tieBreaks) {

	AggregationRule {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(basis, "basis");
		if (trimFrom < 3) {
			throw new IllegalArgumentException("The trimmed mean needs at least 3 judges to drop two, not " + trimFrom);
		}
		if (spreadThreshold != null && spreadThreshold.signum() < 0) {
			throw new IllegalArgumentException("The spread threshold cannot be negative: " + spreadThreshold);
		}
		if (stdDevThreshold != null && stdDevThreshold.signum() < 0) {
			throw new IllegalArgumentException(
					"The standard deviation threshold cannot be negative: " + stdDevThreshold);
		}
		tieBreaks = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
	}

	static AggregationRule defaults() {
		return new AggregationRule(AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, List.of());
	}

}
