package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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

	@Test
	void aStudioLeaderAppliesToAProblemOnAPhone() {
		String card = jdbc.sql("SELECT card_no FROM member WHERE name = '宗树龙'").query(String.class).single();
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signInMember(phone, card);
			assertThat(phone.locator("#nav-my-studios")).hasCount(1);
			phone.navigate(url("/me/studios"));
			assertThat(phone.locator(".jx-for-you")).containsText("焊装机器人焊缝质量在线检测");
			assertThat(phone.locator(".jx-for-you")).containsText("同一领域");
			shoot(phone, "studios-06-workspace-phone");
			phone.locator(".jx-for-you a", new Page.LocatorOptions().setHasText("焊装机器人焊缝质量在线检测")).click();
			assertThat(phone.locator("#apply-form")).isVisible();
			double width = ((Number) phone.locator("#apply-form button[type=submit]")
				.evaluate("b => b.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("the apply button spans the phone").isGreaterThan(300);
			phone.locator("#apply-form textarea[name=offer]").fill("焊装工艺骨干 5 人，有焊装改进装置专利，可承担焊缝视觉检测试点。");
			phone.locator("#apply-form button[type=submit]").click();
			assertThat(phone.locator("#flash-success")).isVisible();
			assertThat(phone.locator("#problem-applications")).containsText("焊装工艺骨干 5 人");
			assertThat(phone.locator("#apply-form")).hasCount(0);
			shoot(phone, "studios-07-applied-phone");
			phone.navigate(url("/me/studios"));
			phone.locator(".jx-report-due textarea").fill("全年完成焊装工艺改进 3 项，带徒 2 人，开展技能培训 4 次。");
			phone.locator(".jx-report-due button[type=submit]").click();
			assertThat(phone.locator("#flash-success")).isVisible();
			assertThat(phone.locator(".jx-report-due")).hasCount(0);
		}
	}

	@Test
	void theAllianceAdminReadsARecommendationAndAProject() {
		long problem = jdbc.sql("SELECT id FROM problem WHERE title = '公交车载 PIS 显示屏国产化维修'").query(Long.class).single();
		long project = jdbc.sql("SELECT id FROM joint_project WHERE title = '乘客信息显示系统（PIS）维修技术攻关'")
			.query(Long.class)
			.single();
		try (BrowserContext desk = desktop(); BrowserContext phoneContext = phone()) {
			Page page = desk.newPage();
			signIn(page, "jiaotong", Demo.PASSWORD);
			page.navigate(url("/problems/" + problem));
			assertThat(page.locator("#problem-recommended li").first()).containsText("相关联合攻关项目");
			assertThat(page.locator("#problem-applications .list-group-item")).hasCount(3);
			assertThat(page.locator("#selection-form")).hasCount(1);
			shoot(page, "studios-08-problem-desk");
			Page phone = phoneContext.newPage();
			signIn(phone, "jiaotong", Demo.PASSWORD);
			phone.navigate(url("/joint-projects/" + project));
			assertThat(phone.locator("#project-studios")).containsText("公交电子站牌创新工作室");
			assertThat(phone.locator("#project-milestones li")).hasCount(3);
			assertThat(phone.locator("#project-outcomes")).containsText("乘客信息显示系统（PIS）终端显示屏维修技术");
			assertThat(phone.locator("#project-evaluation")).isVisible();
			shoot(phone, "studios-09-project-phone");
		}
	}

	@Test
	void theCityTakesLevelApplicationsAndReviewsOnAPhone() {
		long notice = jdbc.sql("SELECT id FROM studio_application WHERE status = 'ON_NOTICE' ORDER BY id")
			.query(Long.class)
			.list()
			.get(0);
		long lowered = jdbc.sql("SELECT id FROM studio_review WHERE outcome = 'LOWER' ORDER BY id")
			.query(Long.class)
			.list()
			.get(0);
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signIn(phone, Demo.CITY_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/level-calls"));
			phone
				.locator("#level-call-list a",
						new Page.LocatorOptions().setHasText("北京市级职工创新工作室申报（" + LocalDate.now().getYear() + "年度）"))
				.click();
			assertThat(phone.locator("#level-applications .list-group-item")).hasCount(6);
			shoot(phone, "studios-10-level-call-phone");
			phone.navigate(url("/studio-applications/" + notice));
			assertThat(phone.locator("#application-stage")).hasText("公示中");
			assertThat(phone.locator("#application-steps li")).hasCount(3);
			assertThat(phone.locator("#conferrer-step")).isVisible();
			shoot(phone, "studios-11-application-phone");
			phone.navigate(url("/studio-reviews"));
			assertThat(phone.locator("#review-list")).containsText("降级");
			assertThat(phone.locator("#review-missing")).containsText("公交智能调度创新工作室");
			shoot(phone, "studios-12-reviews-phone");
			phone.navigate(url("/studio-reviews/" + lowered));
			assertThat(phone.locator("#review-outcome")).hasText("降级");
			assertThat(phone.locator("#review-scores")).containsText("合计 50");
			shoot(phone, "studios-13-review-phone");
		}
	}

}
