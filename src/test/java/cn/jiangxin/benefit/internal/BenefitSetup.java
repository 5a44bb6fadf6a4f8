package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;

/**
 * Merchants, clerks and campaigns for tests in other packages, through the module's
 * services.
 */
@Component
public class BenefitSetup {

	private static final AtomicInteger SERIAL = new AtomicInteger(7000);

	private final MerchantService merchants;

	private final CampaignService campaigns;

	private final Claims claims;

	private final Lottery lottery;

	private final MarketService markets;

	private final OfferService offers;

	private final DemoOrgs orgs;

	private final JdbcClient jdbc;

	private final Actor system = Actor.system();

	BenefitSetup(MerchantService merchants, CampaignService campaigns, Claims claims, Lottery lottery,
			MarketService markets, OfferService offers, DemoOrgs orgs, JdbcClient jdbc) {
		this.markets = markets;
		this.lottery = lottery;
		this.offers = offers;
		this.merchants = merchants;
		this.campaigns = campaigns;
		this.claims = claims;
		this.orgs = orgs;
		this.jdbc = jdbc;
	}

	/** A valid credit code not used before. */
	public static String creditCode() {
		String first17 = "91110108" + String.format("TT%07d", SERIAL.incrementAndGet());
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** A merchant of the union's plan with one outlet; its id. */
	public long merchant(String union, String name) {
		long id = merchants.join(system,
				new MerchantDrafts.MerchantDraft(orgs.id(union), name, creditCode(), List.of(MerchantCategory.FOOD),
						null, "测试联系人", "010-12345678", LocalDate.now().minusDays(30), LocalDate.now().plusYears(1)));
		merchants.addOutlet(system, id, new MerchantDrafts.OutletDraft(name + "一号店", "测试路1号", null, null));
		return id;
	}

	/** A merchant's first outlet. */
	public long outlet(long merchantId) {
		return jdbc.sql("SELECT MIN(id) FROM merchant_outlet WHERE merchant_id = ?")
			.param(merchantId)
			.query(Long.class)
			.single();
	}

	/**
	 * A staff account of the merchant; its user name (password {@link Demo#PASSWORD}).
	 */
	public String clerk(long merchantId) {
		String username = "clerk" + SERIAL.incrementAndGet();
		merchants.addStaff(system, merchantId, new MerchantDrafts.StaffDraft(username, "测试店员", Demo.PASSWORD));
		return username;
	}

	/**
	 * A first-come campaign of the union: 满 50 减 20, claims open since an hour ago for a
	 * week, valid from today for a month, at the merchants' outlets.
	 */
	public Draft draft(String union, List<Long> merchantIds) {
		return new Draft(orgs.id(union), merchantIds);
	}

	/** Publishes a draft; the campaign's id. */
	public long publish(Draft draft) {
		long id = campaigns.create(system, draft.build());
		campaigns.publish(system, id);
		return id;
	}

	/** Moves a campaign's claim window into the past, as time passing would. */
	public void claimsOver(long campaign) {
		claims.forget();
		jdbc.sql("UPDATE coupon_campaign SET claim_opens_at = ?, claim_closes_at = ? WHERE id = ?")
			.params(CampaignStore.utc(Instant.now().minusSeconds(7200)),
					CampaignStore.utc(Instant.now().minusSeconds(60)), campaign)
			.update();
	}

	/** Moves a campaign's validity into the past, as time passing would. */
	public void expired(long campaign) {
		claimsOver(campaign);
		jdbc.sql("UPDATE coupon_campaign SET valid_from = ?, valid_to = ? WHERE id = ?")
			.params(LocalDate.now().minusDays(20), LocalDate.now().minusDays(2), campaign)
			.update();
	}

	/** Closes a campaign for settlement, its validity moved into the past first. */
	public void closed(long campaign) {
		expired(campaign);
		campaigns.close(system, campaign);
	}

	/**
	 * An offer of the merchant for the union's card holders, running for half a year; its
	 * id.
	 */
	public long offer(long merchantId, String union, String title) {
		return offers.create(system, new OfferDraft(merchantId, orgs.id(union), title, "持卡九折",
				LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6), List.of()));
	}

	/** Withdraws an offer. */
	public void withdrawOffer(long offer) {
		offers.withdraw(system, offer);
	}

	/** Cancels a campaign. */
	public void cancel(long campaign) {
		campaigns.cancel(system, campaign);
	}

