package cn.jiangxin.innovation.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;

/**
 * What the innovation module brings to the web: the innovation dropdown with the studio
 * registry, the alliances, the problem calls, level applications and annual reviews for
 * admins, a studio leader's workspace for members, and the figure of studios in reach on
 * the home page.
 */
@Configuration(proxyBeanMethods = false)
class InnovationWebParts {

	static final String INNOVATION = "innovation";

	@Bean
	MenuEntries innovationMenu() {
		return MenuEntries.of(
				MenuEntry.dropdown(INNOVATION, 48, "nav.innovation", "bi-lightbulb")
					.id("innovation-menu")
					.activeOn(INNOVATION)
					.seenBy(Audience.ADMINS),
				MenuEntry.item(INNOVATION, 10, "nav.studios", "/studios").seenBy(Audience.ADMINS),
				MenuEntry.item(INNOVATION, 20, "nav.alliances", "/alliances").seenBy(Audience.ADMINS),
				MenuEntry.item(INNOVATION, 30, "nav.problemCalls", "/problem-calls").seenBy(Audience.ADMINS),
				MenuEntry.item(INNOVATION, 40, "nav.levelCalls", "/level-calls").seenBy(Audience.ADMINS),
				MenuEntry.item(INNOVATION, 50, "nav.studioReviews", "/studio-reviews").seenBy(Audience.ADMINS),
				MenuEntry.link(66, "nav.myStudios", "/me/studios", "bi-lightbulb")
					.id("nav-my-studios")
					.activeOn("myStudios")
					.seenBy(Audience.roles(Role.MEMBER)));
	}

	/** The active studios hosted within the actor's reach. */
	@Bean
	DashboardTiles innovationTiles(StudioStore studios, OrgScope scope) {
		return actor -> actor.administers() ? List.of(DashboardTile.link(75, "home.studios", "stat-studios",
				studios.count(scope.filter(actor, "host_org_id")), "/studios")) : List.of();
	}

}
