package cn.jiangxin.identity.internal;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.shared.Actor;

/** Loads an account for sign-in, with its lock state as of now. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no account " + username));
		return userOf(account);
	}

	static JiangxinUser userOf(Account account) {
		Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.roleSet(),
				account.orgId());
		return new JiangxinUser(actor, account.passwordHash(), account.enabled(), account.isLocked(Instant.now()));
	}

}
