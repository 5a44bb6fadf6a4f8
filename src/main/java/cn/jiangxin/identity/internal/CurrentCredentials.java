package cn.jiangxin.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells whether a signed-in principal still stands: its account is enabled and its credentials have not changed
 * since it signed in. The answer comes from the database, so it holds whichever server a session reaches.
 */
@Component
class CurrentCredentials {

	private final JdbcClient jdbc;

	CurrentCredentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean stillValid(JiangxinUser user) {
		return jdbc.sql("SELECT credentials_version FROM account WHERE id = ? AND enabled = TRUE")
			.param(user.actor().accountId())
			.query(Integer.class)
			.optional()
			.map(version -> version == user.credentialsVersion())
			.orElse(false);
	}

}
