package cn.jiangxin.identity.internal;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import cn.jiangxin.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accounts over JSON for admins, within their reach. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "accounts", description = "账号 · accounts")
class AccountRestController {

	private final AccountService service;

	private final AccountQueries queries;

	AccountRestController(AccountService service, AccountQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Accounts the caller manages, optionally under an org, with a role, matching a text")
	PageResult<AccountView> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor actor = Actors.require();
		PageQuery pageQuery = PageQuery.of(page, size);
		if (org != null) {
			service.requireOrgInReach(actor, org);
		}
		return queries.search(actor, org, role, q, pageQuery);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	AccountView get(@PathVariable long id) {
		service.manageable(Actors.require(), id);
		return queries.find(id).orElseThrow(() -> new NotFoundException(AccountService.ENTITY, id));
	}

	@PostMapping
	@Operation(summary = "Create an account in an org within reach")
	ResponseEntity<AccountView> create(@Valid @RequestBody AccountForm form) {
		long id = service.create(Actors.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(queries.find(id).orElseThrow());
	}

}
