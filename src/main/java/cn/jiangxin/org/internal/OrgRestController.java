package cn.jiangxin.org.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.org.internal.OrgQueries.OrgSearch;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The union tree over JSON: read, list, create and change unions within the caller's
 * reach.
 */
@RestController
@RequestMapping("/api/v1/orgs")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "orgs", description = "工会组织树 · the union tree")
class OrgRestController {

	private final OrgService service;

	private final OrgQueries queries;

	private final OrgApi api;

	private final OrgScope scope;

	OrgRestController(OrgService service, OrgQueries queries, OrgApi api, OrgScope scope) {
		this.service = service;
		this.queries = queries;
		this.api = api;
		this.scope = scope;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One union, with its path from the root")
	OrgDetail get(@PathVariable long id) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		return new OrgDetail(org, api.path(id));
	}

	@GetMapping
	@Operation(summary = "Unions in reach: the children of a parent, or the subtree of an org, filtered by name")
	PageResult<OrgView> list(
			@Parameter(description = "only the direct children of this union") @RequestParam(
					required = false) Long parent,
			@Parameter(description = "only unions in the subtree of this union") @RequestParam(
					required = false) Long within,
			@Parameter(description = "a fragment of the name or short name") @RequestParam(required = false) String q,
			@RequestParam(required = false) OrgStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor actor = Actors.require();
		PageQuery pageQuery = PageQuery.of(page, size);
		if (parent != null) {
			api.get(parent);
			scope.require(actor, parent);
		}
		if (within != null) {
			api.get(within);
			scope.require(actor, within);
		}
		return queries.search(scope.filter(actor, "o.id"), new OrgSearch(parent, within, false, q, status), pageQuery);
	}

	@PostMapping
	@Operation(summary = "Create a union under a parent in reach")
	ResponseEntity<OrgDetail> create(@Valid @RequestBody OrgDraft form) {
		long id = service.create(Actors.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/orgs/" + id)).body(new OrgDetail(api.get(id), api.path(id)));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename or edit a union, move it (parentId), close or reopen it (status)")
	OrgDetail patch(@PathVariable long id, @Valid @RequestBody OrgPatch patch) {
		Actor actor = Actors.require();
		api.get(id);
		scope.require(actor, id);
		service.patch(actor, id, patch);
		return new OrgDetail(api.get(id), api.path(id));
	}

	/** A union with its path from the root, for the API. */
	record OrgDetail(@JsonUnwrapped OrgView org, List<OrgRef> path) {
	}

}
