package cn.jiangxin.member.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.transfer.TransferQueries;
import cn.jiangxin.member.internal.transfer.TransferService;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.QrCodes;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.web.RateLimits;

/**
 * A member's own pages: activation (public), then the electronic member card with its QR
 * code, the join and transfer history, contact details, and asking to transfer.
 */
@Controller
class MemberSelfController {

	private final MemberSelfService self;

	private final MemberQueries queries;

	private final TransferQueries transfers;

	private final TransferService transferService;

	private final MemberCards cards;

	private final QrCodes qr;

	private final OrgApi orgs;

	private final RateLimits limits;

	private final PersonRecords records;

	MemberSelfController(MemberSelfService self, MemberQueries queries, TransferQueries transfers,
			TransferService transferService, MemberCards cards, QrCodes qr, OrgApi orgs, RateLimits limits,
			PersonRecords records) {
		this.records = records;
		this.self = self;
		this.queries = queries;
		this.transfers = transfers;
		this.transferService = transferService;
		this.cards = cards;
		this.qr = qr;
		this.orgs = orgs;
		this.limits = limits;
	}

	@GetMapping("/member/activate")
	String activateForm(Model model) {
		model.addAttribute("activationForm", new ActivationForm(IdType.RESIDENT_ID, null, null, null, null));
		model.addAttribute("idTypes", IdType.values());
		return "member/activate";
	}

	@PostMapping("/member/activate")
	String activate(@Valid @ModelAttribute ActivationForm activationForm, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		model.addAttribute("idTypes", IdType.values());
		if (result.hasErrors()) {
			return "member/activate";
		}
		limits.take("activate", request.getRemoteAddr());
		try {
			self.activate(activationForm.idType(), activationForm.idNumber(), activationForm.cardNo(),
					activationForm.password(), activationForm.confirmation());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return "member/activate";
		}
		redirect.addFlashAttribute("success", "member.activation.done");
		return "redirect:/login";
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('MEMBER')")
	String card(Model model) {
		MemberView member = mine();
		model.addAttribute("member", member);
		model.addAttribute("history", queries.history(member.id()));
		model.addAttribute("transfers", transfers.ofMember(member.id()));
		model.addAttribute("contactForm", new ContactForm(null, member.email()));
		model.addAttribute("record", records.of(member.id()));
		model.addAttribute("distinctions", records.distinctions(member.id()));
		return "member/me";
	}

	@GetMapping(value = "/me/card.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasRole('MEMBER')")
	ResponseEntity<byte[]> cardCode() {
		return ResponseEntity.ok()
			.header("Cache-Control", "private, no-store")
			.body(qr.png(cards.payload(mine().cardNo()), 360));
	}

	@PostMapping("/me/contact")
	@PreAuthorize("hasRole('MEMBER')")
	String contact(@Valid @ModelAttribute ContactForm contactForm, BindingResult result, RedirectAttributes redirect,
			Model model) {
		try {
			self.updateContact(Actors.require(), contactForm.phone(), contactForm.email());
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/me";
		}
		redirect.addFlashAttribute("success", "member.contact.saved");
		return "redirect:/me";
	}

	@GetMapping("/me/targets")
	@PreAuthorize("hasRole('MEMBER')")
	String targets(@RequestParam(name = "pickerQ", required = false) String q,
			@RequestParam(defaultValue = "toOrgId") String field, Model model) {
		model.addAttribute("field", field);
		model.addAttribute("choices", orgs.findOpenByName(q, 10));
		return "org/picker :: choices";
	}

	@PostMapping("/me/transfer")
	@PreAuthorize("hasRole('MEMBER')")
	String transfer(@RequestParam(required = false) Long toOrgId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		try {
			transferService.request(actor, actor.memberId(), toOrgId, reason);
			redirect.addFlashAttribute("success", "transfer.requested");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/me";
	}

	private MemberView mine() {
		Actor actor = Actors.require();
		if (actor.memberId() == null) {
			throw new OutOfScopeException("not a member account");
		}
		return queries.find(actor.memberId())
			.orElseThrow(() -> new NotFoundException(MemberService.ENTITY, actor.memberId()));
	}

	/** ID number plus card number prove who activates; then a password twice. */
	record ActivationForm(@NotNull IdType idType, @NotBlank @Size(max = 24) String idNumber,
			@NotBlank @Size(max = 12) String cardNo, @NotBlank @Size(max = 64) String password,
			@NotBlank String confirmation) {
	}

	/** The contact details a member keeps current themselves. */
	record ContactForm(@Size(max = 20) String phone, @Size(max = 100) String email) {
	}

}
