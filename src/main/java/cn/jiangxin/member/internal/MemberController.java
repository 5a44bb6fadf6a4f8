package cn.jiangxin.member.internal;

import java.time.Clock;
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

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.transfer.TransferQueries;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Member pages for admins: search within reach, enter, edit, change status, reveal one
 * value (audited).
 */
@Controller
@RequestMapping("/members")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class MemberController {

	private static final int PAGE_SIZE = 30;

	private final MemberService service;

	private final MemberQueries queries;

	private final TransferQueries transfers;

	private final OrgDirectory orgNames;

	private final PersonRecords records;

	private final Clock clock;

	MemberController(MemberService service, MemberQueries queries, TransferQueries transfers, OrgDirectory orgNames,
			PersonRecords records, Clock clock) {
		this.clock = clock;
		this.records = records;
		this.service = service;
		this.queries = queries;
		this.transfers = transfers;
		this.orgNames = orgNames;
	}

	@ModelAttribute
	void choices(Model model) {
		PersonChoices.addTo(model);
		model.addAttribute("statuses", MemberStatus.values());
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String cardNo,
			@RequestParam(required = false) Long org, @RequestParam(required = false) MemberStatus status,
			@RequestParam(required = false) EmploymentType employmentType, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Long after, Model model) {
		Actor actor = Actors.require();
		MemberSearch search = new MemberSearch(q, idNumber, phone, cardNo, org, status, employmentType, tag);
		model.addAttribute("search", search);
		if (org != null) {
			model.addAttribute("orgName", orgNames.names(Set.of(org)).get(org));
		}
		try {
			model.addAttribute("page", queries.search(actor, search, after, PAGE_SIZE));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("searchError", ex.code());
		}
		return "member/list";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long org, Model model) {
		Actor actor = Actors.require();
		Long orgId = org != null ? org : actor.orgId();
		if (orgId != null) {
			service.requireOpenOrg(actor, orgId);
			model.addAttribute("orgName", orgNames.names(Set.of(orgId)).get(orgId));
		}
		model.addAttribute("memberForm", MemberForm.blank(orgId, Zones.today(clock)));
		return "member/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute MemberForm memberForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		addOrgName(memberForm.orgId(), model);
		if (result.hasErrors()) {
			PersonRules.addTo(result, memberForm.person(), false);
			return "member/form";
		}
		try {
			long id = service.register(Actors.require(), memberForm.orgId(), memberForm.person(), memberForm.joinDate(),
					memberForm.tags());
			redirect.addFlashAttribute("success", "member.created");
			return "redirect:/members/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return "member/form";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		MemberView member = visible(id);
		model.addAttribute("member", member);
		model.addAttribute("history", queries.history(id));
		model.addAttribute("transfers", transfers.ofMember(id));
		model.addAttribute("mayReveal", Actors.require().may(Permission.REVEAL_PERSONAL_DATA));
		model.addAttribute("record", records.of(id));
		model.addAttribute("distinctions", records.distinctions(id));
		return "member/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		MemberView member = visible(id);
		model.addAttribute("member", member);
		model.addAttribute("orgName", member.orgName());
		model.addAttribute("memberForm",
				new MemberForm(member.orgId(), member.name(), member.gender(), member.idType(), null,
						member.birthDate(), null, member.email(), member.education(), member.employmentType(),
						member.employerName(), member.joinDate(), String.join(",", member.tags()), member.version()));
		return "member/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute MemberForm memberForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MemberView member = visible(id);
		model.addAttribute("member", member);
		model.addAttribute("orgName", member.orgName());
		try {
			service.update(Actors.require(), id, memberForm.orgId(), memberForm.person(), memberForm.tags(),
					memberForm.version());
			redirect.addFlashAttribute("success", "member.updated");
			return "redirect:/members/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return "member/form";
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam MemberStatus status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			service.changeStatus(Actors.require(), id, status, note);
			redirect.addFlashAttribute("success", "member.statusChanged");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam String field, Model model) {
		model.addAttribute("value", service.reveal(Actors.require(), id, field));
		return "member/show :: revealed";
	}

	private MemberView visible(long id) {
		service.inReach(Actors.require(), id);
		return queries.find(id).orElseThrow(() -> new NotFoundException(MemberService.ENTITY, id));
	}

	private void addOrgName(Long orgId, Model model) {
		if (orgId != null) {
			model.addAttribute("orgName", orgNames.names(Set.of(orgId)).get(orgId));
		}
	}

}
