package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.People;

/**
 * A worker joins on a phone from the union's QR code, the union approves at a desk, the
 * worker checks the result, activates their account, signs in with their phone and sees
 * their member card.
 */
class JoinWalkTests extends BrowserTest {

	@Autowired
	DemoOrgs orgs;

	@Test
	void aWorkerJoinsOnAPhoneAndGetsTheirCard() {
		long union = orgs.id(Demo.HAISITANPU);
		String id = People.idNumber(true);
		String phone = People.phone();
		try (BrowserContext mobile = phone(); BrowserContext desk = desktop()) {
			Page worker = mobile.newPage();
			worker.navigate(url("/join/" + union));
			assertThat(worker.locator("#join-org")).containsText(Demo.HAISITANPU);
			shoot(worker, "join-01-form-phone");

			worker.fill("#name", "林小工");
			worker.fill("#idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
			worker.fill("#phone", phone);
			worker.selectOption("#employmentType", "COURIER");
			worker.click("#join-submit");
			assertThat(worker.locator("#idNumber")).hasClass(Pattern.compile(".*is-invalid.*"));
			assertThat(worker.locator(".invalid-feedback").first()).isVisible();
			assertThat(worker.locator("#idNumber")).hasValue(Pattern.compile("\\d{17}[0-9X]"));
			shoot(worker, "join-02-errors-phone");

			worker.fill("#idNumber", id);
			worker.check("#consent1");
			worker.click("#join-submit");
			assertThat(worker.locator("#submitted-text")).containsText(Demo.HAISITANPU);
			shoot(worker, "join-03-submitted-phone");

			Page admin = desk.newPage();
			signIn(admin, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			admin.navigate(url("/join-applications"));
			assertThat(admin.locator("#join-table")).containsText("林小工");
			shoot(admin, "join-04-queue-desktop");
			admin.click("#join-table >> text=林小工");
			shoot(admin, "join-05-application-desktop");
			admin.click("#approve");
			assertThat(admin.locator("#flash-success")).isVisible();
			String card = admin.locator("#card-no").textContent().strip();
			assertThat(card).hasSize(12);
			shoot(admin, "join-06-member-desktop");

			worker.navigate(url("/join/status"));
			worker.fill("#idNumber", id);
			worker.fill("#phone", phone);
			worker.click("#status-submit");
			assertThat(worker.locator("#status-result")).containsText(card);
			shoot(worker, "join-07-status-phone");

			worker.navigate(url("/member/activate"));
			worker.fill("#idNumber", id);
			worker.fill("#cardNo", card);
			worker.fill("#password", "Linxiaogong-2026");
			worker.fill("#confirmation", "Linxiaogong-2026");
			worker.click("#activate");
			assertThat(worker.locator("#flash-success")).isVisible();
			shoot(worker, "join-08-activated-phone");

			worker.fill("#username", phone);
			worker.fill("#password", "Linxiaogong-2026");
			worker.click("#login-submit");
			worker.waitForURL(url("/me"));
			assertThat(worker.locator("#my-card-no")).hasText(card);
			assertThat(worker.locator(".jx-card-qr")).isVisible();
			shoot(worker, "join-09-member-card-phone");
		}
	}

	@Test
	void theMemberPagesLookRightOnADesk() {
		try (BrowserContext desk = desktop()) {
			Page page = desk.newPage();
			signIn(page, Demo.CITY_ADMIN, Demo.PASSWORD);
			page.navigate(url("/members?org=" + orgs.id(Demo.FINANCE)));
			assertThat(page.locator("#members-table tbody tr")).hasCount(30);
			shoot(page, "members-01-list-desktop");
			page.click("#members-table tbody tr >> nth=0 >> a");
			page.click("#reveal-id");
			assertThat(page.locator("#id-number")).not().containsText("*");
			shoot(page, "members-02-detail-revealed-desktop");
			page.navigate(url("/members/import"));
			shoot(page, "members-03-import-desktop");
			page.navigate(url("/orgs/" + orgs.id(Demo.HAISITANPU)));
			assertThat(page.locator("#join-qr img")).isVisible();
			shoot(page, "members-04-org-with-qr-desktop");
			page.navigate(url("/orgs"));
			page.locator(".jx-tree-root .jx-toggle").first().click();
			assertThat(page.locator("text=" + Demo.FINANCE)).isVisible();
			assertThat(page.locator(".jx-members").nth(1)).isVisible();
			shoot(page, "members-05-tree-counts-desktop");
		}
	}

}
