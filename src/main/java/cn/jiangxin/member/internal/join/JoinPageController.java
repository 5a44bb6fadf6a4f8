package cn.jiangxin.member.internal.join;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.MemberQueries;
import cn.jiangxin.member.internal.PersonChoices;
import cn.jiangxin.member.internal.PersonRules;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.web.RateLimits;

/**
 * The public join pages a worker opens from a union's QR code, or from the district
 * chooser when they name no union; and the page where an applicant checks their
 * application with ID number and phone.
 */
@Controller
class JoinPageController {

	private final JoinService joins;

	private final JoinQueries queries;

	private final OrgApi orgs;

	private final RateLimits limits;

	private final MemberQueries members;

	JoinPageController(JoinService joins, JoinQueries queries, OrgApi orgs, RateLimits limits, MemberQueries members) {
		this.joins = joins;
		this.queries = queries;
		this.orgs = orgs;
		this.limits = limits;
		this.members = members;
	}

	@ModelAttribute
	void choices(Model model) {
		PersonChoices.addTo(model);
	}

	@GetMapping("/join")
	String chooseDistrict(Model model) {
		model.addAttribute("districts", orgs.activeAtLevel(OrgLevel.DISTRICT));
		return "join/choose";
	}

	@GetMapping("/join/{orgId}")
	String form(@PathVariable long orgId, Model model) {
		model.addAttribute("org", joinable(orgId));
		model.addAttribute("joinForm", JoinForm.blank(orgId));
		return "join/form";
	}

	@PostMapping("/join/{orgId}")
	String apply(@PathVariable long orgId, @Valid @ModelAttribute JoinForm joinForm, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		model.addAttribute("org", joinable(orgId));
		if (result.hasErrors()) {
			PersonRules.addTo(result, joinForm.person(), true);
			return "join/form";
		}
		limits.take("join", request.getRemoteAddr());
		try {
			long id = joins.apply(withOrg(joinForm, orgId), request.getRemoteAddr());
			redirect.addFlashAttribute("applicationNo", id);
			redirect.addFlashAttribute("orgName", orgs.get(orgId).name());
			return "redirect:/join/submitted";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return "join/form";
		}
	}

	@GetMapping("/join/submitted")
	String submitted() {
		return "join/submitted";
	}

	@GetMapping("/join/status")
	String statusForm(Model model) {
		model.addAttribute("statusForm", new StatusForm(IdType.RESIDENT_ID, null, null));
		return "join/status";
	}

	@PostMapping("/join/status")
	String status(@Valid @ModelAttribute StatusForm statusForm, BindingResult result, Model model,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return "join/status";
		}
		limits.take("join-status", request.getRemoteAddr());
		List<JoinApplicationView> found = queries.byApplicant(statusForm.idType(), statusForm.idNumber(),
				statusForm.phone());
		model.addAttribute("applications", found);
		model.addAttribute("cards", cardNumbers(found));
		model.addAttribute("searched", true);
		return "join/status";
	}

	/**
	 * The card numbers of approved applications: the applicant proved who they are with
	 * ID and phone.
	 */
	private Map<Long, String> cardNumbers(List<JoinApplicationView> applications) {
		Map<Long, String> cards = new HashMap<>();
		for (JoinApplicationView application : applications) {
			if (application.memberId() != null) {
				members.find(application.memberId()).ifPresent(member -> cards.put(application.id(), member.cardNo()));
			}
		}
		return cards;
	}

	private OrgView joinable(long orgId) {
		OrgView org = orgs.get(orgId);
		if (!org.active() || org.level() == OrgLevel.CITY || org.level() == OrgLevel.INDUSTRY) {
			throw BusinessRuleException.invalid("orgId", "join.org.unknown");
		}
		return org;
	}

	private static JoinForm withOrg(JoinForm form, long orgId) {
		return new JoinForm(orgId, form.name(), form.gender(), form.idType(), form.idNumber(), form.birthDate(),
				form.phone(), form.email(), form.education(), form.employmentType(), form.employerName(),
				form.consent());
	}

	/** An applicant's ID number and phone, together the key to their applications. */
	record StatusForm(@NotNull IdType idType, @NotBlank String idNumber, @NotBlank String phone) {
	}

}
