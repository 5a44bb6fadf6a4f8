package cn.jiangxin.audit.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/** What the audit module brings to the web: the audit log in the menu. */
@Configuration(proxyBeanMethods = false)
class AuditWebParts {

	@Bean
	MenuEntries auditMenu() {
		return MenuEntries.of(MenuEntry.link(110, "nav.audit", "/audit", "bi-journal-text")
			.activeOn("audit")
			.seenBy(Audience.ADMINS));
	}

	/** The audit log. */
	@Bean
	Shortcuts auditShortcuts() {
		return actor -> List.of(new Shortcut(80, "nav.audit", "bi-journal-text", "/audit"));
	}

}
