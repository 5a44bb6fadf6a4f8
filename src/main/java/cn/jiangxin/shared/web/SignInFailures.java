package cn.jiangxin.shared.web;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/**
 * Names why a sign-in failed, as a message key, without telling whether the user name
 * exists or what state its account is in: a wrong password, an unknown name, a locked or
 * a disabled account all read the same.
 */
public final class SignInFailures {

	/**
	 * The message of the bearer filter's refusal of an unknown, expired or revoked token.
	 */
	public static final String INVALID_TOKEN = "invalid or expired token";

	private SignInFailures() {
	}

	public static String messageKey(AuthenticationException ex) {
		if (ex instanceof BadCredentialsException && INVALID_TOKEN.equals(ex.getMessage())) {
			return "problem.tokenInvalid";
		}
		if (ex instanceof BadCredentialsException || ex instanceof AccountStatusException) {
			return "login.badCredentials";
		}
		return "problem.unauthorized";
	}

}
