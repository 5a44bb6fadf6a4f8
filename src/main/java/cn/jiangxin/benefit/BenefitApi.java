package cn.jiangxin.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What other modules may ask of member benefits: for now, what a union paid out. */
public interface BenefitApi {

	/**
	 * What the unions of a subtree owe their merchants for coupons redeemed in a period
	 * (both days included), for the fund audit to book.
	 */
	BigDecimal subsidy(long orgId, LocalDate from, LocalDate to);

}
