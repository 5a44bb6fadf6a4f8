package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
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
 * 抽签: a campaign whose demand is far above its stock goes out by a draw instead of first
 * come. Members who may claim register during the claim window (once each); when it has
 * closed, the campaign's admin draws: the seed fixed at publishing (whose hash everyone
 * saw before the first registration) is revealed, each entry's ticket is the SHA-256 of
 * the seed and its number, and the lowest tickets get the coupons. Anyone who sees the
 * campaign sees the seed, every entry's number and ticket and who won, and can repeat the
 * draw. A registration and the draw cannot cross: each registration holds the campaign's
 * row against the draw's lock until it commits.
 */
@Service
class Lottery {

	/** The key of a coupon won in a draw (one per member and campaign). */
	static final String DRAW_KEY = "lottery-draw";

	/** The most entries a page of the draw's listing shows. */
	static final int PAGE_LIMIT = 1_000;

	private final CampaignService campaigns;

	private final CampaignStore campaignStore;

	private final LotteryStore store;

	private final CouponStore coupons;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	Lottery(CampaignService campaigns, CampaignStore campaignStore, LotteryStore store, CouponStore coupons,
			MemberApi members, OrgScope scope, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.campaignStore = campaignStore;
		this.store = store;
		this.coupons = coupons;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A draw as anyone who sees the campaign sees it: its window, how many registered,
	 * the seed's hash and, once drawn, the seed and how many won; the caller's own entry,
	 * and their coupon if they won.
	 */
	record Draw(long campaignId, String title, int stock, Instant registrationOpensAt, Instant registrationClosesAt,
			String state, int entries, String seedHash, String seed, Instant drawnAt, Integer winners, Mine mine,
			String rule) {
	}

	/** The caller's entry: its number, when, whether it won, the coupon's code. */
	record Mine(long entryId, Instant registeredAt, Boolean won, String couponCode) {
	}

	/** A registration's answer: the entry, and whether it was there before. */
	record Registration(Mine entry, boolean already) {
	}

	/** An entry in the draw's listing: its number, its ticket and whether it won. */
	record Line(long entryId, String ticket, Boolean won) {
	}

	/** The draw of a lottery campaign the actor sees. */
	public Draw draw(Actor actor, long campaignId) {
		Campaign campaign = lotteryOf(actor, campaignId);
		Mine mine = actor.memberId() == null ? null
				: store.entry(campaignId, actor.memberId()).map(e -> mine(campaign, e)).orElse(null);
		Instant now = Instant.now(clock);
		String state = campaign.drawnAt() != null ? "DRAWN"
				: campaign.status() != CampaignStatus.PUBLISHED ? campaign.status().name()
						: now.isBefore(campaign.claimOpensAt()) ? "UPCOMING"
								: now.isBefore(campaign.claimClosesAt()) ? "REGISTERING" : "AWAITING_DRAW";
		Integer winners = campaign.drawnAt() == null ? null
				: (int) Math.min(campaign.stock(), (long) store.count(campaignId));
		return new Draw(campaignId, campaign.title(), campaign.stock(), campaign.claimOpensAt(),
				campaign.claimClosesAt(), state, store.count(campaignId), campaign.seedHash(),
				campaign.drawnAt() == null ? null : campaign.seed(), campaign.drawnAt(), winners, mine,
				"ticket = SHA-256(seed + \":\" + entryId), lowercase hex; the " + campaign.stock()
						+ " lowest tickets win");
	}

	private Mine mine(Campaign campaign, LotteryStore.Entry entry) {
		String code = Boolean.TRUE.equals(entry.won())
				? coupons.byKey(entry.memberId(), DRAW_KEY + "-" + campaign.id()).map(Coupon::code).orElse(null) : null;
		return new Mine(entry.id(), entry.registeredAt(), entry.won(), code);
	}

	/**
	 * The draw's listing, entries after a number: each with its ticket and outcome once
	 * drawn (before, numbers only).
	 */
	public List<Line> lines(Actor actor, long campaignId, long after, int limit) {
		Campaign campaign = lotteryOf(actor, campaignId);
		boolean drawn = campaign.drawnAt() != null;
		return store.page(campaignId, after, Math.max(1, Math.min(limit, PAGE_LIMIT)))
			.stream()
			.map(e -> new Line(e.id(), drawn ? LotteryDraw.ticket(campaign.seed(), e.id()) : null, e.won()))
			.toList();
	}

	/**
	 * A member registers for the draw, once (registering again answers the same entry);
	 * outside the campaign's subtree it is not there, the other rules of who may claim
	 * and the window answer 409.
	 */
	@Transactional
	public Registration register(Actor actor, long campaignId) {
		Campaign campaign = lotteryOf(actor, campaignId);
		if (actor.memberId() == null) {
			throw new NotFoundException("coupon-campaign", campaignId);
		}
		long memberId = actor.memberId();
		Optional<LotteryStore.Entry> already = store.entry(campaignId, memberId);
		if (already.isPresent()) {
			return new Registration(mine(campaign, already.get()), true);
		}
		MemberStanding member = members.standing(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
		Optional<String> rule = Eligibility.refusal(campaign, member, scope.within(campaign.orgId(), member.orgId()));
		if (rule.isPresent()) {
			throw BusinessRuleException.conflict(rule.get());
		}
		if (!store.holdUndrawn(campaignId)) {
			throw BusinessRuleException.conflict("benefit.lottery.drawn");
		}
		Campaign now = campaignStore.find(campaignId).orElseThrow();
		Instant at = Instant.now(clock);
		if (now.status() != CampaignStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		if (at.isBefore(now.claimOpensAt())) {
			throw BusinessRuleException.conflict("benefit.lottery.notYet", Zones.minute(now.claimOpensAt()));
		}
		if (!at.isBefore(now.claimClosesAt())) {
			throw BusinessRuleException.conflict("benefit.lottery.over", Zones.minute(now.claimClosesAt()));
		}
		store.register(campaignId, memberId, at);
		return new Registration(mine(campaign, store.entry(campaignId, memberId).orElseThrow()), false);
	}

	/**
	 * The campaign's admin draws, once, after registration has closed: the seed is
	 * revealed, the lowest tickets win a coupon each, the others are told they did not;
	 * audited with the seed and the counts.
	 */
	@Transactional
	public Draw drawNow(Actor actor, long campaignId) {
		Campaign seen = campaigns.managed(actor, campaignId);
		if (seen.allocation() != Allocation.LOTTERY) {
			throw new NotFoundException("lottery", campaignId);
		}
		Campaign campaign = campaignStore.lock(campaignId).orElseThrow();
		if (campaign.status() != CampaignStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("benefit.campaign.over");
		}
		if (campaign.drawnAt() != null) {
			throw BusinessRuleException.conflict("benefit.lottery.drawn");
		}
		Instant now = Instant.now(clock);
		if (now.isBefore(campaign.claimClosesAt())) {
			throw BusinessRuleException.conflict("benefit.lottery.stillOpen", Zones.minute(campaign.claimClosesAt()));
		}
		List<Long> entryIds = store.entryIds(campaignId);
		List<Long> winners = LotteryDraw.winners(campaign.seed(), entryIds, campaign.stock())
			.stream()
			.map(LotteryDraw.Ticket::entryId)
			.toList();
		Map<Long, Long> memberOf = store.entries(winners)
			.stream()
			.collect(Collectors.toMap(LotteryStore.Entry::id, LotteryStore.Entry::memberId));
		List<Long> couponIds = store.freeCoupons(campaignId, winners.size());
		if (couponIds.size() < winners.size()) {
			throw new IllegalStateException("campaign " + campaignId + " has " + couponIds.size() + " free coupons for "
					+ winners.size() + " winners");
		}
		List<Long> winningMembers = winners.stream().map(memberOf::get).toList();
		store.award(campaignId, couponIds, winningMembers, DRAW_KEY + "-" + campaignId, now);
		store.settle(campaignId, winners);
		campaignStore.drawn(campaignId, now);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("seed", campaign.seed());
		after.put("entries", entryIds.size());
		after.put("winners", winners.size());
		audit.record("coupon-campaign", campaignId, campaign.orgId(), AuditAction.STATE_CHANGE,
				Map.of("seedHash", campaign.seedHash()), after);
		return draw(actor, campaignId);
	}

	/** A lottery campaign the actor sees (a first-come one has no draw: 404). */
	private Campaign lotteryOf(Actor actor, long campaignId) {
		return Optional.of(campaigns.campaign(actor, campaignId))
			.filter(c -> c.allocation() == Allocation.LOTTERY)
			.orElseThrow(() -> new NotFoundException("lottery", campaignId));
	}

}
