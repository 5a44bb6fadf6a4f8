package cn.jiangxin.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as every module sees them: who they are, what they may do and the org
 * they belong to (for a union admin, the root of the subtree they administer).
 */
public record Actor(long accountId, String username, String displayName, Set<Role> roles, Long orgId)
		implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	/** The platform itself, acting for start-up tasks such as the first admin and demo data. */
	public static Actor system() {
		return new Actor(0, "system", "system", Set.of(Role.SYSTEM_ADMIN), null);
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

	/** Whether the actor administers anything at all: a system admin, or a union admin with an org. */
	public boolean administers() {
		return isSystemAdmin() || (isUnionAdmin() && orgId != null);
	}

}
