package cn.jiangxin.award;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How results go out: the notice period in days, how many units get 团体奖 (by their
 * entrants' summed results) and 优秀组织奖, the 优秀组织奖 formula: participation weight ×
 * confirmed entries + result weight × awards won, and what decides a tie on the last
 * place of a unit award (every tied unit by default).
 */
public record PublishDraft(@NotNull @Min(0) @Max(60) Integer noticeDays,
		@NotNull @Min(0) @Max(100) Integer teamUnitAwards, @NotNull @Min(0) @Max(100) Integer organisationAwards,
		@DecimalMin("0") @DecimalMax("1000") BigDecimal participationWeight,
		@DecimalMin("0") @DecimalMax("1000") BigDecimal resultWeight, UnitTies unitTies) {

	/** Results out with tied units all getting their award. */
	public PublishDraft(Integer noticeDays, Integer teamUnitAwards, Integer organisationAwards,
			BigDecimal participationWeight, BigDecimal resultWeight) {
		this(noticeDays, teamUnitAwards, organisationAwards, participationWeight, resultWeight, UnitTies.SHARE);
	}

	public UnitTies ties() {
		return unitTies == null ? UnitTies.SHARE : unitTies;
	}

	public BigDecimal participation() {
		return participationWeight == null ? BigDecimal.ONE : participationWeight;
	}

	public BigDecimal result() {
		return resultWeight == null ? new BigDecimal("3") : resultWeight;
	}

}
