package cn.jiangxin.honor.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.honor.HonorView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The honour registry over JSON: an admin's subtree or a member's own titles, and
 * conferral by decision.
 */
@RestController
@RequestMapping("/api/v1/honors")
@Tag(name = "honors", description = "荣誉 · titles and honours")
class HonorRestController {

	private final HonorFacade service;

	private final HonorStore store;

	private final OrgScope scope;

	HonorRestController(HonorFacade service, HonorStore store, OrgScope scope) {
		this.service = service;
		this.store = store;
		this.scope = scope;
	}

	@GetMapping
	@Operation(summary = "Titles: an admin's subtree by kind and title; a member's own")
	List<HonorView> list(@RequestParam(required = false) HolderKind kind, @RequestParam(required = false) String q) {
		Actor actor = Actors.require();
		if (actor.administers()) {
			return store.search(scope.filter(actor, "org_id"), kind, q, 500);
		}
		return actor.memberId() == null ? List.of() : store.ofMember(actor.memberId());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Confer a title by decision (文号), on a member by card number or a team or unit by name")
	ResponseEntity<HonorView> confer(@Valid @RequestBody HonorDraft draft) {
		long id = service.confer(Actors.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/honors/" + id)).body(store.find(id).orElseThrow());
	}

}
