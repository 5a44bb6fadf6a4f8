package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;

/**
 * The rules of markets. A union's admins plan a market (its days, hours and venue), give
 * its stalls to active merchants of plans within the union's subtree, make coupons that
 * only its visitors claim (valid on its days at its stalls' merchants), count the
 * walk-ins at the gate; members within the subtree check in with the entrance's QR, once
 * each, during its hours; after its last day the admins close it and its report is final:
 * nothing of a closed market changes. Admins see the markets of their reach, members the
 * coming ones of the unions above them, clerks those where their merchant has a stall.
 */
@Service
class MarketService {

	/** The most markets a list shows. */
	static final int LIST_LIMIT = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MarketStore store;

	private final MerchantService merchants;

	private final MerchantStore merchantStore;

	private final CampaignService campaigns;

	private final CampaignStore campaignStore;

	private final StatsStore stats;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	MarketService(MarketStore store, MerchantService merchants, MerchantStore merchantStore, CampaignService campaigns,
			CampaignStore campaignStore, StatsStore stats, MemberApi members, OrgScope scope, AuditLog audit,
			Clock clock) {
		this.campaignStore = campaignStore;
		this.stats = stats;
		this.store = store;
		this.merchants = merchants;
		this.merchantStore = merchantStore;
		this.campaigns = campaigns;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Plans a market of a union within reach; its id. */
	@Transactional
	public long create(Actor actor, MarketDrafts.MarketDraft d) {
		if (!actor.administers() || !scope.covers(actor, d.orgId())) {
			throw BusinessRuleException.invalid("orgId", "benefit.market.orgUnknown", d.orgId());
		}
		if (d.heldTo().isBefore(d.heldFrom())) {
			throw BusinessRuleException.invalid("heldTo", "benefit.market.daysOrder");
		}
		if (d.heldTo().isBefore(Zones.today(clock))) {
			throw BusinessRuleException.invalid("heldTo", "benefit.market.past");
		}
		if (!d.closesAt().isAfter(d.opensAt())) {
			throw BusinessRuleException.invalid("closesAt", "benefit.market.hoursOrder");
		}
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		long id = store.insert(d, HexFormat.of().formatHex(bytes), actor.username(), Instant.now(clock));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", d.title().strip());
		after.put("venue", d.venue().strip());
		after.put("days", d.heldFrom() + "~" + d.heldTo());
		audit.record("market", id, d.orgId(), AuditAction.CREATE, null, after);
		return id;
	}

	/**
	 * Gives a stall of a market still to be held (or on its days) to an active merchant
	 * of a plan within the market's union, in one of the merchant's categories.
	 */
	@Transactional
	public void addStall(Actor actor, long marketId, MarketDrafts.StallDraft d) {
		Market market = changeable(actor, marketId);
		Optional<Merchant> merchant = merchantStore.find(d.merchantId())
			.filter(m -> scope.within(market.orgId(), m.orgId()) && m.activeOn(Zones.today(clock)));
		if (merchant.isEmpty()) {
			throw BusinessRuleException.invalid("merchantId", "benefit.market.merchantUnknown", d.merchantId());
		}
		if (!merchant.get().categories().contains(d.category())) {
			throw BusinessRuleException.invalid("category", "benefit.market.category");
		}
		if (!store.addStall(marketId, d)) {
			throw BusinessRuleException.conflict("benefit.market.stallTaken", d.rowName().strip(), d.number());
		}
		audit.record("market", marketId, market.orgId(), AuditAction.UPDATE, null,
				Map.of("stall", d.rowName().strip() + " " + d.number(), "merchant", merchant.get().name()));
	}

	/**
	 * Makes a campaign only the market's visitors claim: the market's union or one within
	 * it, its stalls' merchants, valid within its days; its id (a draft, published as any
	 * other).
	 */
	@Transactional
	public long addCoupon(Actor actor, long marketId, CampaignDrafts.CampaignDraft d) {
		Market market = changeable(actor, marketId);
		if (!scope.within(market.orgId(), d.orgId())) {
			throw BusinessRuleException.invalid("orgId", "benefit.campaign.orgUnknown", d.orgId());
		}
		List<Long> stallMerchants = market.stalls().stream().map(Market.Stall::merchantId).distinct().toList();
		for (Long merchantId : d.merchantIds()) {
			if (!stallMerchants.contains(merchantId)) {
				throw BusinessRuleException.invalid("merchantIds", "benefit.market.notAStall", merchantId);
			}
		}
		if (d.validFrom().isBefore(market.heldFrom()) || d.validTo().isAfter(market.heldTo())) {
			throw BusinessRuleException.invalid("validTo", "benefit.market.couponDays", market.heldFrom(),
					market.heldTo());
		}
		long campaignId = campaigns.create(actor, d);
		store.link(marketId, campaignId);
		return campaignId;
	}

	/**
	 * A member checks in with the entrance's code, once (a second scan answers the first
	 * visit), during the market's hours; whether this was their first.
	 */
	@Transactional
	public boolean checkIn(Actor actor, long marketId, String token) {
		Market market = market(actor, marketId);
		if (actor.memberId() == null) {
			throw new NotFoundException("market", marketId);
		}
		if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				store.token(marketId).getBytes(StandardCharsets.UTF_8))) {
			throw BusinessRuleException.invalid("token", "benefit.market.token");
		}
		if (store.visited(marketId, actor.memberId()).isPresent()) {
			return false;
		}
		store.lock(marketId);
		Market now = store.find(marketId).orElseThrow();
		if (!now.openAt(Instant.now(clock))) {
			throw BusinessRuleException.conflict(
					now.status() == Market.Status.CLOSED ? "benefit.market.closed" : "benefit.market.notOpen",
					now.heldFrom(), now.heldTo(), now.opensAt(), now.closesAt());
		}
		return store.checkIn(marketId, actor.memberId(), actor.username(), Instant.now(clock));
	}

	/** The staff count walk-ins at the gate, during the market's days. */
	@Transactional
	public void walkIns(Actor actor, long marketId, int people) {
		Market market = changeable(actor, marketId);
		LocalDate today = Zones.today(clock);
		if (today.isBefore(market.heldFrom()) || today.isAfter(market.heldTo())) {
			throw BusinessRuleException.conflict("benefit.market.notItsDay", market.heldFrom(), market.heldTo());
		}
		store.walkIns(marketId, people, actor.username(), Instant.now(clock));
		audit.record("market", marketId, market.orgId(), AuditAction.UPDATE, null, Map.of("walkIns", people));
	}

	/** Closes a market after its last day: its report is final. */
	@Transactional
	public void close(Actor actor, long marketId) {
		Market market = managed(actor, marketId);
		store.lock(marketId);
		if (market.status() != Market.Status.PLANNED) {
			throw BusinessRuleException.conflict("benefit.market.closed");
		}
		if (!Zones.today(clock).isAfter(market.heldTo())) {
			throw BusinessRuleException.conflict("benefit.market.notOver", market.heldTo());
		}
		store.close(marketId, Instant.now(clock));
		audit.record("market", marketId, market.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "PLANNED"),
				Map.of("status", "CLOSED"));
	}

	/** The markets the actor sees. */
	public List<Market> markets(Actor actor) {
		if (actor.administers()) {
			return store.list(scope.filter(actor, "org_id"), LIST_LIMIT);
		}
		if (actor.memberId() != null) {
			Optional<Long> orgId = members.find(actor.memberId()).map(m -> m.orgId());
			return orgId.map(
					org -> store.coming(Zones.today(clock)).stream().filter(m -> scope.within(m.orgId(), org)).toList())
				.orElse(List.of());
		}
		return merchants.clerkOf(actor)
			.map(m -> store.marketsOf(m.id()).stream().map(store::find).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

	/** A market the actor sees. */
	public Market market(Actor actor, long id) {
		return store.find(id).filter(m -> sees(actor, m)).orElseThrow(() -> new NotFoundException("market", id));
	}

	private boolean sees(Actor actor, Market market) {
		if (actor.administers()) {
			return scope.covers(actor, market.orgId());
		}
		if (actor.memberId() != null) {
			return members.find(actor.memberId()).filter(m -> scope.within(market.orgId(), m.orgId())).isPresent();
		}
		if (actor.has(Role.MERCHANT_CLERK)) {
			return merchants.clerkOf(actor)
				.filter(m -> market.stalls().stream().anyMatch(s -> s.merchantId() == m.id()))
				.isPresent();
		}
		return false;
	}

	/** Whether the actor runs the market: an admin covering its union. */
	public boolean manages(Actor actor, Market market) {
		return actor.administers() && scope.covers(actor, market.orgId());
	}

	private Market managed(Actor actor, long id) {
		Market market = market(actor, id);
		if (!manages(actor, market)) {
			throw new NotFoundException("market", id);
		}
		return market;
	}

	/** A market its admin may still change: not closed, its last day not past. */
	private Market changeable(Actor actor, long id) {
		managed(actor, id);
		store.lock(id);
		Market market = store.find(id).orElseThrow();
		if (market.status() == Market.Status.CLOSED) {
			throw BusinessRuleException.conflict("benefit.market.closed");
		}
		if (Zones.today(clock).isAfter(market.heldTo())) {
			throw BusinessRuleException.conflict("benefit.market.over", market.heldTo());
		}
		return market;
	}

	/** The entrance's check-in code, for the admins' printable QR. */
	public String token(Actor actor, long id) {
		managed(actor, id);
		return store.token(id);
	}

	/** When the member checked in, if they did. */
	public Optional<Instant> visited(Actor actor, long marketId) {
		return actor.memberId() == null ? Optional.empty() : store.visited(marketId, actor.memberId());
	}

	/** The coupon campaigns only the market's visitors claim. */
	public List<Campaign> coupons(Actor actor, long marketId) {
		market(actor, marketId);
		return store.campaignsOf(marketId)
			.stream()
			.map(id -> campaigns.findSeen(actor, id))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * A market's report: its merchants and stalls by category, its coupons issued,
	 * claimed, used and owed, its visitors.
	 */
	record Report(int merchants, int stalls, Map<String, Long> stallsByCategory, List<CouponLine> coupons, long issued,
			long claimed, long redeemed, BigDecimal reimbursed, MarketStore.Visitors visitors) {
	}

	/** A coupon campaign of the market with its figures. */
	record CouponLine(long campaignId, String title, long issued, long claimed, long redeemed, BigDecimal reimbursed) {
	}

	/** The report of a market the actor runs. */
	public Report report(Actor actor, long marketId) {
		Market market = managed(actor, marketId);
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (MerchantCategory category : MerchantCategory.values()) {
			long n = market.stalls().stream().filter(s -> s.category() == category).count();
			if (n > 0) {
				byCategory.put(category.name(), n);
			}
		}
		List<CouponLine> lines = store.campaignsOf(marketId)
			.stream()
			.map(id -> campaignStore.find(id).orElseThrow())
			.filter(c -> c.status() != CampaignStatus.DRAFT)
			.map(c -> {
				StatsStore.Stats figures = stats.of(c, Zones.today(clock));
				return new CouponLine(c.id(), c.title(), figures.issued(), figures.claimed(), figures.redeemed(),
						figures.reimbursed());
			})
			.toList();
		return new Report((int) market.stalls().stream().map(Market.Stall::merchantId).distinct().count(),
				market.stalls().size(), byCategory, lines, lines.stream().mapToLong(CouponLine::issued).sum(),
				lines.stream().mapToLong(CouponLine::claimed).sum(),
				lines.stream().mapToLong(CouponLine::redeemed).sum(),
				lines.stream().map(CouponLine::reimbursed).reduce(BigDecimal.ZERO, BigDecimal::add),
				store.visitors(marketId));
	}

	/** The visitors so far. */
	public MarketStore.Visitors visitors(Actor actor, long marketId) {
		market(actor, marketId);
		return store.visitors(marketId);
	}

}
