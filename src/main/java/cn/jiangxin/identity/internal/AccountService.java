package cn.jiangxin.identity.internal;

import java.time.Instant;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/**
 * The rules of accounts: an admin creates and manages accounts only within their own
 * subtree and grants only roles below their own; passwords follow the policy and are
 * stored as Argon2id hashes.
 */
@Service
@Transactional
class AccountService {

	static final String ENTITY = "account";

	/** Roles a union admin may grant; members activate their own accounts. */
	static final Set<Role> GRANTABLE_BY_UNION_ADMIN = EnumSet.of(Role.UNION_ADMIN, Role.JUDGE, Role.MERCHANT_CLERK,
			Role.STATION_KEEPER);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final ApiTokens tokens;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, OrgScope scope, OrgApi orgs, AuditLog audit,
			ApiTokens tokens, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.passwords = passwords;
		this.scope = scope;
		this.orgs = orgs;
		this.audit = audit;
		this.tokens = tokens;
	}

	long create(Actor actor, AccountForm form) {
		requireAdministers(actor);
		checkRoles(actor, form.roles());
		checkPermissions(actor, form.permissions());
		Long orgId = checkOrg(actor, form.orgId(), form.roles());
		String username = form.username().strip();
		if (accounts.existsByUsername(username)) {
			throw BusinessRuleException.invalid("username", "account.username.taken", username);
		}
		PasswordPolicy.check("password", form.password(), username);
		Account account = accounts.save(Account.open(username, form.displayName().strip(),
				passwords.encode(form.password()), orgId, form.roles(), form.permissions(), Instant.now(clock)));
		audit.record(ENTITY, account.id(), orgId, AuditAction.CREATE, null, account.snapshot(Instant.now(clock)));
		return account.id();
	}

	/**
	 * Creates an account without an acting admin: the first system admin, and demo data.
	 */
	long bootstrap(String username, String displayName, String password, Long orgId, Set<Role> roles,
			Set<Permission> permissions) {
		Account account = accounts.save(Account.open(username, displayName, passwords.encode(password), orgId, roles,
				permissions, Instant.now(clock)));
		audit.recordAs(null, "system", ENTITY, account.id(), orgId, AuditAction.CREATE, null,
				account.snapshot(Instant.now(clock)));
		return account.id();
	}

	long openMemberAccount(long memberId, String cardNo, String displayName, String password, long orgId,
			String phoneHash) {
		Account account = accounts.save(Account.forMember(cardNo, displayName, passwords.encode(password), orgId,
				memberId, phoneHash, Instant.now(clock)));
		audit.record(ENTITY, account.id(), orgId, AuditAction.CREATE, null, account.snapshot(Instant.now(clock)));
		return account.id();
	}

	void update(Actor actor, long id, AccountForm form) {
		Account account = manageable(actor, id);
		if (form.version() != null && !form.version().equals(account.version())) {
			throw new OptimisticLockingFailureException("account " + id + " changed");
		}
		boolean self = account.id() == actor.accountId();
		if (self && (!account.roleSet().equals(form.roles()) || !Objects.equals(account.orgId(), form.orgId())
				|| !form.isEnabled())) {
			throw BusinessRuleException.invalid("roles", "account.self.roles");
		}
		if (self && !account.permissionSet().equals(form.permissions())) {
			throw BusinessRuleException.invalid("permissions", "account.self.roles");
		}
		checkRoles(actor, form.roles());
		checkPermissions(actor, form.permissions());
		Long orgId = checkOrg(actor, form.orgId(), form.roles());
		Map<String, Object> before = account.snapshot(Instant.now(clock));
		account.update(form.displayName().strip(), orgId, form.roles(), form.permissions(), form.isEnabled(),
				Instant.now(clock));
		accounts.save(account);
		if (!form.isEnabled()) {
			tokens.revokeAll(id);
		}
		audit.record(ENTITY, id, orgId, AuditAction.UPDATE, before, account.snapshot(Instant.now(clock)));
	}

	void resetPassword(Actor actor, long id, String password) {
		Account account = manageable(actor, id);
		PasswordPolicy.check("password", password, account.username());
		account.changePassword(passwords.encode(password), Instant.now(clock));
		accounts.save(account);
		tokens.revokeAll(id);
		audit.record(ENTITY, id, account.orgId(), AuditAction.UPDATE, null, Map.of("password", "reset"));
	}

	void unlock(Actor actor, long id) {
		Account account = manageable(actor, id);
		Map<String, Object> before = account.snapshot(Instant.now(clock));
		account.unlock(Instant.now(clock));
		accounts.save(account);
		audit.record(ENTITY, id, account.orgId(), AuditAction.STATE_CHANGE, before,
				account.snapshot(Instant.now(clock)));
	}

	void changeOwnPassword(Actor actor, String current, String password, String confirmation) {
		Account account = accounts.findById(actor.accountId())
			.orElseThrow(() -> new NotFoundException(ENTITY, actor.accountId()));
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			throw BusinessRuleException.invalid("currentPassword", "password.currentWrong");
		}
		if (!Objects.equals(password, confirmation)) {
			throw BusinessRuleException.invalid("confirmation", "password.mismatch");
		}
		if (Objects.equals(current, password)) {
			throw BusinessRuleException.invalid("newPassword", "password.unchanged");
		}
		PasswordPolicy.check("newPassword", password, account.username());
		account.changePassword(passwords.encode(password), Instant.now(clock));
		accounts.save(account);
		tokens.revokeAll(account.id());
		audit.record(ENTITY, account.id(), account.orgId(), AuditAction.UPDATE, null, Map.of("password", "changed"));
	}

	/** Whether the actor may see and manage the account. */
	boolean canManage(Actor actor, Account account) {
		if (actor.isSystemAdmin()) {
			return true;
		}
		return actor.isUnionAdmin() && !account.roleSet().contains(Role.SYSTEM_ADMIN) && account.orgId() != null
				&& scope.covers(actor, account.orgId());
	}

	Account manageable(Actor actor, long id) {
		Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!canManage(actor, account)) {
			throw new OutOfScopeException("account " + id);
		}
		return account;
	}

	private static void requireAdministers(Actor actor) {
		if (!actor.administers()) {
			throw new OutOfScopeException("accounts");
		}
	}

	private static void checkRoles(Actor actor, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw BusinessRuleException.invalid("roles", "account.roles.required");
		}
		if (!actor.isSystemAdmin()) {
			for (Role role : roles) {
				if (!GRANTABLE_BY_UNION_ADMIN.contains(role)) {
					throw BusinessRuleException.invalid("roles", "account.roles.notGrantable", role.name());
				}
			}
		}
	}

	/** An admin grants only what they hold themselves. */
	private static void checkPermissions(Actor actor, Set<Permission> permissions) {
		for (Permission permission : permissions) {
			if (!actor.isSystemAdmin() && !actor.may(permission)) {
				throw BusinessRuleException.invalid("permissions", "account.permission.notGrantable");
			}
		}
	}

	private Long checkOrg(Actor actor, Long orgId, Set<Role> roles) {
		if (orgId == null) {
			if (roles.equals(EnumSet.of(Role.SYSTEM_ADMIN))) {
				return null;
			}
			throw BusinessRuleException.invalid("orgId", "account.org.required");
		}
		OrgView org = orgs.find(orgId).orElseThrow(() -> BusinessRuleException.invalid("orgId", "account.org.unknown"));
		scope.require(actor, orgId);
		if (!org.active()) {
			throw BusinessRuleException.invalid("orgId", "account.org.closed");
		}
		return orgId;
	}

	/** Fails unless the actor administers the org (a filter on an account list, say). */
	void requireOrgInReach(Actor actor, long orgId) {
		orgs.get(orgId);
		scope.require(actor, orgId);
	}

}
