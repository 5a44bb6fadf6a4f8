package cn.jiangxin.benefit.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.ApiProblemHandler;

/**
 * Coupon campaigns over JSON: making, publishing, cancelling and closing a campaign, its
 * figures, a member's claim (with an {@code Idempotency-Key}), a member's coupons, and a
 * merchant's redemption and day.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "coupon-campaigns", description = "消费券 · coupon campaigns, claims and redemption")
class CampaignRestController {

	/** Header a client sends so that a retried request acts once. */
	static final String KEY = "Idempotency-Key";

	/** What a client's key may look like. */
	private static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final CampaignService campaigns;

	private final Claims claims;

	private final Lottery lottery;

	private final Redemptions redemptions;

	private final CouponCodes codes;

	private final ApiProblemHandler problems;

	private final Clock clock;

	CampaignRestController(CampaignService campaigns, Claims claims, Lottery lottery, Redemptions redemptions,
			CouponCodes codes, ApiProblemHandler problems, Clock clock) {
		this.lottery = lottery;
		this.problems = problems;
		this.campaigns = campaigns;
		this.claims = claims;
		this.redemptions = redemptions;
		this.codes = codes;
		this.clock = clock;
	}

	@GetMapping("/coupon-campaigns")
	@Operation(summary = "The campaigns the caller sees: an admin's reach, a member's unions, a clerk's outlets")
	List<Campaign> list() {
		return campaigns.campaigns(Actors.require()).stream().map(CampaignRestController::hidden).toList();
	}

	@PostMapping("/coupon-campaigns")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Make a draft campaign of a union within reach")
	ResponseEntity<Campaign> create(@Valid @RequestBody CampaignDrafts.CampaignDraft draft) {
		Actor actor = Actors.require();
		long id = campaigns.create(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/coupon-campaigns/" + id))
			.body(hidden(campaigns.campaign(actor, id)));
	}

	@GetMapping("/coupon-campaigns/{id}")
	@Operation(summary = "A campaign")
	Campaign campaign(@PathVariable long id) {
		return hidden(campaigns.campaign(Actors.require(), id));
	}

	@GetMapping("/coupon-campaigns/{id}/outlets")
	@Operation(summary = "The merchants and outlets that accept a campaign's coupons")
	List<Merchant> outlets(@PathVariable long id) {
		return campaigns.accepting(Actors.require(), id);
	}

	@PostMapping("/coupon-campaigns/{id}/publish")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Publish a draft: its stock is laid down; a draw's seed is fixed and its hash shown")
	Campaign publish(@PathVariable long id) {
		Actor actor = Actors.require();
		campaigns.publish(actor, id);
		return hidden(campaigns.campaign(actor, id));
	}

	@PostMapping("/coupon-campaigns/{id}/cancel")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Cancel a draft, or a campaign nobody has claimed from")
	Campaign cancel(@PathVariable long id) {
		Actor actor = Actors.require();
		campaigns.cancel(actor, id);
		return hidden(campaigns.campaign(actor, id));
	}

	@PostMapping("/coupon-campaigns/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close a campaign for settlement once its coupons have expired")
	Campaign close(@PathVariable long id) {
		Actor actor = Actors.require();
		campaigns.close(actor, id);
		return hidden(campaigns.campaign(actor, id));
	}

	@GetMapping("/coupon-campaigns/{id}/stats")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Issued, claimed, used, unclaimed and expired; owed per merchant; per day")
	StatsStore.Stats stats(@PathVariable long id) {
		return campaigns.stats(Actors.require(), id);
	}

	@GetMapping("/coupon-campaigns/{id}/lottery")
	@Operation(summary = "A lottery campaign's draw: window, entries, the seed's hash (the seed once drawn), "
			+ "winners, the caller's entry")
	Lottery.Draw lottery(@PathVariable long id) {
		return lottery.draw(Actors.require(), id);
	}

	@PostMapping("/coupon-campaigns/{id}/lottery")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "A member registers for a lottery campaign's draw, once")
	ResponseEntity<Lottery.Mine> register(@PathVariable long id) {
		Lottery.Registration registration = lottery.register(Actors.require(), id);
		return registration.already() ? ResponseEntity.ok(registration.entry())
				: ResponseEntity.created(URI.create("/api/v1/coupon-campaigns/" + id + "/lottery"))
					.body(registration.entry());
	}

	@GetMapping("/coupon-campaigns/{id}/lottery/entries")
	@Operation(summary = "The draw's entries after a number, each with its ticket and outcome once drawn")
	List<Lottery.Line> lotteryEntries(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "1000") int limit) {
		return lottery.lines(Actors.require(), id, after, limit);
	}

	@PostMapping("/coupon-campaigns/{id}/lottery/draw")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Draw, once, after registration has closed: the seed is revealed, the lowest tickets win")
	Lottery.Draw drawLottery(@PathVariable long id) {
		return lottery.drawNow(Actors.require(), id);
	}

	@PostMapping("/coupon-campaigns/{id}/claims")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "A member claims a coupon; the same Idempotency-Key gives the same coupon again")
	ResponseEntity<?> claim(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
			HttpServletRequest request) {
		Claims.Outcome outcome = claims.attempt(Actors.require(), id, checkedKey(key));
		if (outcome.refused() != null) {
			// A crowd meets these by the thousand: answered here, without an exception to
			// build and resolve
			ProblemDetail problem = problems.ruleProblem(HttpStatus.CONFLICT, null, outcome.refused().code(),
					outcome.refused().args());
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Claims.Claimed claimed = outcome.claimed();
		CouponView view = CouponView.of(claimed.coupon(), codes.payload(claimed.coupon().code()), Zones.today(clock));
		if (claimed.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/me/coupons/" + claimed.coupon().code()))
			.body(view);
	}

	@GetMapping("/me/coupons")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "The caller's coupons, the latest first, each with its QR payload")
	List<CouponView> myCoupons() {
		return campaigns.myCoupons(Actors.require())
			.stream()
			.map(c -> CouponView.of(c, codes.payload(c.code()), Zones.today(clock)))
			.toList();
	}

	@GetMapping("/me/coupons/{code}")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "One of the caller's coupons")
	CouponView myCoupon(@PathVariable String code) {
		Coupon coupon = campaigns.myCoupon(Actors.require(), code);
		return CouponView.of(coupon, codes.payload(coupon.code()), Zones.today(clock));
	}

	@PostMapping("/coupons/{code}/redeem")
	@PreAuthorize("hasRole('MERCHANT_CLERK')")
	@Operation(summary = "Merchant staff redeem a coupon by its code or scanned QR at one of their outlets, once")
	ResponseEntity<CouponView> redeem(@PathVariable String code, @Valid @RequestBody CampaignDrafts.Redemption body,
			@RequestHeader(name = KEY, required = false) String key) {
		String read = codes.read(code).orElseThrow(() -> new NotFoundException("coupon", code));
		Redemptions.Redeemed redeemed = redemptions.redeem(Actors.require(), read, body,
				key == null ? null : checkedKey(key));
		CouponView view = CouponView.of(redeemed.coupon(), null, Zones.today(clock));
		return redeemed.replayed() ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping("/me/redemptions")
	@PreAuthorize("hasRole('MERCHANT_CLERK')")
	@Operation(summary = "The coupons redeemed at the caller's merchant today")
	List<CouponView> today() {
		return redemptions.today(Actors.require())
			.stream()
			.map(c -> CouponView.of(c, null, Zones.today(clock)))
			.toList();
	}

	/** A campaign without its draw's seed until the draw has been made. */
	static Campaign hidden(Campaign c) {
		if (c.drawnAt() != null || c.seed() == null) {
			return c;
		}
		return new Campaign(c.id(), c.orgId(), c.orgName(), c.title(), c.kind(), c.faceValue(), c.discountPercent(),
				c.maxDiscount(), c.threshold(), c.stock(), c.perMember(), c.employmentTypes(), c.requiredTag(),
				c.allocation(), c.claimOpensAt(), c.claimClosesAt(), c.validFrom(), c.validTo(), c.payer(), c.status(),
				c.publishedAt(), c.closedAt(), c.seedHash(), null, c.drawnAt(), c.createdBy());
	}

	/** A client's key: 8 to 64 letters, digits, dashes or underscores. */
	static String checkedKey(String key) {
		if (key == null || !KEY_SHAPE.matcher(key).matches()) {
			throw BusinessRuleException.invalid(KEY, "benefit.claim.key");
		}
		return key;
	}

}
