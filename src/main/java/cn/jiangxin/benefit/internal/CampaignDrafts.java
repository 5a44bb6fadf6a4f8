package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.member.EmploymentType;

/** What the campaign and coupon endpoints take. */
final class CampaignDrafts {

	private CampaignDrafts() {
	}

	/**
	 * A campaign of a union within reach: a sum off (face value) or a share off (percent
	 * paid, with a cap) above a threshold; the claim window in Beijing time; the
	 * merchants (all their outlets) or some outlets where it is accepted.
	 */
	record CampaignDraft(@NotNull Long orgId, @NotBlank @Size(max = 100) String title, @NotNull CouponKind kind,
			@DecimalMin("0.01") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal faceValue,
			@Min(1) @Max(99) Integer discountPercent,
			@DecimalMin("0.01") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxDiscount,
			@NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal threshold,
			@NotNull @Min(1) @Max(1_000_000) Integer stock, @NotNull @Min(1) @Max(10) Integer perMember,
			@Size(max = 7) List<@NotNull EmploymentType> employmentTypes, @Size(max = 30) String requiredTag,
			@NotNull Allocation allocation, @NotNull LocalDateTime claimOpensAt, @NotNull LocalDateTime claimClosesAt,
			@NotNull LocalDate validFrom, @NotNull LocalDate validTo, @NotNull Campaign.Payer payer,
			@NotEmpty @Size(max = 200) List<@NotNull Long> merchantIds,
			@Size(max = 500) List<@NotNull Long> outletIds) {

		List<EmploymentType> types() {
			return employmentTypes == null ? List.of() : employmentTypes.stream().distinct().toList();
		}

		List<Long> chosenOutlets() {
			return outletIds == null ? List.of() : outletIds.stream().distinct().toList();
		}

	}

	/**
	 * A merchant's redemption: at which of its outlets, the bill when the coupon needs
	 * one, and the scan's key so that a network retry redeems once.
	 */
	record Redemption(@NotNull Long outletId,
			@DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal billAmount) {
	}

}
