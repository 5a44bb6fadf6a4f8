package cn.jiangxin.benefit.internal;

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
 * What the benefit module brings to the web: the benefits dropdown (merchants, coupon
 * campaigns) for admins, a member's coupons, a merchant clerk's redemption desk, and the
 * figures of merchants and live campaigns on an admin's home page.
 */
@Configuration(proxyBeanMethods = false)
class BenefitWebParts {

	static final String BENEFITS = "benefits";

	@Bean
	MenuEntries benefitMenu() {
		return MenuEntries.of(
				MenuEntry.dropdown(BENEFITS, 49, "nav.benefits", "bi-gift")
					.id("benefit-menu")
					.activeOn(BENEFITS)
					.seenBy(Audience.ADMINS),
				MenuEntry.item(BENEFITS, 10, "nav.merchants", "/merchants").seenBy(Audience.ADMINS),
				MenuEntry.item(BENEFITS, 20, "nav.campaigns", "/coupon-campaigns").seenBy(Audience.ADMINS),
				MenuEntry.item(BENEFITS, 30, "nav.markets", "/markets").seenBy(Audience.ADMINS),
				MenuEntry.item(BENEFITS, 40, "nav.settlements", "/settlements").seenBy(Audience.ADMINS),
				MenuEntry.link(62, "nav.myCoupons", "/me/coupons", "bi-ticket-perforated")
					.id("nav-my-coupons")
					.activeOn("myCoupons")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(63, "nav.myOffers", "/me/offers", "bi-shop")
					.id("nav-my-offers")
					.activeOn("myOffers")
					.seenBy(Audience.roles(Role.MEMBER)),
				MenuEntry.link(15, "nav.merchantDesk", "/merchant-desk", "bi-qr-code-scan")
					.id("nav-merchant-desk")
					.activeOn("merchantDesk")
					.seenBy(Audience.roles(Role.MERCHANT_CLERK)));
	}

	/** The partner merchants and the published campaigns within the actor's reach. */
	@Bean
	DashboardTiles benefitTiles(MerchantStore merchants, CampaignStore campaigns, OrgScope scope) {
		return actor -> actor.administers()
				? List.of(
						DashboardTile.link(80, "home.merchants", "stat-merchants",
								merchants.count(scope.filter(actor, "org_id")), "/merchants"),
						DashboardTile.link(81, "home.campaigns", "stat-campaigns",
								campaigns.count(scope.filter(actor, "org_id")), "/coupon-campaigns"))
				: List.of();
	}

}
