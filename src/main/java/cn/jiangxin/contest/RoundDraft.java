package cn.jiangxin.contest;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A round as it is set up; {@code trackId} null makes it a round of the whole contest.
 */
public record RoundDraft(Long trackId, @NotNull @Min(1) @Max(20) Integer ordinal, @NotBlank @Size(max = 60) String name,
		@NotNull RoundFormat format, Instant startsAt, Instant endsAt, @Size(max = 300) String scoringPlan,
		@NotNull Advancement advancement, @DecimalMin("0") @DecimalMax("1000000") BigDecimal advancementValue) {
}
