package cn.jiangxin.benefit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;

/**
 * The rules of coupon campaigns. A union's admins make a campaign as a draft, naming the
 * merchants (within the union's subtree) whose outlets accept it; publishing lays its
 * stock down as coupon rows (and, for a draw, fixes the seed and shows its hash); a
 * campaign nobody claimed from may be cancelled; once every coupon has expired it is
 * closed for settlement, and nothing of it changes afterwards. Admins see the campaigns
 * of their reach, members the published ones of the unions above them, merchant staff the
 * ones their outlets accept. Every change is audited.
 */
@Service
class CampaignService {

	/** The most campaigns a list shows. */
	static final int LIST_LIMIT = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CampaignStore store;

	private final CouponStore coupons;

	private final MerchantService merchants;

	private final MerchantStore merchantStore;

	private final StatsStore stats;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	CampaignService(CampaignStore store, CouponStore coupons, MerchantService merchants, MerchantStore merchantStore,
			StatsStore stats, MemberApi members, OrgScope scope, AuditLog audit, Clock clock) {
		this.store = store;
		this.coupons = coupons;
		this.merchants = merchants;
		this.merchantStore = merchantStore;
		this.stats = stats;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes a draft campaign of a union within reach; its id. */
	@Transactional
	public long create(Actor actor, CampaignDrafts.CampaignDraft d) {
		if (!actor.administers() || !scope.covers(actor, d.orgId())) {
			throw BusinessRuleException.invalid("orgId", "benefit.campaign.orgUnknown", d.orgId());
		}
		if (d.kind() == CouponKind.CASH) {
			if (d.faceValue() == null) {
				throw BusinessRuleException.invalid("faceValue", "benefit.campaign.faceValueNeeded");
			}
			if (d.threshold().signum() > 0 && d.threshold().compareTo(d.faceValue()) < 0) {
				throw BusinessRuleException.invalid("threshold", "benefit.campaign.thresholdBelowValue");
			}
		}
		else {
			if (d.discountPercent() == null) {
				throw BusinessRuleException.invalid("discountPercent", "benefit.campaign.discountNeeded");
			}
			if (d.maxDiscount() == null) {
				throw BusinessRuleException.invalid("maxDiscount", "benefit.campaign.maxDiscountNeeded");
			}
		}
		Instant opens = d.claimOpensAt().atZone(Zones.BEIJING).toInstant();
		Instant closes = d.claimClosesAt().atZone(Zones.BEIJING).toInstant();
		if (!closes.isAfter(opens)) {
			throw BusinessRuleException.invalid("claimClosesAt", "benefit.campaign.window");
		}
		if (!closes.isAfter(Instant.now(clock))) {
			throw BusinessRuleException.invalid("claimClosesAt", "benefit.campaign.past");
		}
		if (d.validTo().isBefore(d.validFrom())) {
			throw BusinessRuleException.invalid("validTo", "benefit.campaign.validityOrder");
		}
		if (d.validTo().isBefore(d.claimClosesAt().toLocalDate())) {
			throw BusinessRuleException.invalid("validTo", "benefit.campaign.validBeforeClaims");
		}
		if (d.allocation() == Allocation.LOTTERY && d.perMember() != 1) {
			throw BusinessRuleException.invalid("perMember", "benefit.campaign.lotteryOne");
		}
		List<Merchant.Outlet> outlets = accepting(d);
		long id = store.insert(d, opens, closes, actor.username(), Instant.now(clock));
		store.insertOutlets(id, outlets);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", d.title().strip());
		after.put("stock", d.stock());
		after.put("perMember", d.perMember());
		after.put("outlets", outlets.size());
		audit.record("coupon-campaign", id, d.orgId(), AuditAction.CREATE, null, after);
		return id;
	}

	/**
	 * The outlets a draft names: all of its merchants' active outlets, or those of them
	 * it lists.
	 */
	private List<Merchant.Outlet> accepting(CampaignDrafts.CampaignDraft d) {
		LocalDate today = Zones.today(clock);
		List<Merchant> chosen = merchantStore.findAll(new LinkedHashSet<>(d.merchantIds()));
		for (Long id : d.merchantIds()) {
			Optional<Merchant> merchant = chosen.stream().filter(m -> m.id() == id).findFirst();
			if (merchant.isEmpty() || !scope.within(d.orgId(), merchant.get().orgId())
					|| merchant.get().status() != Merchant.Status.ACTIVE
					|| merchant.get().agreementEndsOn().isBefore(today)) {
				throw BusinessRuleException.invalid("merchantIds", "benefit.campaign.merchantUnknown", id);
			}
		}
		List<Merchant.Outlet> all = chosen.stream()
			.flatMap(m -> m.outlets().stream())
			.filter(Merchant.Outlet::active)
			.toList();
		List<Merchant.Outlet> outlets;
		if (d.chosenOutlets().isEmpty()) {
			outlets = all;
		}
		else {
			outlets = new ArrayList<>();
			for (Long id : d.chosenOutlets()) {
				outlets.add(all.stream()
					.filter(o -> o.id() == id)
					.findFirst()
					.orElseThrow(
							() -> BusinessRuleException.invalid("outletIds", "benefit.campaign.outletUnknown", id)));
			}
		}
		if (outlets.isEmpty()) {
			throw BusinessRuleException.invalid("merchantIds", "benefit.campaign.noOutlets");
		}
		return outlets;
	}

	/**
	 * Publishes a draft: its stock is laid down and, for a draw, its seed fixed and its
	 * hash shown.
	 */
	@Transactional
	public void publish(Actor actor, long id) {
		Campaign campaign = managed(actor, id);
		store.lock(id);
		if (campaign.status() != CampaignStatus.DRAFT) {
			throw BusinessRuleException.conflict("benefit.campaign.notDraft");
		}
		if (!campaign.claimClosesAt().isAfter(Instant.now(clock))) {
			throw BusinessRuleException.conflict("benefit.campaign.past");
		}
		String seed = null;
		String seedHash = null;
		if (campaign.allocation() == Allocation.LOTTERY) {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			seed = HexFormat.of().formatHex(bytes);
			seedHash = LotteryDraw.sha256(seed);
		}
		if (!store.publish(id, seed, seedHash, Instant.now(clock))) {
			throw BusinessRuleException.conflict("benefit.campaign.notDraft");
		}
		store.layStock(id, campaign.stock());
		audit.record("coupon-campaign", id, campaign.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "DRAFT"),
				seedHash == null ? Map.of("status", "PUBLISHED") : Map.of("status", "PUBLISHED", "seedHash", seedHash));
	}

