package cn.jiangxin.identity;

import java.util.Optional;
import java.util.Set;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;

/** What other modules may ask about accounts. */
public interface AccountApi {

	Optional<AccountView> find(long id);

	Optional<AccountView> findByUsername(String username);

	/** How many accounts the actor manages. */
	long countManagedBy(Actor actor);

	/**
	 * Creates an account on behalf of the platform itself (first admin, demo data, imports run by trusted
	 * code), with the password policy applied; returns its id.
	 */
	long provision(String username, String displayName, String password, Long orgId, Set<Role> roles);

}
