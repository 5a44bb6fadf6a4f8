package cn.jiangxin.member.internal.transfer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Transfer pages for admins: requests coming in (to approve or reject) and going out (to
 * follow or cancel).
 */
@Controller
@RequestMapping("/transfers")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class TransferController {

	private final TransferService service;

	private final TransferQueries queries;

	private final OrgApi orgs;

	TransferController(TransferService service, TransferQueries queries, OrgApi orgs) {
		this.service = service;
		this.queries = queries;
		this.orgs = orgs;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "true") boolean incoming, Model model) {
		Actor actor = Actors.require();
		model.addAttribute("incoming", incoming);
		model.addAttribute("transfers", queries.forAdmin(actor, incoming, false, 100));
		return "member/transfers";
	}

	/** Unions anywhere a member may move to, by name, for the picker. */
	@GetMapping("/targets")
	String targets(@RequestParam(name = "pickerQ", required = false) String q,
			@RequestParam(defaultValue = "toOrgId") String field, Model model) {
		model.addAttribute("field", field);
		model.addAttribute("choices", orgs.findOpenByName(q, 10));
		return "org/picker :: choices";
	}

	@PostMapping("/new")
	String request(@RequestParam long memberId, @RequestParam(required = false) Long toOrgId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "transfer.requested", "redirect:/members/" + memberId,
				() -> service.request(Actors.require(), memberId, toOrgId, reason));
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		return decided(redirect, () -> service.approve(Actors.require(), id), "transfer.approved");
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decided(redirect, () -> service.reject(Actors.require(), id, note), "transfer.rejected");
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		service.cancel(Actors.require(), id);
		redirect.addFlashAttribute("success", "transfer.cancelled");
		return "redirect:/transfers?incoming=false";
	}

	private static String decided(RedirectAttributes redirect, Runnable decision, String message) {
		return FormErrors.act(redirect, message, "redirect:/transfers", decision);
	}

}
