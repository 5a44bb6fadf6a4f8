package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.benefit.CouponKind;

/**
 * A coupon as its holder and the API see it: the code and what its QR carries, what it is
 * worth, until when, and whether it was used, when and where.
 */
record CouponView(String code, String qrPayload, long campaignId, String campaignTitle, CouponKind kind,
		BigDecimal faceValue, Integer discountPercent, BigDecimal maxDiscount, BigDecimal threshold,
		LocalDate validFrom, LocalDate validTo, Instant claimedAt, Coupon.State state, Instant redeemedAt,
		String redeemedOutlet, BigDecimal billAmount, BigDecimal reimbursedAmount) {

	static CouponView of(Coupon c, String payload, LocalDate today) {
		return new CouponView(c.code(), payload, c.campaignId(), c.campaignTitle(), c.kind(), c.faceValue(),
				c.discountPercent(), c.maxDiscount(), c.threshold(), c.validFrom(), c.validTo(), c.claimedAt(),
				c.state(today), c.redeemedAt(), c.redeemedOutletName(), c.billAmount(), c.reimbursedAmount());
	}

}
