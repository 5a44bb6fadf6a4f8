package cn.jiangxin.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.shared.Role;

/**
 * On an empty database, creates the first system admin from
 * {@code JIANGXIN_ADMIN_USERNAME} and {@code JIANGXIN_ADMIN_PASSWORD}, so that a
 * production start has someone who can sign in.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final AccountApi api;

	private final String username;

	private final String password;

	FirstAdmin(AccountRepository accounts, AccountApi api, @Value("${jiangxin.admin.username:}") String username,
			@Value("${jiangxin.admin.password:}") String password) {
		this.accounts = accounts;
		this.api = api;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (username.isBlank() || password.isBlank()) {
			log.warn("No accounts exist and JIANGXIN_ADMIN_USERNAME / JIANGXIN_ADMIN_PASSWORD are not set: "
					+ "nobody can sign in until they are set and the platform restarts.");
			return;
		}
		api.provision(username, "系统管理员", password, null, Set.of(Role.SYSTEM_ADMIN), Set.of());
		log.info("Created the first system admin '{}'.", username);
	}

}
