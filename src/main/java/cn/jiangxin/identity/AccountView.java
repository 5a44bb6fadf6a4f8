package cn.jiangxin.identity;

import java.time.Instant;
import java.util.Set;

import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/** An account as pages, the API and other modules see it: never its password. */
public record AccountView(long id, String username, String displayName, Long orgId, String orgName, Set<Role> roles,
		Set<Permission> permissions, Long memberId, boolean enabled, boolean locked, Instant lockedUntil,
		Instant lastLoginAt, Instant previousLoginAt, Instant createdAt, int version) {
}
