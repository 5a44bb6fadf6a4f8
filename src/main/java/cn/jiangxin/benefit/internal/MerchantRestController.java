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

/** Partner merchants over JSON: joining the plan, outlets, staff accounts, leaving. */
@RestController
@RequestMapping("/api/v1/merchants")
@PreAuthorize("isAuthenticated()")
@Tag(name = "merchants", description = "合作商户 · partner merchants of a union's 关爱职工伙伴计划")
class MerchantRestController {

	private final MerchantService merchants;

	MerchantRestController(MerchantService merchants) {
		this.merchants = merchants;
	}

	@GetMapping
	@Operation(summary = "The merchants of the plans in reach (a clerk: their own)")
	List<Merchant> list() {
		return merchants.merchants(Actors.require());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "A merchant joins the partner plan of a union within reach")
	ResponseEntity<Merchant> join(@Valid @RequestBody MerchantDrafts.MerchantDraft draft) {
		Actor actor = Actors.require();
		long id = merchants.join(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/merchants/" + id)).body(merchants.merchant(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A merchant with its outlets")
	Merchant merchant(@PathVariable long id) {
		return merchants.merchant(Actors.require(), id);
	}

	@GetMapping("/{id}/outlets")
	@Operation(summary = "A merchant's outlets")
	List<Merchant.Outlet> outlets(@PathVariable long id) {
		return merchants.merchant(Actors.require(), id).outlets();
	}

	@PostMapping("/{id}/outlets")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add an outlet, with its position when known")
	ResponseEntity<List<Merchant.Outlet>> addOutlet(@PathVariable long id,
			@Valid @RequestBody MerchantDrafts.OutletDraft draft) {
		Actor actor = Actors.require();
		merchants.addOutlet(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/merchants/" + id + "/outlets"))
			.body(merchants.merchant(actor, id).outlets());
	}

	@GetMapping("/{id}/staff")
	@Operation(summary = "A merchant's staff accounts")
	List<Merchant.Staff> staff(@PathVariable long id) {
		return merchants.staff(Actors.require(), id);
	}

	@PostMapping("/{id}/staff")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Open a staff account (商户店员) that sees only this merchant")
	ResponseEntity<List<Merchant.Staff>> addStaff(@PathVariable long id,
			@Valid @RequestBody MerchantDrafts.StaffDraft draft) {
		Actor actor = Actors.require();
		merchants.addStaff(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/merchants/" + id + "/staff"))
			.body(merchants.staff(actor, id));
	}

	@PostMapping("/{id}/leave")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The merchant leaves the plan; its history stays")
	Merchant leave(@PathVariable long id) {
		Actor actor = Actors.require();
		merchants.leave(actor, id);
		return merchants.merchant(actor, id);
	}

}
