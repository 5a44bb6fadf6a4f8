package cn.jiangxin.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.shared.Role;

/** A person's way into Jiangxin: a user name, a hashed password, roles and the org they belong to. */
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

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles;

	@Version
	private Integer version;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	Account(Long id, String username, String displayName, String passwordHash, Long orgId, boolean enabled,
			int failedAttempts, Instant lockedUntil, Instant lastLoginAt, Instant passwordChangedAt,
			Set<AccountRole> roles, Integer version, Instant createdAt, Instant updatedAt) {
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
		this.roles = roles;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Account open(String username, String displayName, String passwordHash, Long orgId, Set<Role> roles) {
		Instant now = Instant.now();
		return new Account(null, username, displayName, passwordHash, orgId, true, 0, null, null, now,
				toRows(roles), null, now, now);
	}

	void update(String displayName, Long orgId, Set<Role> roles, boolean enabled) {
		this.displayName = displayName;
		this.orgId = orgId;
		this.roles = toRows(roles);
		this.enabled = enabled;
		this.updatedAt = Instant.now();
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = Instant.now();
		this.updatedAt = this.passwordChangedAt;
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
		this.updatedAt = Instant.now();
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

	Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", username);
		state.put("displayName", displayName);
		state.put("orgId", orgId);
		state.put("roles", roleSet().stream().map(Role::name).sorted().toList());
		state.put("enabled", enabled);
		state.put("locked", lockedUntil != null && lockedUntil.isAfter(Instant.now()));
		return state;
	}

	private static Set<AccountRole> toRows(Set<Role> roles) {
		return roles.stream().map(AccountRole::new).collect(Collectors.toSet());
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

	Integer version() {
		return version;
	}

}
