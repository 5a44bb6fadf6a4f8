package cn.jiangxin.identity.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.shared.web.SignInFailures;

/**
 * The sign-in page, which names why the last attempt failed (wrong password, locked,
 * disabled).
 */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(@Value("${jiangxin.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("loginError", last instanceof AuthenticationException ex ? SignInFailures.messageKey(ex)
					: "login.badCredentials");
		}
		model.addAttribute("demo", demo);
		return "identity/login";
	}

}
