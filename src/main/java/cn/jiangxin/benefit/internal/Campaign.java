package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.member.EmploymentType;

/**
 * A coupon campaign (消费券): what a coupon is worth and above what bill, how many there are
 * and how many a member may hold, who may claim them and when, where and until when they
 * are used, and who pays the merchant back.
 */
record Campaign(long id, long orgId, String orgName, String title, CouponKind kind, BigDecimal faceValue,
		Integer discountPercent, BigDecimal maxDiscount, BigDecimal threshold, int stock, int perMember,
		List<EmploymentType> employmentTypes, String requiredTag, Allocation allocation, Instant claimOpensAt,
		Instant claimClosesAt, LocalDate validFrom, LocalDate validTo, Payer payer, CampaignStatus status,
		Instant publishedAt, Instant closedAt, String seedHash, String seed, Instant drawnAt, String createdBy) {

	/** Whether members may claim (or register for the draw) at an instant. */
	public boolean claimingAt(Instant now) {
		return status == CampaignStatus.PUBLISHED && !now.isBefore(claimOpensAt) && now.isBefore(claimClosesAt);
	}

	/** Whether a coupon may be used on a day. */
	public boolean usableOn(LocalDate day) {
		return status == CampaignStatus.PUBLISHED && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

	/** What the merchant is paid back for a coupon used on a bill. */
	public BigDecimal reimbursement(BigDecimal bill) {
		if (kind == CouponKind.CASH) {
			return faceValue;
		}
		BigDecimal off = bill.multiply(BigDecimal.valueOf(100L - discountPercent))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return off.min(maxDiscount);
	}

	/**
	 * Whether a redemption must say the bill: a threshold to check, or a share to take
	 * off.
	 */
	public boolean needsBill() {
		return kind == CouponKind.DISCOUNT || threshold.signum() > 0;
	}

	/** The state a page shows: 未发布, 未开抢, 领取中, 使用中, 已结束, 已结算, 已取消. */
	public String stateKey(Instant now, LocalDate today) {
		return switch (status) {
			case DRAFT -> "benefit.state.draft";
			case CLOSED -> "benefit.state.closed";
			case CANCELLED -> "benefit.state.cancelled";
			case PUBLISHED -> now.isBefore(claimOpensAt) ? "benefit.state.upcoming" : now.isBefore(claimClosesAt)
					? "benefit.state.claiming" : today.isAfter(validTo) ? "benefit.state.ended" : "benefit.state.using";
		};
	}

	/** Who pays the merchant back for a used coupon. */
	enum Payer {

		UNION, MERCHANT;

		public String messageKey() {
			return "benefit.payer." + name();
		}

	}

}
