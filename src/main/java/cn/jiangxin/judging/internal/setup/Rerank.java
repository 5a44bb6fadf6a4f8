package cn.jiangxin.judging.internal.setup;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.RankingBasis;

/**
 * An organiser's request to rank a round anew after scores came in: the new ranking
 * settings and why, for the page form and the API alike.
 */
public record Rerank(@NotNull AggregationMethod method, @NotNull @Min(3) @Max(30) Integer trimFrom,
		@NotNull RankingBasis basis, @DecimalMin("0") @DecimalMax("100") BigDecimal spreadThreshold,
		@DecimalMin("0") @DecimalMax("100") BigDecimal stdDevThreshold, @Size(max = 200) String tieBreaks,
		@NotBlank @Size(max = 200) String reason) {

	public static Rerank of(RankingRule rule) {
		return new Rerank(rule.method(), rule.trimFrom(), rule.basis(), rule.spreadThreshold(), rule.stdDevThreshold(),
				rule.chain(), null);
	}

	RankingRule rule() {
		return new RankingRule(method, trimFrom, basis, spreadThreshold, stdDevThreshold,
				tieBreaks == null ? "" : tieBreaks);
	}

	/**
	 * A re-rank done: when, by whom, why, the rule before and after, and how many entries
	 * changed rank.
	 */
	public record Done(long id, long roundId, RankingRule before, RankingRule after, String reason, int moved,
			String by, Instant at) {
	}

}