	/**
	 * Cancels a draft, or a published campaign nobody has claimed from or registered for:
	 * its free stock is withdrawn first (waiting for claims that hold a row), so that no
	 * claim in flight can take a coupon of a cancelled campaign.
	 */
	@Transactional
	public void cancel(Actor actor, long id) {
		Campaign campaign = managed(actor, id);
		store.lock(id);
		if (campaign.status() == CampaignStatus.PUBLISHED) {
			coupons.withdrawFree(id);
			if (stats.claimedOrEntered(id) > 0) {
				throw BusinessRuleException.conflict("benefit.campaign.claimedAlready");
			}
		}
		if (!store.cancel(id, Instant.now(clock))) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		audit.record("coupon-campaign", id, campaign.orgId(), AuditAction.STATE_CHANGE,
				Map.of("status", campaign.status().name()), Map.of("status", "CANCELLED"));
	}

	/** Closes a campaign for settlement once its last valid day has passed. */
	@Transactional
	public void close(Actor actor, long id) {
		Campaign campaign = managed(actor, id);
		store.lock(id);
		if (campaign.status() != CampaignStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		if (!Zones.today(clock).isAfter(campaign.validTo())) {
			throw BusinessRuleException.conflict("benefit.campaign.stillValid", campaign.validTo());
		}
		if (!store.close(id, Instant.now(clock))) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		audit.record("coupon-campaign", id, campaign.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "PUBLISHED"),
				Map.of("status", "CLOSED"));
	}

