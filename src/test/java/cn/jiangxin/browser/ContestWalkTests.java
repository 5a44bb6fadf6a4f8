package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * A worker enters an innovation call on their phone, forms a team by inviting a colleague
 * by card number, hands in the project summary and a PDF; the colleague accepts on their
 * phone; the unit's union confirms the entry at a desk and the organisers look at their
 * dashboard.
 */
class ContestWalkTests extends BrowserTest {

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Test
	void aMemberFormsATeamOnAPhoneAndEnters() throws IOException {
		long[] ids = fixtures.openWith(TrackDraft.team("技术革新", 2, 4)
			.withQuota(3)
			.withRules(Set.of(), null, null, "本团队承诺申报项目为原创，数据真实。")
			.describedAs("工艺改进、设备改造、节能降耗等技术革新项目")
			.withRequirements(List.of(RequirementDraft.text("summary", "项目简介", 200),
					new RequirementDraft("proposal", "项目申报书（PDF）", true, false, List.of("pdf"), 10, null))));
		String title = contests.find(ids[0]).orElseThrow().title();
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone colleague = fixtures.member(Demo.HAISITANPU);
		Path proposal = Files.createTempFile("proposal", ".pdf");
		Files.write(proposal, minimalPdf());
		try (BrowserContext leaderPhone = phone();
				BrowserContext colleaguePhone = phone();
				BrowserContext desk = desktop()) {
			Page phone = leaderPhone.newPage();
			signInMember(phone, leader.cardNo());
			phone.navigate(url("/contests"));
			shoot(phone, "contest-01-portal-phone");
			phone.fill("#q", title);
			phone.click("#portal-filter button[type=submit]");
			phone.click("#contest-cards >> text=" + title);
			assertThat(phone.locator("#contest-title")).hasText(title);
			shoot(phone, "contest-02-contest-phone");
			phone.click("#enter-contest");
			phone.locator("#enter-form input[name=trackId]").first().check();
			phone.fill("#title", "智造先锋队");
			shoot(phone, "contest-03-enter-form-phone");
			phone.click("#enter-submit");
			assertThat(phone.locator("#declarationAccepted1")).hasClass(Pattern.compile(".*is-invalid.*"));
			assertThat(phone.locator("#title")).hasValue("智造先锋队");
			phone.check("#declarationAccepted1");
			phone.click("#enter-submit");
			assertThat(phone.locator("#entry-title")).hasText("智造先锋队");
			assertThat(phone.locator("#flash-success")).isVisible();

			phone.fill("#invitee", colleague.cardNo());
			phone.click("#invite-submit");
			assertThat(phone.locator("#flash-success")).isVisible();
			assertThat(phone.locator("#team")).containsText("邀请中");
			phone.fill("#text-summary", "对冲压线送料机构进行改造，换型时间由 40 分钟缩短到 15 分钟。");
			assertThat(phone.locator("#count-summary")).containsText("/ 200");
			phone.setInputFiles("#file-proposal", proposal);
			phone.click("#submission-submit");
			assertThat(phone.locator("#materials")).containsText("第 1 版");
			assertThat(phone.locator("#materials")).containsText(proposal.getFileName().toString());
			shoot(phone, "contest-04-entry-invited-phone");

			Page other = colleaguePhone.newPage();
			signInMember(other, colleague.cardNo());
			other.navigate(url("/me/entries"));
			assertThat(other.locator("#invitations")).containsText("智造先锋队");
			shoot(other, "contest-05-invitation-phone");
			other.locator("#invitations button:has-text('接受邀请')").click();
			assertThat(other.locator("#flash-success")).isVisible();
			assertThat(other.locator("#team")).containsText(colleague.name());
			shoot(other, "contest-06-joined-phone");

			Page admin = desk.newPage();
			signIn(admin, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			admin.navigate(url("/manage/entries?contest=" + ids[0]));
			shoot(admin, "contest-07-unit-entries-desktop");
			admin.click("text=智造先锋队");
			admin.click("#confirm-entry");
			assertThat(admin.locator("#flash-success")).isVisible();
			assertThat(admin.locator("#unit-panel")).containsText("由 jingkai");
			shoot(admin, "contest-08-confirmed-desktop");
			admin.navigate(url("/manage/contests/" + ids[0]));
			shoot(admin, "contest-09-setup-desktop");
			admin.navigate(url("/manage/contests/" + ids[0] + "/tracks/" + ids[1] + "/edit"));
			shoot(admin, "contest-10-track-form-desktop");
		}
	}

	@Test
	void theOrganisersDashboardDrawsItsCharts() {
		try (BrowserContext desk = desktop(); BrowserContext mobile = phone()) {
			Page page = desk.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					problems.add(message.text());
				}
			});
			signIn(page, Demo.FINANCE_ADMIN, Demo.PASSWORD);
			page.navigate(url("/manage/contests"));
			page.click("text=2025北京市金融职工大模型技术应用创新能力职业技能大赛");
			shoot(page, "contest-11-finance-setup-desktop");
			page.click("#to-dashboard");
			assertThat(page.locator("#stat-entries")).hasText("185");
			assertThat(page.locator("#chart-tracks canvas")).isVisible();
			assertThat(page.locator("#chart-units canvas")).isVisible();
			assertThat(page.locator("#chart-rounds canvas")).isVisible();
			shoot(page, "contest-12-dashboard-desktop");
			assertThat(problems).isEmpty();
			page.navigate(url("/manage/contests/new"));
			page.fill("#hostOrgIds-search", "建筑");
			assertThat(page.locator(".jx-picker-choices button").first()).isVisible();
			page.locator(".jx-picker-choices button").first().click();
			assertThat(page.locator("[data-picker-chips] .jx-chip")).hasCount(2);
			shoot(page, "contest-13-new-contest-desktop");

			Page phonePage = mobile.newPage();
			phonePage.navigate(url("/contests?kind=CASE_CALL&q=数智赋能"));
			phonePage.click("#contest-cards >> text=《数智赋能·智汇工惠》北航工会数字化工作案例征集");
			assertThat(phonePage.locator("#tracks")).containsText("可量化的成效");
			shoot(phonePage, "contest-14-case-call-public-phone");
		}
	}

	private static byte[] minimalPdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.ISO_8859_1);
	}

}
