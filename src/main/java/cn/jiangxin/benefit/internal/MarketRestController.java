package cn.jiangxin.benefit.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * Markets over JSON: planning one, its stalls, the coupons only its visitors claim, the
 * visits (a member's check-in, the walk-ins counted at the gate), closing it, its report.
 */
@RestController
@RequestMapping("/api/v1/markets")
@PreAuthorize("isAuthenticated()")
@Tag(name = "markets", description = "线下市集 · markets, stalls, visits and their report")
class MarketRestController {

	private final MarketService markets;

	private final CampaignService campaigns;

	MarketRestController(MarketService markets, CampaignService campaigns) {
		this.markets = markets;
		this.campaigns = campaigns;
	}

	@GetMapping
	@Operation(summary = "The markets the caller sees: an admin's reach, a member's coming ones, a clerk's stalls")
	List<Market> list() {
		return markets.markets(Actors.require());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Plan a market of a union within reach")
	ResponseEntity<Market> create(@Valid @RequestBody MarketDrafts.MarketDraft draft) {
		Actor actor = Actors.require();
		long id = markets.create(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/markets/" + id)).body(markets.market(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A market with its stalls")
	Market market(@PathVariable long id) {
		return markets.market(Actors.require(), id);
	}

	@GetMapping("/{id}/stalls")
	@Operation(summary = "A market's stalls by row and number")
	List<Market.Stall> stalls(@PathVariable long id) {
		return markets.market(Actors.require(), id).stalls();
	}

	@PostMapping("/{id}/stalls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Give a stall to a merchant of a plan within the market's union")
	ResponseEntity<List<Market.Stall>> addStall(@PathVariable long id,
			@Valid @RequestBody MarketDrafts.StallDraft draft) {
		Actor actor = Actors.require();
		markets.addStall(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/markets/" + id + "/stalls"))
			.body(markets.market(actor, id).stalls());
	}

	@GetMapping("/{id}/coupons")
	@Operation(summary = "The coupon campaigns only the market's visitors claim")
	List<Campaign> coupons(@PathVariable long id) {
		return markets.coupons(Actors.require(), id).stream().map(CampaignRestController::hidden).toList();
	}

	@PostMapping("/{id}/coupons")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Make a draft campaign only the market's visitors claim, at its stalls, within its days")
	ResponseEntity<Campaign> addCoupon(@PathVariable long id, @Valid @RequestBody CampaignDrafts.CampaignDraft draft) {
		Actor actor = Actors.require();
		long campaignId = markets.addCoupon(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/coupon-campaigns/" + campaignId))
			.body(CampaignRestController.hidden(campaigns.campaign(actor, campaignId)));
	}

	@GetMapping("/{id}/visits")
	@Operation(summary = "The market's visitors: members checked in, walk-ins counted, in all")
	MarketStore.Visitors visits(@PathVariable long id) {
		return markets.visitors(Actors.require(), id);
	}

	@PostMapping("/{id}/visits")
	@Operation(summary = "A member checks in with the entrance's code (once), or an admin records walk-ins")
	ResponseEntity<MarketStore.Visitors> visit(@PathVariable long id,
			@Valid @RequestBody MarketDrafts.VisitDraft draft) {
		Actor actor = Actors.require();
		if (actor.memberId() != null) {
			boolean first = markets.checkIn(actor, id, draft.token());
			MarketStore.Visitors visitors = markets.visitors(actor, id);
			return first ? ResponseEntity.status(201).body(visitors) : ResponseEntity.ok(visitors);
		}
		if (draft.people() == null) {
			throw BusinessRuleException.invalid("people", "benefit.market.peopleNeeded");
		}
		markets.walkIns(actor, id, draft.people());
		return ResponseEntity.status(201).body(markets.visitors(actor, id));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close a market after its last day: its report is final")
	Market close(@PathVariable long id) {
		Actor actor = Actors.require();
		markets.close(actor, id);
		return markets.market(actor, id);
	}

	@GetMapping("/{id}/report")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "A market's report: merchants, stalls, coupons claimed and used, visitors")
	MarketService.Report report(@PathVariable long id) {
		return markets.report(Actors.require(), id);
	}

}
