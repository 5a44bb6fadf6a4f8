package cn.jiangxin.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.PublicPaths;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * What the identity module brings to the web besides the sign-in chrome of the layout:
 * signing in by the API, account management in the menu and the accounts an admin
 * manages.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebParts {

	/**
	 * Anyone may sign in for a bearer token (the sign-in page is opened by the security
	 * configuration).
	 */
	@Bean
	PublicPaths identityPublicPaths() {
		return new PublicPaths(List.of(), List.of(), List.of("/api/v1/auth/token"));
	}

	@Bean
	MenuEntries identityMenu() {
		return MenuEntries.of(MenuEntry.link(100, "nav.accounts", "/accounts", "bi-person-badge")
			.activeOn("accounts")
			.seenBy(Audience.ADMINS));
	}

	@Bean
	DashboardTiles identityTiles(AccountFacade accounts) {
		return actor -> List
			.of(DashboardTile.figure(50, "home.accountsInReach", "stat-accounts", accounts.countManagedBy(actor)));
	}

	/** A new account. */
	@Bean
	Shortcuts identityShortcuts() {
		return actor -> List.of(new Shortcut(70, "account.new", "bi-person-plus", "/accounts/new"));
	}

}
