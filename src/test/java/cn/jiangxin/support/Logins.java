package cn.jiangxin.support;

import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/** Signs test requests and service calls in as a demo account. */
@Component
public class Logins {

	private final AccountApi accounts;

	public Logins(AccountApi accounts) {
		this.accounts = accounts;
	}

	public Actor actor(String username) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		return new Actor(account.id(), account.username(), account.displayName(), account.roles(), account.orgId(),
				account.permissions(), account.memberId());
	}

	/** A MockMvc request signed in as {@code username}. */
	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.authentication(authentication(actor(username)));
	}

	/** Runs {@code work} with {@code username} as the current actor of this thread. */
	public void runAs(String username, Runnable work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(actor(username)));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static UsernamePasswordAuthenticationToken authentication(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(actor), null,
				Stream
					.concat(actor.roles().stream().map(Role::authority),
							actor.permissions().stream().map(Permission::authority))
					.map(SimpleGrantedAuthority::new)
					.toList());
	}

}
