package cn.jiangxin.member.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.PublicPaths;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * What the member module brings to the web: its public pages, its menu entries and its
 * dashboard figures.
 */
@Configuration(proxyBeanMethods = false)
class MemberWebParts {

	/**
	 * Joining, checking an application, and activating a member account; filing and
	 * checking one by the API.
	 */
	@Bean
	PublicPaths memberPublicPaths() {
		return PublicPaths.pages("/join", "/join/**", "/member/activate")
			.withApiPosts("/api/v1/join-applications", "/api/v1/join-applications/status");
	}

	@Bean
	MenuEntries memberMenu() {
		return MenuEntries.of(
				MenuEntry.dropdown("members", 30, "nav.members", "bi-people")
					.id("members-menu")
					.activeOn("members")
					.seenBy(Audience.ADMINS),
				MenuEntry.item("members", 10, "nav.memberList", "/members").seenBy(Audience.ADMINS),
				MenuEntry.item("members", 20, "nav.joinQueue", "/join-applications").seenBy(Audience.ADMINS),
				MenuEntry.item("members", 30, "nav.transfers", "/transfers").seenBy(Audience.ADMINS),
				MenuEntry.item("members", 40, "nav.import", "/members/import").seenBy(Audience.ADMINS),
				MenuEntry.link(60, "nav.myCard", "/me", "bi-person-vcard")
					.activeOn("me")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(85, "nav.join", "/join", "bi-person-plus").seenBy(Audience.SIGNED_OUT));
	}

	/**
	 * Active members in the actor's subtree, and the applications and transfers waiting
	 * for them.
	 */
	@Bean
	DashboardTiles memberTiles(MemberFacade members) {
		return actor -> {
			List<DashboardTile> tiles = new ArrayList<>();
			if (actor.orgId() != null) {
				tiles.add(DashboardTile.link(20, "home.membersInReach", "stat-members",
						members.countActiveInSubtree(actor.orgId()), "/members?org=" + actor.orgId()));
			}
			tiles.add(DashboardTile.link(30, "home.pendingApplications", "stat-applications",
					members.pendingApplicationsInReach(actor), "/join-applications"));
			tiles.add(DashboardTile.link(40, "home.pendingTransfers", "stat-transfers",
					members.pendingTransfersInReach(actor), "/transfers"));
			return tiles;
		};
	}

	/** Finding members, and importing them from a sheet. */
	@Bean
	Shortcuts memberShortcuts() {
		return actor -> List.of(new Shortcut(30, "nav.memberList", "bi-people", "/members"),
				new Shortcut(40, "nav.import", "bi-upload", "/members/import"));
	}

}
