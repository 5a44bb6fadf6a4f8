package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * The studio registry as the city's admin uses it: the figures per union drawn at a desk
 * and listed as cards on a phone, a drill into the transport union, a search by tag, and
 * 一中院's studio with its 18 members and its way to the city level.
 */
class StudioWalkTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCityAdminReadsTheRegistryAtADesk() {
		try (BrowserContext desk = desktop()) {
			Page page = desk.newPage();
			signIn(page, Demo.CITY_ADMIN, Demo.PASSWORD);
			page.navigate(url("/studios"));
			assertThat(page.locator("#chart-studios canvas")).hasCount(1);
			assertThat(page.locator("#studio-counts")).containsText("北京市交通运输工会");
			shoot(page, "studios-01-registry-desk");
			page.locator("#studio-counts a.badge", new Page.LocatorOptions().setHasText("北京市交通运输工会")).click();
			assertThat(page.locator("#studio-list")).containsText("地铁乘客信息系统维修创新工作室");
			page.locator("#studio-filters input[name=q]").fill("PIS");
			page.locator("#studio-filters button[type=submit]").click();
			assertThat(page.locator("#studio-list a")).hasCount(4);
			shoot(page, "studios-02-transport-pis-desk");
		}
	}

	@Test
	void theCourtsStudioReadsOnAPhone() {
		long court = jdbc.sql("SELECT id FROM studio WHERE name = '一中院职工创新工作室'").query(Long.class).single();
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signIn(phone, Demo.CITY_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/studios?level=CITY"));
			assertThat(phone.locator("#studio-count-table")).isVisible();
			assertThat(phone.locator("#studio-list")).containsText("一中院职工创新工作室");
			shoot(phone, "studios-03-registry-phone");
			phone.navigate(url("/studios/" + court));
			assertThat(phone.locator("#studio-members .list-group-item")).hasCount(18);
			assertThat(phone.locator("#studio-levels li")).hasCount(3);
			assertThat(phone.locator("#studio-levels")).containsText("京工发〔2025〕21号");
			double width = ((Number) phone.locator("#studio-members .list-group-item")
				.first()
				.evaluate("cell => cell.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("a member is one line across the phone").isGreaterThan(250);
			shoot(phone, "studios-04-court-phone");
		}
	}

	@Test
	void theTransportAllianceReadsOnAPhone() {
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signIn(phone, Demo.CITY_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/alliances"));
			phone.locator("#alliance-list a", new Page.LocatorOptions().setHasText("市交通运输系统职工创新工作室联盟")).click();
			assertThat(phone.locator("#alliance-chairs li")).hasCount(2);
			assertThat(phone.locator("#alliance-chairs")).containsText("北京公交集团工会");
			assertThat(phone.locator("#alliance-members .list-group-item")).hasCount(26);
			assertThat(phone.locator("#alliance-members")).containsText("已申请");
			assertThat(phone.locator("#alliance-members button")).hasCount(2);
			assertThat(phone.locator("#handover-card")).isVisible();
			assertThat(phone.locator("#alliance-groups")).containsText("窗口服务组");
			shoot(phone, "studios-05-alliance-phone");
		}
	}

}
