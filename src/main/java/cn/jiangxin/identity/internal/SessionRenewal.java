package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import cn.jiangxin.shared.NotFoundException;

/**
 * Keeps the page session in which a person changed their own password signed in, under a
 * new session id, with the account's new count of credential changes; their other
 * sessions end.
 */
@Component
class SessionRenewal {

	private final AccountRepository accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final Clock clock;

	SessionRenewal(AccountRepository accounts, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
	}

	void renew(HttpServletRequest request, HttpServletResponse response, long accountId) {
		Account account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException(AccountService.ENTITY, accountId));
		JiangxinUser user = AccountUserDetailsService.userOf(account, Instant.now(clock));
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		sessions.saveContext(context, request, response);
	}

}
