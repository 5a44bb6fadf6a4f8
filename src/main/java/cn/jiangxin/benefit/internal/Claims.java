package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberStanding;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Zones;

/**
 * A member claiming a coupon, exactly under any crowd. The refusals that need no lock
 * (who may claim, the window, a campaign known to be sold out) are answered without a
 * transaction; otherwise, in one transaction, the member's holder row is locked (so one
 * member's taps queue behind each other and no one else's); a claim with a key already
 * answered gives the same coupon again; the member's limit is checked; a free coupon row
 * is taken that no other claim holds (FOR UPDATE SKIP LOCKED, so thousands of claims take
 * thousands of rows at once instead of queueing on one counter), waiting for the others
 * only when none is free, so that first come is first served to the last coupon. The
 * answer goes out after the commit: a claim the member was told of is in the database.
 * Stock never grows back, so once a campaign is seen sold out it is answered so at once,
 * without a query for members holding none of its coupons.
 */
@Service
class Claims {

	private final CampaignStore campaigns;

	private final CouponStore coupons;

	private final MemberApi members;

	private final MarketStore markets;

	private final OrgScope scope;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Campaigns' terms for two seconds: they do not change once published, and a change
	 * of state cannot issue a coupon late (a campaign is cancelled only with its free
	 * stock withdrawn, closed only after its claim window).
	 */
	private final Cache<Long, Campaign> heads = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(2))
		.maximumSize(10_000)
		.build();

	/** Whether a union lies within another's subtree, by the pair, for a minute. */
	private final Cache<String, Boolean> within = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	/**
	 * The market whose visitors alone claim a campaign, by campaign (set when the
	 * campaign is made, never changed).
	 */
	private final Cache<Long, Optional<Long>> marketOfCampaign = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(10_000)
		.build();

	/** The campaigns found sold out (their stock never grows back). */
	private final Set<Long> soldOut = ConcurrentHashMap.newKeySet();

	/**
	 * The members holding a coupon of a sold-out campaign, by campaign, read once after
	 * the sell-out: only they can have a claim to answer again. A sell-out is concluded
	 * by a claim that waited for every coupon row others held, so by then every coupon
	 * issued is committed and the list is final.
	 */
	private final Cache<Long, long[]> holdersOfSoldOut = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100)
		.build();

	Claims(CampaignStore campaigns, CouponStore coupons, MemberApi members, MarketStore markets, OrgScope scope,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.markets = markets;
		this.campaigns = campaigns;
		this.coupons = coupons;
		this.members = members;
		this.scope = scope;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * A claim's answer: the coupon, and whether an earlier request with the same key got
	 * it.
	 */
	record Claimed(Coupon coupon, boolean replayed) {
	}

	/** A claim refused by a rule: the rule's message and its arguments (409). */
	record Refused(String code, Object... args) {

		BusinessRuleException exception() {
			return BusinessRuleException.conflict(code, args);
		}

	}

	/** What came of a claim: a coupon, or a refusal. */
	record Outcome(Claimed claimed, Refused refused) {

		static Outcome of(Claimed claimed) {
			return new Outcome(claimed, null);
		}

		static Outcome refused(String code, Object... args) {
			return new Outcome(null, new Refused(code, args));
		}

		/** The coupon, or the refusal thrown. */
		Claimed orThrow() {
			if (refused != null) {
				throw refused.exception();
			}
			return claimed;
		}

	}

	/**
	 * The member claims one coupon; a repeated key gives the coupon the first request
	 * got.
	 */
	public Claimed claim(Actor actor, long campaignId, String key) {
		return attempt(actor, campaignId, key).orThrow();
	}

	/**
	 * A claim, its refusals answered rather than thrown (a crowd meets them by the
	 * thousand): outside the campaign's subtree it is not there (404); the other rules of
	 * who may claim, the window and a known sell-out are answered without a transaction;
	 * a claim that may take a coupon runs in one.
	 */
	public Outcome attempt(Actor actor, long campaignId, String key) {
		if (actor.memberId() == null) {
			throw new NotFoundException("coupon-campaign", campaignId);
		}
		long memberId = actor.memberId();
		Campaign campaign = Optional.ofNullable(heads.get(campaignId, id -> campaigns.find(id).orElse(null)))
			.filter(c -> c.status() != CampaignStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("coupon-campaign", campaignId));
		MemberStanding member = members.standing(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
		if (!inSubtree(campaign.orgId(), member.orgId())) {
			throw new NotFoundException("coupon-campaign", campaignId);
		}
		Optional<String> rule = Eligibility.refusal(campaign, member, true);
		if (rule.isPresent()) {
			return Outcome.refused(rule.get());
		}
		Optional<Long> market = marketOf(campaignId);
		if (market.isPresent() && markets.visited(market.get(), memberId).isEmpty()) {
			return Outcome.refused("benefit.market.checkInFirst");
		}
		Refused closed = refusalNow(campaign);
		if (closed != null) {
			// Outside the window only a retry of an answered claim gets anything: its
			// coupon
			return replay(memberId, campaignId, key).map(Outcome::of).orElse(new Outcome(null, closed));
		}
		if (soldOut.contains(campaignId)) {
			// No coupon will be free again: a holder's retry of an answered claim still
			// gets its coupon; anyone else is told at once
			Outcome soldOutNow = Outcome.refused("benefit.claim.soldOut", campaign.stock());
			if (!holdsAny(campaignId, memberId)) {
				return soldOutNow;
			}
			return replay(memberId, campaignId, key).map(Outcome::of).orElse(soldOutNow);
		}
		return transactions.execute(status -> take(campaign, memberId, key));
	}

	/**
	 * The locked part of a claim, in its transaction (joining the caller's, if any). A
	 * refusal here has written nothing but the member's holder row, so it commits as is.
	 */
	private Outcome take(Campaign campaign, long memberId, String key) {
		long campaignId = campaign.id();
		boolean fewer = coupons.fewerStatements();
		int held;
		if (fewer) {
			held = coupons.holdHolder(campaignId, memberId);
		}
		else {
			coupons.ensureHolder(campaignId, memberId);
			held = coupons.lockHolder(campaignId, memberId);
		}
		// a statement of its own, after the lock: it sees a same-key claim that committed
		// while this one waited
		Optional<Claimed> earlier = replay(memberId, campaignId, key);
		if (earlier.isPresent()) {
			return Outcome.of(earlier.get());
		}
		if (held >= campaign.perMember()) {
			return Outcome.refused("benefit.claim.limit", campaign.perMember());
		}
		Instant now = Instant.now(clock);
		Optional<CouponStore.Free> free;
		if (fewer) {
			free = coupons.claimFree(campaignId, memberId, key, now, false)
				.or(() -> coupons.claimFree(campaignId, memberId, key, now, true));
		}
		else {
			free = coupons.takeFree(campaignId).or(() -> coupons.takeFreeWaiting(campaignId));
			free.ifPresent(f -> {
				coupons.assign(f.id(), memberId, key, now);
				coupons.countClaim(campaignId, memberId);
			});
		}
		if (free.isEmpty()) {
			soldOut.add(campaignId);
			return Outcome.refused("benefit.claim.soldOut", campaign.stock());
		}
		return Outcome.of(new Claimed(
				new Coupon(free.get().id(), free.get().code(), campaignId, campaign.title(), campaign.kind(),
						campaign.faceValue(), campaign.discountPercent(), campaign.maxDiscount(), campaign.threshold(),
						campaign.validFrom(), campaign.validTo(), memberId, now, null, null, null, null, null),
				false));
	}

	/** Whether the member holds a coupon of a campaign found sold out. */
	private boolean holdsAny(long campaignId, long memberId) {
		return Arrays.binarySearch(holdersOfSoldOut.get(campaignId, coupons::holdersOf), memberId) >= 0;
	}

	private Optional<Long> marketOf(long campaignId) {
		return marketOfCampaign.get(campaignId, markets::marketOf);
	}

	/** The coupon an earlier request with this key got, as its answer again. */
	private Optional<Claimed> replay(long memberId, long campaignId, String key) {
		return coupons.byKey(memberId, key).filter(c -> c.campaignId() == campaignId).map(c -> new Claimed(c, true));
	}

	/**
	 * Whether a union lies within a campaign's union (the tree seldom moves; a move is
	 * seen within the minute).
	 */
	private boolean inSubtree(long root, long orgId) {
		return within.get(root + ":" + orgId, pair -> scope.within(root, orgId));
	}

	/** Why first-come claims are not taken now, or null when they are. */
	Refused refusalNow(Campaign campaign) {
		Instant now = Instant.now(clock);
		if (campaign.status() != CampaignStatus.PUBLISHED) {
			return new Refused("benefit.campaign.over");
		}
		if (campaign.allocation() == Allocation.LOTTERY) {
			return new Refused("benefit.claim.lottery");
		}
		if (now.isBefore(campaign.claimOpensAt())) {
			return new Refused("benefit.claim.notYet", Zones.minute(campaign.claimOpensAt()));
		}
		if (!now.isBefore(campaign.claimClosesAt())) {
			return new Refused("benefit.claim.over", Zones.minute(campaign.claimClosesAt()));
		}
		return null;
	}

	/**
	 * Forgets what was learnt of campaigns: sold out, their terms, the tree (for tests
	 * that move a campaign's times by hand, as time passing would).
	 */
	public void forget() {
		soldOut.clear();
		holdersOfSoldOut.invalidateAll();
		heads.invalidateAll();
		marketOfCampaign.invalidateAll();
		within.invalidateAll();
	}

	/** The eligibility of a member for a campaign, as a message code, for the pages. */
	public Optional<String> refusal(Campaign campaign, MemberStanding member) {
		return Eligibility.refusal(campaign, member, scope.within(campaign.orgId(), member.orgId()))
			.or(() -> markets.marketOf(campaign.id())
				.filter(market -> markets.visited(market, member.id()).isEmpty())
				.map(market -> "benefit.market.checkInFirst"));
	}

}
