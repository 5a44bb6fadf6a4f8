package cn.jiangxin.benefit.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Online offers over JSON: putting one up, withdrawing it, and the offers near a member.
 */
@RestController
@RequestMapping("/api/v1/offers")
@PreAuthorize("isAuthenticated()")
@Tag(name = "offers", description = "优惠活动 · partner merchants' offers for card holders")
class OfferRestController {

	private final OfferService offers;

	OfferRestController(OfferService offers) {
		this.offers = offers;
	}

	@GetMapping
	@Operation(summary = "The offers the caller sees; a member's live ones, nearest first from lat/lng when given")
	List<Offer> list(@RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") Double lat,
			@RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") Double lng) {
		Actor actor = Actors.require();
		return actor.memberId() != null && !actor.administers() ? offers.forMember(actor, lat, lng)
				: offers.offers(actor);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Put up an offer of a merchant the caller manages")
	ResponseEntity<Offer> create(@Valid @RequestBody OfferDraft draft) {
		Actor actor = Actors.require();
		long id = offers.create(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + id)).body(offers.offer(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An offer")
	Offer offer(@PathVariable long id) {
		return offers.offer(Actors.require(), id);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Withdraw an offer; it stays on record")
	Offer withdraw(@PathVariable long id) {
		Actor actor = Actors.require();
		offers.withdraw(actor, id);
		return offers.offer(actor, id);
	}

}
