package cn.jiangxin.honor.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;

/**
 * What the honor module brings to the web: the register of honours in the contests
 * dropdown.
 */
@Configuration(proxyBeanMethods = false)
class HonorWebParts {

	@Bean
	MenuEntries honorMenu() {
		return MenuEntries.of(MenuEntry.item("contests", 120, "nav.honors", "/honors").seenBy(Audience.ADMINS));
	}

}
