package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.benefit.internal.BenefitSetup;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * Draws, markets and settlement as their users meet them: 宗树龙 registers on his phone for
 * the reunion-dinner draw, reads the physiotherapy draw's result and its public listing,
 * and checks in at a market's entrance; the 经开区 admin reads the robot-park market's
 * report and stalls at a desk and on a phone, and the union's subsidy by month.
 */
class MarketWalkTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BenefitSetup setup;

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void aMemberRegistersForADrawReadsADrawnOneAndChecksInAtAMarket() {
		String card = jdbc.sql("SELECT card_no FROM member WHERE name = '宗树龙'").query(String.class).single();
		long reunion = id("SELECT id FROM coupon_campaign WHERE title = '亦工惠·新春团圆饭套餐券（抽签）'");
		long therapy = id("SELECT id FROM coupon_campaign WHERE title = '亦工惠·中医理疗体验券（抽签）'");
		long centre = id("SELECT id FROM merchant WHERE name = '乡村振兴经开区协同中心'");
		long market = setup.market(Demo.JINGKAI, List.of(centre), "亦工惠·楼宇午间签到市集");
		String token = setup.marketToken(market);
		try (BrowserContext context = phone()) {
			Page phone = context.newPage();
			signInMember(phone, card);
			phone.navigate(url("/coupon-campaigns/" + reunion));
			assertThat(phone.locator("#lottery-state")).containsText("登记中");
			phone.locator("#lottery-form button").click();
			assertThat(phone.locator("#flash-success")).isVisible();
			assertThat(phone.locator("#lottery-mine")).containsText("已登记");
			shoot(phone, "draws-01-registered-phone");
			phone.navigate(url("/coupon-campaigns/" + therapy));
			assertThat(phone.locator("#lottery-state")).containsText("已开奖");
			assertThat(phone.locator("#lottery-mine")).containsText("签号");
			assertThat(phone.locator("#lottery-seed")).isVisible();
			shoot(phone, "draws-02-drawn-phone");
			phone.locator("#lottery-listing").click();
			assertThat(phone.locator("#verify-note")).containsText("SHA-256");
			assertThat(phone.locator("#my-entry")).isVisible();
			double width = ((Number) phone.locator("#entry-lines tbody tr")
				.first()
				.evaluate("row => row.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("an entry is a card across the phone").isGreaterThan(300);
			shoot(phone, "draws-03-listing-phone");
			// the entrance's QR opens the check-in page
			phone.navigate(url("/markets/" + market + "/check-in?t=" + token));
			phone.locator("#check-in-form button").click();
			assertThat(phone.locator("#flash-success")).containsText("签到成功");
			assertThat(phone.locator("#member-visit")).containsText("已于");
			shoot(phone, "markets-01-checked-in-phone");
		}
	}

	@Test
	void theAdminReadsTheMarketsReportAndStallsAndTheSubsidyByMonth() {
		long market = id("SELECT id FROM market WHERE title = '亦工惠·机器人产业园线下市集'");
		try (BrowserContext desk = desktop()) {
			Page page = desk.newPage();
			signIn(page, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			page.navigate(url("/markets"));
			assertThat(page.locator("#market-list")).containsText("亦工惠·新春年货大集");
			shoot(page, "markets-02-list-desk");
			page.navigate(url("/markets/" + market));
			assertThat(page.locator("#market-state")).containsText("已结束");
			assertThat(page.locator("#market-report")).containsText("乡村振兴农特产品");
			assertThat(page.locator("#row-0")).containsText("东廊");
			assertThat(page.locator("#row-1")).containsText("西廊");
			assertThat(page.locator("#row-0")).containsText("新疆");
			shoot(page, "markets-03-report-desk");
			page.navigate(url("/settlements"));
			assertThat(page.locator("#chart-months canvas")).hasCount(1);
			assertThat(page.locator("#settlement-merchants")).containsText("乡村振兴经开区协同中心");
			shoot(page, "settlements-01-desk");
		}
		try (BrowserContext context = phone()) {
			Page phone = context.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/markets/" + market));
			shoot(phone, "markets-04-report-phone");
			phone.navigate(url("/settlements"));
			double width = ((Number) phone.locator("#settlement-merchants tbody tr")
				.first()
				.evaluate("row => row.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("a merchant's line is a card across the phone").isGreaterThan(300);
			shoot(phone, "settlements-02-phone");
		}
	}

}
