package cn.jiangxin.judging;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a round is judged: K judges per entry, the load band per judge (empty for
 * balanced), blind review, the aggregation method and ranking basis, disagreement
 * thresholds, the tie-break chain (e.g. {@code CRITERION:innovation,HIGHER_MINIMUM}) and
 * whether scores feed a live leaderboard.
 */
public record JudgingSettings(@NotNull @Min(1) @Max(30) Integer judgesPerEntry, @Min(0) @Max(10000) Integer minLoad,
		@Min(1) @Max(10000) Integer maxLoad, Boolean blind, @NotNull AggregationMethod method,
		@NotNull @Min(3) @Max(30) Integer trimFrom, @NotNull RankingBasis basis,
		@DecimalMin("0") @DecimalMax("100") BigDecimal spreadThreshold,
		@DecimalMin("0") @DecimalMax("100") BigDecimal stdDevThreshold, @Size(max = 200) String tieBreaks,
		Boolean live) {

	public static JudgingSettings defaults() {
		return new JudgingSettings(3, null, null, false, AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, "",
				false);
	}

	public boolean isBlind() {
		return Boolean.TRUE.equals(blind);
	}

	public boolean isLive() {
		return Boolean.TRUE.equals(live);
	}

}
