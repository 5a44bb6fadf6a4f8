package cn.jiangxin.judging.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;

/**
 * What the judging module brings to the web: the expert pool in the contests dropdown and
 * a judge's own page.
 */
@Configuration(proxyBeanMethods = false)
class JudgingWebParts {

	@Bean
	MenuEntries judgingMenu() {
		return MenuEntries.of(MenuEntry.item("contests", 110, "nav.experts", "/manage/experts").seenBy(Audience.ADMINS),
				MenuEntry.link(50, "nav.myJudging", "/judge", "bi-clipboard-check")
					.id("nav-judge")
					.activeOn("judge")
					.seenBy(Audience.roles(Role.JUDGE)));
	}

}
