package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.org.OrgClosed;
import cn.jiangxin.shared.Role;

/**
 * Disables the union-admin accounts of a union that was closed: their authority came from
 * a union that no longer acts, so their sessions end and their tokens are revoked. Other
 * accounts at the union (a former member's own account, a judge's) keep working; should
 * the union reopen, an admin above it enables its admins again.
 */
@Component
class ClosedUnionAdmins {

	private final AccountRepository accounts;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final Clock clock;

	ClosedUnionAdmins(AccountRepository accounts, ApiTokens tokens, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.tokens = tokens;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(OrgClosed closed) {
		for (Account account : accounts.findByOrgIdAndEnabledTrue(closed.orgId())) {
			Set<Role> roles = account.roleSet();
			if (!roles.contains(Role.UNION_ADMIN)) {
				continue;
			}
			Instant now = Instant.now(clock);
			Map<String, Object> before = account.snapshot(now);
			account.update(account.displayName(), account.orgId(), roles, account.permissionSet(), false, now);
			accounts.save(account);
			tokens.revokeAll(account.id());
			audit.recordAs(null, "system", AccountService.ENTITY, account.id(), closed.orgId(), AuditAction.UPDATE,
					before, account.snapshot(now));
		}
	}

}
