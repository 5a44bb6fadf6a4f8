package cn.jiangxin.award.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.PublicPaths;

/**
 * What the award module brings to the web: results on notice, published case collections
 * and certificate verification open to anyone, and certificate verification in the menu.
 */
@Configuration(proxyBeanMethods = false)
class AwardWebParts {

	@Bean
	PublicPaths awardPublicPaths() {
		return PublicPaths
			.pages("/contests/*/results", "/contests/*/cases", "/contests/*/cases.pdf", "/certificates",
					"/certificates/*")
			.withApiReads("/api/v1/certificates/*/verify");
	}

	@Bean
	MenuEntries awardMenu() {
		return MenuEntries.of(
				MenuEntry.item("contests", 130, "nav.certificates", "/certificates").seenBy(Audience.ADMINS),
				MenuEntry.link(90, "nav.certificates", "/certificates", "bi-patch-check")
					.activeOn("certificates")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(90, "nav.certificates", "/certificates", "bi-patch-check")
					.id("nav-certificates")
					.activeOn("certificates")
					.seenBy(Audience.SIGNED_OUT));
	}

}
