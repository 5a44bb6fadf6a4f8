package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;

/**
 * An achievement a studio records: its kind and title, the day, the other studios it
 * belongs to as well (a joint outcome), the patent or standard number where the kind
 * needs one, where it was published or awarded, the money it saved or earned (yuan),
 * contributors (members by card number, others by name), and the units that adopted it.
 */
record AchievementDraft(@NotNull AchievementKind kind, @NotBlank @Size(max = 200) String title,
		@NotNull @PastOrPresent LocalDate achievedOn, @Size(max = 9) List<@NotNull Long> partnerStudioIds,
		@Size(max = 20) String patentNo, PatentKind patentKind, @Size(max = 60) String standardNo,
		@Size(max = 200) String venue,
		@DecimalMin("0") @DecimalMax("99999999999") @Digits(integer = 11, fraction = 2) BigDecimal benefit,
		@Size(max = 2000) String summary, @Size(max = 30) List<@NotBlank @Size(max = 30) String> contributorCardNos,
		@Size(max = 10) List<@NotBlank @Size(max = 30) String> externalContributors,
		@Size(max = 30) List<@NotBlank @Size(max = 100) String> adoptedBy) {

	List<Long> partners() {
		return partnerStudioIds == null ? List.of() : partnerStudioIds;
	}

	List<String> cards() {
		return contributorCardNos == null ? List.of() : contributorCardNos;
	}

	List<String> externals() {
		return externalContributors == null ? List.of() : externalContributors;
	}

	List<String> adoptions() {
		return adoptedBy == null ? List.of() : adoptedBy;
	}

}
