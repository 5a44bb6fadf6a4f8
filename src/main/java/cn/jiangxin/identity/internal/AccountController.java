package cn.jiangxin.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Account pages for admins: list within scope, create, edit, reset a password, unlock.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AccountController {

	private final AccountService service;

	private final AccountQueries queries;

	private final OrgDirectory orgNames;

	AccountController(AccountService service, AccountQueries queries, OrgDirectory orgNames) {
		this.service = service;
		this.queries = queries;
		this.orgNames = orgNames;
	}

	@ModelAttribute("grantableRoles")
	Set<Role> grantableRoles() {
		Actor actor = Actors.require();
		return actor.isSystemAdmin() ? EnumSet.complementOf(EnumSet.of(Role.MEMBER))
				: AccountService.GRANTABLE_BY_UNION_ADMIN;
	}

	@ModelAttribute("grantablePermissions")
	Set<Permission> grantablePermissions() {
		Actor actor = Actors.require();
		return actor.isSystemAdmin() ? EnumSet.allOf(Permission.class) : actor.permissions();
	}

	@GetMapping
	String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		Actor actor = Actors.require();
		if (org != null) {
			service.requireOrgInReach(actor, org);
			model.addAttribute("orgName", orgNames.names(Set.of(org)).get(org));
		}
		model.addAttribute("accounts", queries.search(actor, org, role, q, PageQuery.of(page, 20)));
		model.addAttribute("org", org);
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		model.addAttribute("roles", Role.values());
		return "identity/accounts";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long org, Model model) {
		Actor actor = Actors.require();
		if (org != null) {
			service.requireOrgInReach(actor, org);
			model.addAttribute("orgName", orgNames.names(Set.of(org)).get(org));
		}
		model.addAttribute("accountForm",
				new AccountForm(null, null, org, Set.of(Role.UNION_ADMIN), Set.of(), true, null, null));
		return "identity/account-form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute AccountForm accountForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		addOrgName(accountForm.orgId(), model);
		return FormErrors.submit(result, "identity/account-form", () -> {
			long id = service.create(Actors.require(), accountForm);
			redirect.addFlashAttribute("success", "account.created");
			return "redirect:/accounts/" + id;
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = visible(id);
		model.addAttribute("account", account);
		model.addAttribute("accountForm", new AccountForm(account.username(), account.displayName(), account.orgId(),
				account.roles(), account.permissions(), account.enabled(), null, account.version()));
		addOrgName(account.orgId(), model);
		return "identity/account";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute AccountForm accountForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView account = visible(id);
		model.addAttribute("account", account);
		addOrgName(accountForm.orgId(), model);
		return FormErrors.submit(result, "identity/account", () -> {
			service.update(Actors.require(), id, accountForm);
			redirect.addFlashAttribute("success", "account.updated");
			return "redirect:/accounts/" + id;
		});
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "account.passwordReset", "redirect:/accounts/" + id,
				() -> service.resetPassword(Actors.require(), id, password));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		service.unlock(Actors.require(), id);
		redirect.addFlashAttribute("success", "account.unlocked");
		return "redirect:/accounts/" + id;
	}

	private AccountView visible(long id) {
		service.manageable(Actors.require(), id);
		return queries.find(id).orElseThrow(() -> new NotFoundException(AccountService.ENTITY, id));
	}

	private void addOrgName(Long orgId, Model model) {
		if (orgId != null) {
			model.addAttribute("orgName", orgNames.names(Set.of(orgId)).get(orgId));
		}
	}

}
