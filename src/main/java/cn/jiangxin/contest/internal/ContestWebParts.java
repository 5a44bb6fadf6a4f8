package cn.jiangxin.contest.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.PublicPaths;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * What the contest module brings to the web: the portal of contests and each contest's
 * page (entering one needs a sign-in) open to anyone, and the contests dropdown that
 * judging, honor and award add their links to (from order 100, below a divider).
 */
@Configuration(proxyBeanMethods = false)
class ContestWebParts {

	/** The name of the contests dropdown, for the modules that add links to it. */
	static final String CONTESTS = "contests";

	@Bean
	PublicPaths contestPublicPaths() {
		return PublicPaths.pages("/contests", "/contests/*");
	}

	@Bean
	MenuEntries contestMenu() {
		return MenuEntries.of(
				MenuEntry.dropdown(CONTESTS, 40, "nav.contests", "bi-trophy")
					.id("contests-menu")
					.activeOn("contests")
					.seenBy(Audience.ADMINS),
				MenuEntry.item(CONTESTS, 10, "nav.manageContests", "/manage/contests").seenBy(Audience.ADMINS),
				MenuEntry.item(CONTESTS, 20, "nav.unitEntries", "/manage/entries").seenBy(Audience.ADMINS),
				MenuEntry.item(CONTESTS, 30, "nav.portal", "/contests").seenBy(Audience.ADMINS),
				MenuEntry.link(70, "nav.myEntries", "/me/entries", "bi-flag")
					.id("nav-my-entries")
					.activeOn("myEntries")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(80, "nav.portal", "/contests", "bi-trophy")
					.activeOn("contests")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(80, "nav.portal", "/contests", "bi-trophy")
					.activeOn("contests")
					.seenBy(Audience.SIGNED_OUT));
	}

	/** The contests the admin runs, and their unit's entries. */
	@Bean
	Shortcuts contestShortcuts() {
		return actor -> List.of(new Shortcut(50, "nav.manageContests", "bi-trophy", "/manage/contests"),
				new Shortcut(60, "nav.unitEntries", "bi-flag", "/manage/entries"));
	}

}
