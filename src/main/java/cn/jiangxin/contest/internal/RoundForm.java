package cn.jiangxin.contest.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.shared.Zones;

/**
 * A round on the setup page: for the whole contest or one track, its format, window,
 * scoring plan and advancement.
 */
record RoundForm(Long trackId, @NotNull @Min(1) @Max(20) Integer ordinal, @NotBlank @Size(max = 60) String name,
		@NotNull RoundFormat format, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt, @Size(max = 300) String scoringPlan,
		@NotNull Advancement advancement, @DecimalMin("0") BigDecimal advancementValue) {

	static RoundForm blank(int ordinal) {
		String name = switch (ordinal) {
			case 1 -> "初赛";
			case 2 -> "复赛";
			case 3 -> "决赛";
			default -> "第" + ordinal + "轮";
		};
		return new RoundForm(null, ordinal, name, RoundFormat.MATERIAL_REVIEW, null, null, null,
				ordinal >= 3 ? Advancement.NONE : Advancement.TOP_N_OVERALL, null);
	}

	RoundDraft draft() {
		return new RoundDraft(trackId, ordinal, name, format,
				startsAt == null ? null : startsAt.atZone(Zones.BEIJING).toInstant(),
				endsAt == null ? null : endsAt.atZone(Zones.BEIJING).toInstant(), scoringPlan, advancement,
				advancement == Advancement.NONE ? null : advancementValue);
	}

}