	/** The merchant leaves its plan. */
	public void leave(long merchant) {
		merchants.leave(system, merchant);
	}

	/** A member's claim with a fresh key; the code. */
	public String claim(Actor member, long campaign) {
		return claims.claim(member, campaign, "test-" + SERIAL.incrementAndGet()).coupon().code();
	}

	/**
	 * A market of the union held today all day, with a stall for each merchant (row 东廊);
	 * its id.
	 */
	public long market(String union, List<Long> merchantIds) {
		return market(union, merchantIds, "测试市集" + SERIAL.incrementAndGet());
	}

	/** A market as above, named. */
	public long market(String union, List<Long> merchantIds, String title) {
		LocalDate today = LocalDate.now(Zones.BEIJING);
		long id = markets.create(system, new MarketDrafts.MarketDraft(orgs.id(union), title, "测试广场", today, today,
				LocalTime.MIN, LocalTime.of(23, 59), null));
		int number = 0;
		for (Long merchant : merchantIds) {
			markets.addStall(system, id, new MarketDrafts.StallDraft(merchant, "东廊", ++number,
					merchants.merchant(system, merchant).categories().get(0), null));
		}
		return id;
	}

	/** The market's entrance code. */
	public String marketToken(long market) {
		return markets.token(system, market);
	}

	/** Moves a market's days into the past, as time passing would, and closes it. */
	public void marketClosed(long market) {
		jdbc.sql("UPDATE market SET held_from = ?, held_to = ? WHERE id = ?")
			.params(LocalDate.now().minusDays(3), LocalDate.now().minusDays(2), market)
			.update();
		markets.close(system, market);
	}

	/** A member registers for a lottery campaign's draw. */
	public void register(Actor member, long campaign) {
		lottery.register(member, campaign);
	}

	/** The draw of a lottery campaign, its registration moved into the past first. */
	public void draw(long campaign) {
		claimsOver(campaign);
		lottery.drawNow(system, campaign);
	}

	/**
	 * Forgets the sold-out campaigns (for tests that race on fresh campaigns only it does
	 * not matter).
	 */
	public void forgetSoldOut() {
		claims.forget();
	}

	public void tag(long memberId, String tags) {
		jdbc.sql("UPDATE member SET tags = ? WHERE id = ?").params(tags, memberId).update();
	}

	/** A campaign draft with the test's defaults, changed field by field. */
	public static final class Draft {

		private final long orgId;

		private final List<Long> merchantIds;

		private int stock = 100;

		private int perMember = 1;

		private List<EmploymentType> types = List.of();

		private String tag;

		private LocalDateTime opens = LocalDateTime.now(Zones.BEIJING).minusHours(1);

		private Allocation allocation = Allocation.FIRST;

		private CouponKind kind = CouponKind.CASH;

		private String title = "测试券" + SERIAL.incrementAndGet();

		Draft(long orgId, List<Long> merchantIds) {
			this.orgId = orgId;
			this.merchantIds = merchantIds;
		}

		public Draft stock(int stock) {
			this.stock = stock;
			return this;
		}

		public Draft perMember(int perMember) {
			this.perMember = perMember;
			return this;
		}

		public Draft types(EmploymentType... types) {
			this.types = List.of(types);
			return this;
		}

		public Draft tag(String tag) {
			this.tag = tag;
			return this;
		}

		public Draft opensIn(long hours) {
			this.opens = LocalDateTime.now(Zones.BEIJING).plusHours(hours);
			return this;
		}

		public Draft title(String title) {
			this.title = title;
			return this;
		}

		public Draft lottery() {
			this.allocation = Allocation.LOTTERY;
			return this;
		}

		public Draft discount() {
			this.kind = CouponKind.DISCOUNT;
			return this;
		}

		CampaignDrafts.CampaignDraft build() {
			LocalDate today = LocalDate.now(Zones.BEIJING);
			boolean cash = kind == CouponKind.CASH;
			return new CampaignDrafts.CampaignDraft(orgId, title, kind, cash ? new BigDecimal("20") : null,
					cash ? null : 80, cash ? null : new BigDecimal("30"), new BigDecimal("50"), stock, perMember, types,
					tag, allocation, opens, opens.plusDays(7), today.minusDays(1), today.plusDays(30),
					Campaign.Payer.UNION, merchantIds, List.of());
		}

	}

}
