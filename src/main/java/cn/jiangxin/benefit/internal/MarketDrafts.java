package cn.jiangxin.benefit.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.benefit.MerchantCategory;

/** What the market endpoints take: a market, a stall, a visit. */
final class MarketDrafts {

	private MarketDrafts() {
	}

	/** A market of a union within reach, on some days, within daily hours. */
	record MarketDraft(@NotNull Long orgId, @NotBlank @Size(max = 100) String title,
			@NotBlank @Size(max = 200) String venue, @NotNull LocalDate heldFrom, @NotNull LocalDate heldTo,
			@NotNull LocalTime opensAt, @NotNull LocalTime closesAt, @Size(max = 1000) String description) {
	}

	/** A stall given to a merchant of the plan: its row, its number and what it sells. */
	record StallDraft(@NotNull Long merchantId, @NotBlank @Size(max = 20) String rowName,
			@NotNull @Min(1) @Max(999) Integer number, @NotNull MerchantCategory category,
			@Size(max = 200) String goods) {
	}

	/**
	 * A visit: a member checking in with the entrance's code, or the walk-ins the staff
	 * counted at the gate.
	 */
	record VisitDraft(@Size(max = 64) String token, @Min(1) @Max(1000) Integer people) {
	}

}
