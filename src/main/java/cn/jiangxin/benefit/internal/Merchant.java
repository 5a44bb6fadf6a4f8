package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.benefit.MerchantCategory;

/**
 * A partner merchant of a union's 关爱职工伙伴计划, with its outlets: who it is (unified social
 * credit code), what it offers, its contact and its agreement.
 */
record Merchant(long id, long orgId, String orgName, String name, String creditCode, List<MerchantCategory> categories,
		String description, String contactName, String contactPhone, LocalDate joinedOn, LocalDate agreementEndsOn,
		Status status, LocalDate leftOn, List<Outlet> outlets) {

	/**
	 * Whether the merchant is in the plan on a day: joined, agreement running, not left.
	 */
	public boolean activeOn(LocalDate day) {
		return status == Status.ACTIVE && !day.isBefore(joinedOn) && !day.isAfter(agreementEndsOn);
	}

	/** In the plan, or left it. */
	enum Status {

		ACTIVE, LEFT;

		public String messageKey() {
			return "benefit.merchant.status." + name();
		}

	}

	/**
	 * A shop, restaurant or clinic of the merchant where members are served, with its
	 * position for the map.
	 */
	record Outlet(long id, long merchantId, String name, String address, BigDecimal latitude, BigDecimal longitude,
			boolean active) {
	}

	/** A staff account of the merchant (role 商户店员), which sees only this merchant. */
	record Staff(long accountId, String username, String displayName, Instant addedAt) {
	}

}
