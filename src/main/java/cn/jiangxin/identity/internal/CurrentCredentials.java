package cn.jiangxin.identity.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * Tells whether a signed-in principal still stands: its account is enabled and its
 * credentials have not changed since it signed in. The answer comes from the database
 * (kept until anything changes, five seconds at most), so it holds whichever server a
 * session reaches.
 */
@Component
class CurrentCredentials {

	private final JdbcClient jdbc;

	/**
	 * Accounts' current credentials as last read: until an account changes, five seconds
	 * at most (another server).
	 */
	private final KeptValues<Long, Optional<Integer>> current;

	CurrentCredentials(JdbcClient jdbc, DataVersion versions) {
		this.jdbc = jdbc;
		this.current = new KeptValues<>(versions, Set.of(AccountService.ENTITY), 100_000, Duration.ofSeconds(5));
	}

	boolean stillValid(JiangxinUser user) {
		return current.get(user.actor().accountId(), this::read)
			.map(version -> version == user.credentialsVersion())
			.orElse(false);
	}

	private Optional<Integer> read(long accountId) {
		return jdbc.sql("SELECT credentials_version FROM account WHERE id = ? AND enabled = TRUE")
			.param(accountId)
			.query(Integer.class)
			.optional();
	}

}
