package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;

/**
 * A union admin signs in, browses the tree, creates a union, finds it in the audit log
 * and switches language.
 */
class FoundationWalkTests extends BrowserTest {

	@Autowired
	DemoOrgs orgs;

	@Test
	void anAdminWalksThroughTheFoundationOnADesktop() {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("h1")).containsText("匠心");
			shoot(page, "foundation-01-login-desktop");

			page.fill("#username", Demo.JINGKAI_ADMIN);
			page.fill("#password", "wrong-password");
			page.click("#login-submit");
			assertThat(page.locator("#login-error")).containsText("用户名或密码错误");

			signIn(page, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			assertThat(page.locator("h1")).containsText("您好");
			assertThat(Integer.parseInt(page.locator("#stat-orgs").textContent().strip())).isGreaterThanOrEqualTo(7);
			shoot(page, "foundation-02-dashboard-desktop");

			page.click("text=组织架构");
			Locator root = page.locator(".jx-tree-root > li").first();
			assertThat(root.locator(".jx-node-name").first()).hasText(Demo.JINGKAI);
			root.locator(".jx-toggle").first().click();
			assertThat(page.locator("text=" + Demo.HAISITANPU)).isVisible();
			shoot(page, "foundation-03-tree-expanded-desktop");

			page.fill("#org-q", "海纳川");
			assertThat(page.locator("#org-results")).containsText("北京海纳川汽车部件股份有限公司工会");
			shoot(page, "foundation-04-tree-search-desktop");

			page.navigate(url("/orgs"));
			page.locator(".jx-tree-root .jx-node-name").first().click();
			page.click("#new-child");
			page.fill("#name", "");
			page.fill("#creditCode", "91110000ABC");
			page.fill("#unitName", "某新公司");
			page.click("#org-save");
			assertThat(page.locator(".invalid-feedback").first()).isVisible();
			shoot(page, "foundation-05-form-errors-desktop");

			String name = "亦庄智造科技有限公司工会" + UUID.randomUUID().toString().substring(0, 4);
			String first17 = "91110302MA01ABCD" + (char) ('0' + (int) (Math.random() * 10));
			page.fill("#name", name);
			page.fill("#shortName", "亦庄智造");
			page.selectOption("#level", "GRASSROOTS");
			page.fill("#contactName", "王工");
			page.fill("#contactPhone", "010-67856789");
			page.fill("#unitName", name.replace("工会", ""));
			page.fill("#creditCode", first17 + CreditCode.checkCharacter(first17));
			page.selectOption("#industry", "C");
			page.selectOption("#unitType", "PRIVATE_ENTERPRISE");
			page.click("#org-save");
			assertThat(page.locator("#org-name")).hasText(name);
			assertThat(page.locator("#flash-success")).containsText("组织已创建");
			shoot(page, "foundation-06-org-created-desktop");

			page.navigate(url("/audit"));
			assertThat(page.locator("#audit-table")).containsText("新建");
			assertThat(page.content()).contains(name);
			shoot(page, "foundation-07-audit-desktop");

			page.click("#lang-en");
			assertThat(page.locator("h1")).hasText("Audit log");
			assertThat(page.locator("#audit-table")).containsText("Created");
			shoot(page, "foundation-08-audit-english-desktop");
			page.click("#lang-zh");
			assertThat(page.locator("h1")).hasText("审计日志");
		}
	}

	@Test
	void theShellWorksOnAPhone() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			shoot(page, "foundation-11-login-phone");
			signIn(page, Demo.CITY_ADMIN, Demo.PASSWORD);
			shoot(page, "foundation-12-dashboard-phone");

			page.click(".navbar-toggler");
			assertThat(page.locator("#jx-nav")).isVisible();
			shoot(page, "foundation-13-menu-phone");
			page.click("#jx-nav >> text=组织架构");
			page.locator(".jx-tree-root .jx-toggle").first().click();
			assertThat(page.locator("text=" + Demo.FINANCE)).isVisible();
			shoot(page, "foundation-14-tree-phone");

			page.navigate(url("/orgs/" + orgs.id(Demo.CITY)));
			shoot(page, "foundation-15-org-phone");
			page.navigate(url("/accounts"));
			assertThat(page.locator("#accounts-table")).containsText(Demo.JINGKAI_ADMIN);
			shoot(page, "foundation-16-accounts-phone");
			page.navigate(url("/audit"));
			shoot(page, "foundation-17-audit-phone");
			assertThat(page.viewportSize().width).isEqualTo(390);
		}
	}

}
