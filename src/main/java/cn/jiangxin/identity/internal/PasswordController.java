package cn.jiangxin.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Lets anyone signed in change their own password; this session stays signed in, their
 * others end.
 */
@Controller
class PasswordController {

	private final AccountService accounts;

	private final SessionRenewal sessions;

	PasswordController(AccountService accounts, SessionRenewal sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute PasswordForm passwordForm, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "identity/password";
		}
		Actor actor = Actors.require();
		try {
			accounts.changeOwnPassword(actor, passwordForm.currentPassword(), passwordForm.newPassword(),
					passwordForm.confirmation());
			sessions.renew(request, response, actor.accountId());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return "identity/password";
		}
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/";
	}

	/** The current password and the new one twice. */
	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {
	}

}
