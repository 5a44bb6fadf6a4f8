package cn.jiangxin.benefit.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An offer a merchant makes to card holders: for the members of a union's subtree (the
 * plan's union or one beneath it), its terms, validity, and the merchant's outlets where
 * it holds (all of them when none is named).
 */
record OfferDraft(@NotNull Long merchantId, @NotNull Long orgId, @NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 2000) String terms, @NotNull LocalDate validFrom, @NotNull LocalDate validTo,
		@Size(max = 50) List<@NotNull Long> outletIds) {

	List<Long> chosenOutlets() {
		return outletIds == null ? List.of() : outletIds.stream().distinct().toList();
	}

}
