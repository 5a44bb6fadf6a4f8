package cn.jiangxin.identity;

import java.util.Optional;
import java.util.Set;

import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/** What other modules may ask about accounts. */
public interface AccountApi {

	Optional<AccountView> find(long id);

	Optional<AccountView> findByUsername(String username);

	/**
	 * Creates an account on behalf of the platform itself (first admin, demo data,
	 * imports run by trusted code), with the password policy applied; returns its id.
	 */
	long provision(String username, String displayName, String password, Long orgId, Set<Role> roles,
			Set<Permission> permissions);

	/**
	 * Opens a member's own account on activation: the card number is the user name and
	 * the phone (by its lookup hash) signs in too. The password policy applies; returns
	 * the account id.
	 */
	long provisionMember(long memberId, String cardNo, String displayName, String password, long orgId,
			String phoneHash);

	/** The account a member activated, if any. */
	Optional<AccountView> findByMember(long memberId);

	/**
	 * Whether some account other than the member's own signs in with this phone (by
	 * lookup hash).
	 */
	boolean phoneTakenByOther(String phoneHash, long memberId);

	/**
	 * Keeps a member's account in step with their record: the union they belong to and
	 * their phone (which stops signing in if another account already signs in with it).
	 */
	void followMember(long memberId, long orgId, String phoneHash);

}
