package cn.jiangxin.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;

/**
 * What the portal brings to the web: the dashboard first in the menu and the API
 * documentation last.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebParts {

	@Bean
	MenuEntries portalMenu() {
		return MenuEntries.of(MenuEntry.link(10, "nav.home", "/", "bi-speedometer2").activeOn("home"),
				MenuEntry.link(120, "nav.api", "/swagger-ui.html", "bi-braces").seenBy(Audience.ADMINS));
	}

}
