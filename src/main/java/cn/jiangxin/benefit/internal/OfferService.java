package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;

/**
 * The rules of online offers (优惠活动): the admins managing a merchant put up its offers for
 * the members of its plan's union or a union beneath it, at some or all of its outlets,
 * and may withdraw one (a withdrawn offer changes no more). Members in good standing
 * holding an active card (在会) see the live offers of the unions above them, nearest first
 * when their phone gives its position; a clerk sees their merchant's; admins the offers
 * of their reach. Audited.
 */
@Service
class OfferService {

	/** The most offers a list shows. */
	static final int LIST_LIMIT = 500;

	private final OfferStore store;

	private final MerchantService merchants;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	OfferService(OfferStore store, MerchantService merchants, MemberApi members, OrgScope scope, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.merchants = merchants;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Puts up an offer of a merchant the actor manages; its id. */
	@Transactional
	public long create(Actor actor, OfferDraft d) {
		Merchant merchant = merchants.merchants(actor)
			.stream()
			.filter(m -> m.id() == d.merchantId() && merchants.manages(actor, m))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.invalid("merchantId", "benefit.offer.merchantUnknown",
					String.valueOf(d.merchantId())));
		if (!merchant.activeOn(Zones.today(clock))) {
			throw BusinessRuleException.invalid("merchantId", "benefit.offer.merchantInactive", merchant.name());
		}
		if (!scope.within(merchant.orgId(), d.orgId()) || !scope.covers(actor, d.orgId())) {
			throw BusinessRuleException.invalid("orgId", "benefit.offer.orgOutside", merchant.orgName());
		}
		if (d.validTo().isBefore(d.validFrom())) {
			throw BusinessRuleException.invalid("validTo", "benefit.campaign.validityOrder");
		}
		List<Long> outlets = new ArrayList<>();
		List<Merchant.Outlet> active = merchant.outlets().stream().filter(Merchant.Outlet::active).toList();
		if (d.chosenOutlets().isEmpty()) {
			active.forEach(o -> outlets.add(o.id()));
		}
		for (Long id : d.chosenOutlets()) {
			outlets.add(active.stream()
				.filter(o -> o.id() == id)
				.findFirst()
				.orElseThrow(() -> BusinessRuleException.invalid("outletIds", "benefit.campaign.outletUnknown", id))
				.id());
		}
		long id = store.insert(d, outlets, actor.username(), Instant.now(clock));
		audit.record("offer", id, d.orgId(), AuditAction.CREATE, null,
				Map.of("merchant", merchant.id(), "title", d.title().strip(), "validTo", d.validTo().toString()));
		return id;
	}

	/** Withdraws an offer; it stays on record. */
	@Transactional
	public void withdraw(Actor actor, long id) {
		Offer offer = offer(actor, id);
		if (!manages(actor, offer)) {
			throw new NotFoundException("offer", id);
		}
		if (!store.withdraw(id, Zones.today(clock))) {
			throw BusinessRuleException.conflict("benefit.offer.withdrawn");
		}
		audit.record("offer", id, offer.orgId(), AuditAction.STATE_CHANGE, Map.of("withdrawn", false),
				Map.of("withdrawn", true));
	}

	/**
	 * The offers the actor sees: an admin's reach, a clerk's merchant, a member's live
	 * ones.
	 */
	public List<Offer> offers(Actor actor) {
		if (actor.administers()) {
			return store.list(scope.filter(actor, "org_id"), LIST_LIMIT);
		}
		if (actor.memberId() != null) {
			return forMember(actor, null, null);
		}
		return merchants.clerkOf(actor).map(m -> store.ofMerchant(m.id())).orElse(List.of());
	}

	/**
	 * The live offers of the unions above a member holding an active card, nearest first
	 * from a position (else the soonest to end first).
	 */
	public List<Offer> forMember(Actor actor, Double lat, Double lng) {
		Optional<MemberView> member = Optional.ofNullable(actor.memberId()).flatMap(members::find);
		if (member.isEmpty() || !member.get().status().isActive()) {
			return List.of();
		}
		List<Offer> live = store.live(Zones.today(clock))
			.stream()
			.filter(f -> scope.within(f.orgId(), member.get().orgId()))
			.toList();
		if (lat == null || lng == null) {
			return live;
		}
		return live.stream()
			.map(f -> f.withDistance(Offer.nearest(f.outlets(), lat, lng)))
			.sorted(Comparator.comparing(Offer::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** An offer the actor sees. */
	public Offer offer(Actor actor, long id) {
		return store.find(id).filter(f -> sees(actor, f)).orElseThrow(() -> new NotFoundException("offer", id));
	}

	/** A merchant's offers, for its page. */
	public List<Offer> ofMerchant(Actor actor, long merchantId) {
		merchants.merchant(actor, merchantId);
		return store.ofMerchant(merchantId);
	}

	boolean manages(Actor actor, Offer offer) {
		return actor.administers() && scope.covers(actor, offer.orgId());
	}

	private boolean sees(Actor actor, Offer offer) {
		if (actor.administers()) {
			return scope.covers(actor, offer.orgId());
		}
		if (actor.has(Role.MERCHANT_CLERK)) {
			return merchants.clerkOf(actor).filter(m -> m.id() == offer.merchantId()).isPresent();
		}
		return actor.memberId() != null && offer.liveOn(Zones.today(clock))
				&& members.find(actor.memberId())
					.filter(m -> m.status().isActive() && scope.within(offer.orgId(), m.orgId()))
					.isPresent();
	}

}
