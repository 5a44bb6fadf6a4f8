package cn.jiangxin.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/**
 * A person's way into Jiangxin: a user name, a hashed password, roles and the org they
 * belong to.
 */
@Table("account")
class Account {

	@Id
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private Long orgId;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	private Instant passwordChangedAt;

	private int credentialsVersion;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountPermission> permissions;

	private Long memberId;

	private String phoneHash;

	@Version
	private Integer version;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	Account(Long id, String username, String displayName, String passwordHash, Long orgId, boolean enabled,
			int failedAttempts, Instant lockedUntil, Instant lastLoginAt, Instant passwordChangedAt,
			int credentialsVersion, Set<AccountRole> roles, Set<AccountPermission> permissions, Long memberId,
			String phoneHash, Integer version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.orgId = orgId;
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.lastLoginAt = lastLoginAt;
		this.passwordChangedAt = passwordChangedAt;
		this.credentialsVersion = credentialsVersion;
		this.roles = roles;
		this.permissions = permissions;
		this.memberId = memberId;
		this.phoneHash = phoneHash;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Account open(String username, String displayName, String passwordHash, Long orgId, Set<Role> roles,
			Set<Permission> permissions, Instant now) {
		return new Account(null, username, displayName, passwordHash, orgId, true, 0, null, null, now, 0, toRows(roles),
				grants(permissions), null, null, null, now, now);
	}

	/** A member's own account, signed in with the card number or the phone. */
	static Account forMember(String cardNo, String displayName, String passwordHash, long orgId, long memberId,
			String phoneHash, Instant now) {
		Account account = open(cardNo, displayName, passwordHash, orgId, Set.of(Role.MEMBER), Set.of(), now);
		account.memberId = memberId;
		account.phoneHash = phoneHash;
		return account;
	}

	/**
	 * Changes the account; disabling it, or changing its roles, grants or union, counts
	 * as a change of credentials, which ends the sessions signed in before.
	 */
	void update(String displayName, Long orgId, Set<Role> roles, Set<Permission> permissions, boolean enabled,
			Instant now) {
		if ((this.enabled && !enabled) || !Objects.equals(this.orgId, orgId) || !roleSet().equals(roles)
				|| !permissionSet().equals(permissions == null ? Set.of() : permissions)) {
			this.credentialsVersion++;
		}
		this.displayName = displayName;
		this.orgId = orgId;
		this.roles = toRows(roles);
		this.permissions = grants(permissions);
		this.enabled = enabled;
		this.updatedAt = now;
	}

	/** A member moved to another union, or changed their phone. */
	void followMember(long orgId, String phoneHash, Instant now) {
		this.orgId = orgId;
		this.phoneHash = phoneHash;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.credentialsVersion++;
		this.passwordChangedAt = now;
		this.updatedAt = this.passwordChangedAt;
	}

	void unlock(Instant now) {
		this.lockedUntil = null;
		this.failedAttempts = 0;
		this.updatedAt = now;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Set<Role> roleSet() {
		if (roles == null || roles.isEmpty()) {
			return EnumSet.noneOf(Role.class);
		}
		return roles.stream().map(AccountRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	Set<Permission> permissionSet() {
		if (permissions == null || permissions.isEmpty()) {
			return EnumSet.noneOf(Permission.class);
		}
		return permissions.stream()
			.map(AccountPermission::permission)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
	}

	Map<String, Object> snapshot(Instant now) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", username);
		state.put("displayName", displayName);
		state.put("orgId", orgId);
		state.put("roles", roleSet().stream().map(Role::name).sorted().toList());
		state.put("permissions", permissionSet().stream().map(Permission::name).sorted().toList());
		state.put("enabled", enabled);
		state.put("locked", isLocked(now));
		return state;
	}

	private static Set<AccountRole> toRows(Set<Role> roles) {
		return roles.stream().map(AccountRole::new).collect(Collectors.toSet());
	}

	private static Set<AccountPermission> grants(Set<Permission> permissions) {
		return permissions == null ? Set.of()
				: permissions.stream().map(AccountPermission::new).collect(Collectors.toSet());
	}

	static Duration lockDuration() {
		return Duration.ofMinutes(15);
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Long orgId() {
		return orgId;
	}

	boolean enabled() {
		return enabled;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	Instant lastLoginAt() {
		return lastLoginAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Long memberId() {
		return memberId;
	}

	Integer version() {
		return version;
	}

	/**
	 * How many times the credentials changed: a session signed in with another count is
	 * no longer honoured.
	 */
	int credentialsVersion() {
		return credentialsVersion;
	}

}
