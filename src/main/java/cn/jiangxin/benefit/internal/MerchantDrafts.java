package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.shared.Phones;
import cn.jiangxin.shared.ValidCreditCode;

/**
 * What the merchant endpoints take: a merchant joining a plan, an outlet, a staff
 * account.
 */
final class MerchantDrafts {

	private MerchantDrafts() {
	}

	/** A merchant joining the partner plan of a union within reach. */
	record MerchantDraft(@NotNull Long orgId, @NotBlank @Size(max = 100) String name,
			@NotBlank @ValidCreditCode String creditCode,
			@NotEmpty @Size(max = 6) List<@NotNull MerchantCategory> categories, @Size(max = 1000) String description,
			@NotBlank @Size(max = 50) String contactName,
			@NotBlank @Pattern(regexp = Phones.CONTACT) String contactPhone, @NotNull LocalDate joinedOn,
			@NotNull LocalDate agreementEndsOn) {
	}

	/** An outlet, with its position when known. */
	record OutletDraft(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String address,
			@DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
			@DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
	}

	/** A staff account opened for the merchant by the plan's admins. */
	record StaffDraft(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String username,
			@NotBlank @Size(max = 50) String displayName, @NotBlank @Size(max = 128) String password) {
	}

}
