package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.Zones;

/**
 * A merchant's staff redeeming a coupon at one of its outlets (核销). The coupon's row is
 * locked, so of two scans at once one redeems and the other is told when and where it was
 * used; a retry with the key of the scan that redeemed it gets the same answer again. The
 * outlet must be the clerk's merchant's and accept the campaign, the day within the
 * coupon's validity, the campaign neither closed nor cancelled, and the bill (when the
 * coupon has a threshold or a share off) at least the threshold. Audited.
 */
@Service
class Redemptions {

	/** The most redemptions a merchant's day shows. */
	static final int DAY_LIMIT = 500;

	private final CouponStore coupons;

	private final CampaignStore campaigns;

	private final MerchantService merchants;

	private final MerchantStore merchantStore;

	private final AuditLog audit;

	private final Clock clock;

	Redemptions(CouponStore coupons, CampaignStore campaigns, MerchantService merchants, MerchantStore merchantStore,
			AuditLog audit, Clock clock) {
		this.coupons = coupons;
		this.campaigns = campaigns;
		this.merchants = merchants;
		this.merchantStore = merchantStore;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A redemption's answer: the coupon as used, and whether this was a retry of the scan
	 * that used it.
	 */
	record Redeemed(Coupon coupon, boolean replayed) {
	}

	/**
	 * Redeems the coupon with this code (or signed QR payload) at an outlet of the
	 * clerk's merchant.
	 */
	@Transactional
	public Redeemed redeem(Actor actor, String code, CampaignDrafts.Redemption redemption, String key) {
		Merchant merchant = merchants.clerkOf(actor)
			.orElseThrow(() -> BusinessRuleException.conflict("benefit.redeem.clerksOnly"));
		return redeemFor(merchant, actor.username(), code, redemption, key);
	}

	/**
	 * Redeems for a merchant, by one of its staff (the demo's story calls it directly).
	 */
	@Transactional
	public Redeemed redeemFor(Merchant merchant, String clerk, String code, CampaignDrafts.Redemption redemption,
			String key) {
		Merchant.Outlet outlet = merchantStore.outlet(redemption.outletId())
			.filter(o -> o.merchantId() == merchant.id() && o.active())
			.orElseThrow(() -> BusinessRuleException.invalid("outletId", "benefit.redeem.outletUnknown",
					String.valueOf(redemption.outletId())));
		if (merchant.status() != Merchant.Status.ACTIVE) {
			throw BusinessRuleException.conflict("benefit.merchant.left");
		}
		long couponId = coupons.lockClaimed(code).orElseThrow(() -> new NotFoundException("coupon", code));
		Coupon coupon = coupons.byId(couponId).orElseThrow();
		if (coupon.redeemedAt() != null) {
			if (key != null && key.equals(coupons.redeemKey(couponId).orElse(null))) {
				return new Redeemed(coupon, true);
			}
			throw BusinessRuleException.conflict("benefit.redeem.used", Zones.minute(coupon.redeemedAt()),
					coupon.redeemedOutletName());
		}
		// The campaign's row is locked so that a redemption and the campaign's closing do
		// not cross
		Campaign campaign = campaigns.lock(coupon.campaignId()).orElseThrow();
		if (!campaigns.accepts(campaign.id(), outlet.id())) {
			throw BusinessRuleException.conflict("benefit.redeem.notAccepted", campaign.title(), outlet.name());
		}
		if (campaign.status() != CampaignStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		LocalDate today = Zones.today(clock);
		if (today.isBefore(campaign.validFrom())) {
			throw BusinessRuleException.conflict("benefit.redeem.notYet", campaign.validFrom());
		}
		if (today.isAfter(campaign.validTo())) {
			throw BusinessRuleException.conflict("benefit.redeem.expired", campaign.validTo());
		}
		BigDecimal bill = redemption.billAmount();
		if (campaign.needsBill()) {
			if (bill == null) {
				throw BusinessRuleException.invalid("billAmount", "benefit.redeem.billNeeded");
			}
			if (bill.compareTo(campaign.threshold()) < 0) {
				throw BusinessRuleException.invalid("billAmount", "benefit.redeem.belowThreshold",
						campaign.threshold());
			}
		}
		BigDecimal reimbursed = campaign.reimbursement(bill);
		Instant now = Instant.now(clock);
		if (!coupons.redeem(couponId, outlet.id(), clerk, key, bill, reimbursed, now)) {
			throw BusinessRuleException.conflict("benefit.redeem.used", Zones.minute(now), outlet.name());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code);
		after.put("outlet", outlet.name());
		after.put("reimbursed", reimbursed.toPlainString());
		if (bill != null) {
			after.put("bill", bill.toPlainString());
		}
		audit.record("coupon", couponId, campaign.orgId(), AuditAction.STATE_CHANGE, Map.of("state", "UNUSED"), after);
		return new Redeemed(coupons.byId(couponId).orElseThrow(), false);
	}

	/** The coupons redeemed at the clerk's merchant today, the latest first. */
	public List<Coupon> today(Actor actor) {
		Merchant merchant = merchants.clerkOf(actor).orElseThrow(() -> new NotFoundException("merchant", "desk"));
		Instant midnight = Zones.today(clock).atStartOfDay(Zones.BEIJING).toInstant();
		return coupons.redeemedAt(merchant.id(), midnight, DAY_LIMIT);
	}

}
