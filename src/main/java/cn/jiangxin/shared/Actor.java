package cn.jiangxin.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as every module sees them: who they are, what they may do, the org
 * they belong to (for a union admin, the root of the subtree they administer), extra
 * grants, and for a member their member record.
 */
public record Actor(long accountId, String username, String displayName, Set<Role> roles, Long orgId,
		Set<Permission> permissions, Long memberId) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
	}

	/** An actor with roles and an org but no extra grants and no member record. */
	public Actor(long accountId, String username, String displayName, Set<Role> roles, Long orgId) {
		this(accountId, username, displayName, roles, orgId, Set.of(), null);
	}

	/**
	 * The platform itself, acting for start-up tasks such as the first admin and demo
	 * data.
	 */
	public static Actor system() {
		return new Actor(0, "system", "system", Set.of(Role.SYSTEM_ADMIN), null,
				Set.of(Permission.REVEAL_PERSONAL_DATA), null);
	}

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isSystemAdmin() {
		return has(Role.SYSTEM_ADMIN);
	}

	public boolean isUnionAdmin() {
		return has(Role.UNION_ADMIN);
	}

	/**
	 * Whether the actor administers anything at all: a system admin, or a union admin
	 * with an org.
	 */
	public boolean administers() {
		return isSystemAdmin() || (isUnionAdmin() && orgId != null);
	}

}
