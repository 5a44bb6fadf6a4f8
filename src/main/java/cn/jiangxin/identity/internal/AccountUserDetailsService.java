package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Phones;

/** Loads an account for sign-in, with its lock state as of now. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PersonalData personalData;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, PersonalData personalData, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.personalData = personalData;
	}

	/**
	 * Finds the account by user name (a member's card number is theirs), or by a member's
	 * mobile number.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Optional<Account> account = accounts.findByUsername(username);
		String mobile = Phones.normalizeMobile(username);
		if (account.isEmpty() && Phones.isMobile(mobile)) {
			account = accounts.findByPhoneHash(personalData.lookupHash("phone", mobile));
		}
		return userOf(account.orElseThrow(() -> new UsernameNotFoundException("no account " + username)),
				Instant.now(clock));
	}

	static JiangxinUser userOf(Account account, Instant now) {
		Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.roleSet(),
				account.orgId(), account.permissionSet(), account.memberId());
		return new JiangxinUser(actor, account.passwordHash(), account.enabled(), account.isLocked(now),
				account.credentialsVersion());
	}

}
