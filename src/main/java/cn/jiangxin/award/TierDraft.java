package cn.jiangxin.award;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An award tier: its name, the round whose results it draws on, per track or overall, a
 * count or a share of the ranked entries (one of the two), and a title it confers (e.g.
 * 首都建筑工匠), if any.
 */
public record TierDraft(@NotBlank @Size(max = 60) String name, @NotNull Long roundId, Boolean perTrack,
		@Min(1) @Max(1000) Integer count, @DecimalMin("0.01") @DecimalMax("100") BigDecimal sharePercent,
		@Size(max = 60) String confersTitle) {

	public boolean isPerTrack() {
		return Boolean.TRUE.equals(perTrack);
	}

}
