package cn.jiangxin.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;

/** What the audit module brings to the web: the audit log in the menu. */
@Configuration(proxyBeanMethods = false)
class AuditWebParts {

	@Bean
	MenuEntries auditMenu() {
		return MenuEntries.of(MenuEntry.link(110, "nav.audit", "/audit", "bi-journal-text")
			.activeOn("audit")
			.seenBy(Audience.ADMINS));
	}

}
