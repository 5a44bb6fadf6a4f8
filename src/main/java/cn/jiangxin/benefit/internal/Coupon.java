package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.benefit.CouponKind;

/**
 * A coupon a member holds: its code, the campaign it is of and what it is worth, and
 * whether, when and where it was used.
 */
record Coupon(long id, String code, long campaignId, String campaignTitle, CouponKind kind, BigDecimal faceValue,
		Integer discountPercent, BigDecimal maxDiscount, BigDecimal threshold, LocalDate validFrom, LocalDate validTo,
		Long memberId, Instant claimedAt, Instant redeemedAt, Long redeemedOutletId, String redeemedOutletName,
		BigDecimal billAmount, BigDecimal reimbursedAmount) {

	/** 未使用, 已使用 or 已过期 on a day. */
	public State state(LocalDate today) {
		if (redeemedAt != null) {
			return State.USED;
		}
		return today.isAfter(validTo) ? State.EXPIRED : State.UNUSED;
	}

	/** The code in groups of four, as printed under the QR. */
	public String grouped() {
		return CouponCodes.grouped(code);
	}

	/** Where a coupon stands for its holder. */
	enum State {

		UNUSED, USED, EXPIRED;

		public String messageKey() {
			return "benefit.coupon.state." + name();
		}

	}

}
