package cn.jiangxin.member.internal.join;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;

/**
 * The admin's queue of join applications: see, approve, reject with a reason; overdue
 * ones flagged.
 */
@Controller
@RequestMapping("/join-applications")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class JoinQueueController {

	private final JoinService joins;

	private final JoinQueries queries;

	private final OrgScope scope;

	JoinQueueController(JoinService joins, JoinQueries queries, OrgScope scope) {
		this.joins = joins;
		this.queries = queries;
		this.scope = scope;
	}

	@GetMapping
	String queue(@RequestParam(required = false) JoinStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long before,
			Model model) {
		Actor actor = Actors.require();
		JoinStatus shown = status == null && !overdue ? JoinStatus.PENDING : status;
		model.addAttribute("page", queries.queue(actor, shown, overdue, before, 30));
		model.addAttribute("status", shown);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", JoinStatus.values());
		model.addAttribute("flaggedToMe", queries.overdueFlaggedTo(actor));
		return "member/join-queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		JoinApplicationView application = visible(id);
		model.addAttribute("joinApplication", application);
		return "member/join-application";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long memberId = joins.approve(Actors.require(), id);
			redirect.addFlashAttribute("success", "join.approved");
			return "redirect:/members/" + memberId;
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/join-applications/" + id;
		}
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			joins.reject(Actors.require(), id, reason);
			redirect.addFlashAttribute("success", "join.rejected");
			return "redirect:/join-applications";
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/join-applications/" + id;
		}
	}

	private JoinApplicationView visible(long id) {
		JoinApplicationView application = queries.find(id)
			.orElseThrow(() -> new NotFoundException(JoinService.ENTITY, id));
		scope.require(Actors.require(), application.orgId());
		return application;
	}

}
