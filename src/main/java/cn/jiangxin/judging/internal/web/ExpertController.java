package cn.jiangxin.judging.internal.web;

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

import cn.jiangxin.judging.internal.experts.ExpertPool;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The expert pool (评审专家库) of an admin's subtree: find experts, and add one with a judge
 * account.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class ExpertController {

	private final ExpertPool pool;

	private final ExpertStore experts;

	private final OrgScope scope;

	private final OrgApi orgs;

	ExpertController(ExpertPool pool, ExpertStore experts, OrgScope scope, OrgApi orgs) {
		this.pool = pool;
		this.experts = experts;
		this.scope = scope;
		this.orgs = orgs;
	}

	@GetMapping("/manage/experts")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("form", ExpertForm.empty());
		return show(q, model);
	}

	@PostMapping("/manage/experts")
	String add(@Valid @ModelAttribute("form") ExpertForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		if (form.orgId() != null && !orgs.find(form.orgId()).isPresent()) {
			result.rejectValue("orgId", "judging.expert.orgUnknown");
		}
		return FormErrors.submit(result, show(null, model), () -> {
			pool.addExpert(actor, form.toDraft());
			redirect.addFlashAttribute("success", "judging.expert.added");
			return "redirect:/manage/experts";
		});
	}

	private String show(String q, Model model) {
		Actor actor = Actors.require();
		if (!actor.administers()) {
			throw new OutOfScopeException("expert pool");
		}
		model.addAttribute("q", q);
		Object form = model.getAttribute("form");
		Long orgId = form instanceof ExpertForm f ? f.orgId() : null;
		model.addAttribute("orgName", orgId == null ? null : orgs.find(orgId).map(o -> o.name()).orElse(null));
		model.addAttribute("experts", experts.pool(scope.filter(actor, "e.pool_org_id"), q, 500));
		return "judging/experts";
	}

}
