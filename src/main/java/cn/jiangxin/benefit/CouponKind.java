package cn.jiangxin.benefit;

/** A coupon's value: a sum off the bill (满减), or a share off up to a cap (折扣). */
public enum CouponKind {

	CASH, DISCOUNT;

	public String messageKey() {
		return "benefit.kind." + name();
	}

}
