package cn.jiangxin.identity.internal;

import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.ActorPrincipal;

/**
 * Counts failed sign-ins and locks an account for 15 minutes after the fifth in a row; resets the
 * count on success; writes every sign-in, failure and sign-out to the audit log.
 */
@Component
class SignInEvents {

	static final int MAX_FAILURES = 5;

	static final String ENTITY = "account";

	private final AccountRepository accounts;

	private final AuditLog audit;

	SignInEvents(AccountRepository accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
			var actor = principal.actor();
			accounts.recordSuccess(actor.username(), Instant.now());
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
		boolean locked = false;
		if (event instanceof AuthenticationFailureBadCredentialsEvent && accounts.countFailure(username) > 0) {
			locked = accounts.lockIfOver(username, MAX_FAILURES, Instant.now().plus(Account.lockDuration())) > 0;
		}
		var account = accounts.findByUsername(username);
		audit.recordAs(account.map(Account::id).orElse(null), username, ENTITY, account.map(Account::id).orElse(null),
				account.map(Account::orgId).orElse(null), AuditAction.LOGIN_FAILED, null,
				Map.of("reason", event.getException().getClass().getSimpleName(), "lockedNow", locked));
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
			var actor = principal.actor();
			audit.recordAs(actor.accountId(), actor.username(), ENTITY, actor.accountId(), actor.orgId(),
					AuditAction.LOGOUT, null, null);
		}
	}

}