	/**
	 * The campaigns the actor sees: an admin's reach, a member's unions, a clerk's
	 * outlets.
	 */
	public List<Campaign> campaigns(Actor actor) {
		if (actor.administers()) {
			return store.list(scope.filter(actor, "org_id"), LIST_LIMIT);
		}
		if (actor.memberId() != null) {
			return forMember(actor);
		}
		return merchants.clerkOf(actor)
			.map(m -> store.campaignsOf(m.id()).stream().map(store::find).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

	/**
	 * The published campaigns of the unions above a member, still claimable or usable.
	 */
	List<Campaign> forMember(Actor actor) {
		Optional<MemberView> member = members.find(actor.memberId());
		if (member.isEmpty()) {
			return List.of();
		}
		return store.live(Zones.today(clock))
			.stream()
			.filter(c -> scope.within(c.orgId(), member.get().orgId()))
			.toList();
	}

	/** A campaign, if the actor sees it. */
	public Optional<Campaign> findSeen(Actor actor, long id) {
		return store.find(id).filter(c -> sees(actor, c));
	}

	/** A campaign the actor sees. */
	public Campaign campaign(Actor actor, long id) {
		return store.find(id)
			.filter(c -> sees(actor, c))
			.orElseThrow(() -> new NotFoundException("coupon-campaign", id));
	}

	boolean sees(Actor actor, Campaign campaign) {
		if (actor.administers()) {
			return scope.covers(actor, campaign.orgId());
		}
		if (campaign.status() == CampaignStatus.DRAFT) {
			return false;
		}
		if (actor.memberId() != null) {
			return members.find(actor.memberId()).filter(m -> scope.within(campaign.orgId(), m.orgId())).isPresent();
		}
		if (actor.has(Role.MERCHANT_CLERK)) {
			return merchants.clerkOf(actor).filter(m -> store.campaignsOf(m.id()).contains(campaign.id())).isPresent();
		}
		return false;
	}

	/** Whether the actor runs the campaign: an admin covering its union. */
	public boolean manages(Actor actor, Campaign campaign) {
		return actor.administers() && scope.covers(actor, campaign.orgId());
	}

	public Campaign managed(Actor actor, long id) {
		Campaign campaign = campaign(actor, id);
		if (!manages(actor, campaign)) {
			throw new NotFoundException("coupon-campaign", id);
		}
		return campaign;
	}

	/** The outlets that accept a campaign the actor sees, with their merchants. */
	public List<Merchant> accepting(Actor actor, long id) {
		campaign(actor, id);
		List<Merchant.Outlet> outlets = merchantStore.outlets(store.outletIds(id));
		Set<Long> outletIds = new LinkedHashSet<>(outlets.stream().map(Merchant.Outlet::id).toList());
		return merchantStore.findAll(outlets.stream().map(Merchant.Outlet::merchantId).distinct().toList())
			.stream()
			.map(m -> new Merchant(m.id(), m.orgId(), m.orgName(), m.name(), m.creditCode(), m.categories(),
					m.description(), m.contactName(), m.contactPhone(), m.joinedOn(), m.agreementEndsOn(), m.status(),
					m.leftOn(), m.outlets().stream().filter(o -> outletIds.contains(o.id())).toList()))
			.toList();
	}

	/**
	 * Issued, claimed, used, unclaimed and expired, what is owed, per merchant and per
	 * day.
	 */
	public StatsStore.Stats stats(Actor actor, long id) {
		Campaign campaign = managed(actor, id);
		return stats.of(campaign, Zones.today(clock));
	}

	/** A member's coupons, the latest first. */
	public List<Coupon> myCoupons(Actor actor) {
		if (actor.memberId() == null) {
			return List.of();
		}
		return coupons.ofMember(actor.memberId(), 200);
	}

	/** One of the member's own coupons. */
	public Coupon myCoupon(Actor actor, String code) {
		return CouponCodes.normalize(code)
			.flatMap(coupons::byCode)
			.filter(c -> actor.memberId() != null && actor.memberId().equals(c.memberId()))
			.orElseThrow(() -> new NotFoundException("coupon", code));
	}

	/** How many coupons of a campaign the member holds. */
	public int held(Actor actor, long campaignId) {
		return actor.memberId() == null ? 0 : coupons.held(campaignId, actor.memberId());
	}

}
