package cn.jiangxin.org.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * What the org module brings to the web: the org tree in the menu and the size of the
 * actor's subtree.
 */
@Configuration(proxyBeanMethods = false)
class OrgWebParts {

	@Bean
	MenuEntries orgMenu() {
		return MenuEntries
			.of(MenuEntry.link(20, "nav.orgs", "/orgs", "bi-diagram-3").activeOn("orgs").seenBy(Audience.ADMINS));
	}

	/** The orgs in the actor's subtree, for an admin with an org. */
	@Bean
	DashboardTiles orgTiles(OrgFacade orgs) {
		return actor -> {
			if (actor.orgId() == null) {
				return List.of();
			}
			long size = orgs.subtreeSize(actor.orgId());
			return size == 0 ? List.of() : List.of(DashboardTile.figure(10, "home.orgsInReach", "stat-orgs", size));
		};
	}

	/** The union tree, and a new union under the admin's own. */
	@Bean
	Shortcuts orgShortcuts() {
		return actor -> actor.orgId() == null ? List.of(new Shortcut(10, "nav.orgs", "bi-diagram-3", "/orgs"))
				: List.of(new Shortcut(10, "nav.orgs", "bi-diagram-3", "/orgs"),
						new Shortcut(20, "org.new", "bi-plus-circle", "/orgs/new?parent=" + actor.orgId()));
	}

}
