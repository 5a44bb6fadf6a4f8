package cn.jiangxin.honor.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.honor.HonorView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The honour registry (荣誉登记): an admin sees the titles of their subtree by kind and title
 * and confers titles by decision; a member sees their own.
 */
@Controller
class HonorController {

	private final HonorFacade service;

	private final HonorStore store;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final Clock clock;

	HonorController(HonorFacade service, HonorStore store, OrgScope scope, OrgDirectory orgNames, Clock clock) {
		this.clock = clock;
		this.orgNames = orgNames;
		this.service = service;
		this.store = store;
		this.scope = scope;
	}

	@GetMapping("/honors")
	String registry(@RequestParam(required = false) HolderKind kind, @RequestParam(required = false) String q,
			Model model) {
		Actor actor = Actors.require();
		List<HonorView> honors;
		if (actor.administers()) {
			OrgScope.SqlFilter filter = scope.filter(actor, "org_id");
			honors = store.search(filter, kind, q, 500);
			model.addAttribute("counts", store.titleCounts(filter));
		}
		else {
			honors = actor.memberId() == null ? List.of() : store.ofMember(actor.memberId());
			model.addAttribute("counts", Map.of());
		}
		model.addAttribute("honors", honors);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("kinds", HolderKind.values());
		if (!model.containsAttribute("honor")) {
			model.addAttribute("honor",
					new HonorDraft(null, HolderKind.MEMBER, null, null, actor.orgId(), null, LocalDate.now(clock)));
		}
		Object form = model.getAttribute("honor");
		Long orgId = form instanceof HonorDraft draft ? draft.orgId() : null;
		model.addAttribute("honorOrgName", orgId == null ? null : orgNames.names(List.of(orgId)).get(orgId));
		return "honor/registry";
	}

	@PostMapping("/honors")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String confer(@Valid @ModelAttribute("honor") HonorDraft honor, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, registry(null, null, model), () -> {
			service.confer(Actors.require(), honor);
			redirect.addFlashAttribute("success", "honor.conferred");
			return "redirect:/honors";
		});
	}

}
