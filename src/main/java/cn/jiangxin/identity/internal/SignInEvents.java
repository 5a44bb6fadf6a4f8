package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.ActorPrincipal;

/**
 * Counts failed sign-ins and locks an account for 15 minutes after the fifth in a row
 * (attempts while it is locked do not count); resets the count on success; writes every
 * sign-in, failure and sign-out to the audit log, a failure with its reason as a code
 * that the audit log shows in words ({@code audit.reason.*}).
 */
@Component
class SignInEvents {

	static final int MAX_FAILURES = 5;

	static final String ENTITY = "account";

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	SignInEvents(AccountRepository accounts, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
			var actor = principal.actor();
			accounts.recordSuccess(actor.username(), Instant.now(clock));
			audit.recordAs(actor.accountId(), actor.username(), ENTITY, actor.accountId(), actor.orgId(),
					AuditAction.LOGIN, null, null);
		}
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (username.length() > 64) {
			username = username.substring(0, 64);
		}
		Instant now = Instant.now(clock);
		Optional<Account> account = accounts.findByUsername(username);
		boolean lockedBefore = account.map(a -> a.isLocked(now)).orElse(false);
		boolean locked = false;
		if (event instanceof AuthenticationFailureBadCredentialsEvent && !lockedBefore
				&& accounts.countFailure(username) > 0) {
			locked = accounts.lockIfOver(username, MAX_FAILURES, now.plus(Account.lockDuration())) > 0;
		}
		audit.recordAs(account.map(Account::id).orElse(null), username, ENTITY, account.map(Account::id).orElse(null),
				account.map(Account::orgId).orElse(null), AuditAction.LOGIN_FAILED, null,
				Map.of("reason", reason(event.getException(), account, lockedBefore), "lockedNow", locked));
	}

	/**
	 * Why a sign-in failed, as a code: the audit log is for admins, who may know what the
	 * caller may not.
	 */
	private static String reason(AuthenticationException ex, Optional<Account> account, boolean locked) {
		if (account.isEmpty()) {
			return "UNKNOWN_ACCOUNT";
		}
		if (ex instanceof LockedException || locked) {
			return "LOCKED";
		}
		if (ex instanceof DisabledException || !account.get().enabled()) {
			return "DISABLED";
		}
		return ex instanceof BadCredentialsException ? "BAD_PASSWORD" : "OTHER";
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null
				&& event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
			var actor = principal.actor();
			audit.recordAs(actor.accountId(), actor.username(), ENTITY, actor.accountId(), actor.orgId(),
					AuditAction.LOGOUT, null, null);
		}
	}

}
