package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.internal.JudgingFixtures;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * A judge scores on their phone: their rounds, their entries, one sheet with a score out
 * of range refused beside the field, then submitted and locked; meanwhile the on-site big
 * screen picks the score up by itself, and the organisers look at the round's page with
 * results side by side.
 */
class JudgingWalkTests extends BrowserTest {

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFinanceAwardsCertificatesTitlesAndCasesAsPeopleSeeThem() {
		long finance = jdbc.sql("SELECT id FROM contest WHERE title LIKE '2025北京市金融职工%'").query(Long.class).single();
		String number = jdbc
			.sql("SELECT c.number FROM certificate c JOIN award a ON a.id = c.award_id "
					+ "WHERE a.contest_id = ? AND a.name = '十佳应用奖' ORDER BY a.id LIMIT 1")
			.param(finance)
			.query(String.class)
			.single();
		try (BrowserContext deskContext = desktop(); BrowserContext phoneContext = phone()) {
			Page desk = deskContext.newPage();
			signIn(desk, Demo.FINANCE_ADMIN, Demo.PASSWORD);
			desk.navigate(url("/manage/contests/" + finance + "/judging"));
			assertThat(desk.locator("#rounds")).containsText("决赛");
			shoot(desk, "judging-09-finance-rounds-desk");
			desk.navigate(url("/manage/contests/" + finance + "/awards"));
			assertThat(desk.locator("#award-list")).containsText("十佳应用奖");
			assertThat(desk.locator("#award-list")).containsText("优秀组织奖");
			shoot(desk, "judging-10-finance-awards-desk");
			desk.navigate(url("/honors?q=金融科技职工创新工作室"));
			assertThat(desk.locator("#honor-list .list-group-item")).hasCount(13);
			shoot(desk, "judging-11-honors-desk");

			Page phone = phoneContext.newPage();
			phone.navigate(url("/certificates/" + number));
			assertThat(phone.locator("#verify-result")).hasAttribute("data-status", "VALID");
			shoot(phone, "judging-12-certificate-valid-phone");
			phone.navigate(url("/certificates/JX2025-0000000000"));
			assertThat(phone.locator("#verify-result")).hasAttribute("data-status", "UNKNOWN");
			shoot(phone, "judging-13-certificate-forged-phone");
			phone.navigate(url("/contests/" + finance + "/results"));
			assertThat(phone.locator("#public-awards")).containsText("十佳应用奖");
			shoot(phone, "judging-14-results-phone");
		}
	}

	@Test
	void aJudgeScoresOnAPhoneAndTheBigScreenUpdates() {
		JudgingFixtures.Judged round = fixtures.judged(3, 2, 2, Advancement.TOP_N_OVERALL, 2);
		String judge = round.experts().get(0).username();
		try (BrowserContext phoneContext = phone();
				BrowserContext screenContext = desktop();
				BrowserContext deskContext = desktop()) {
			Page screen = screenContext.newPage();
			signIn(screen, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			screen.navigate(url("/manage/rounds/" + round.round() + "/leaderboard"));
			Locator firstRow = screen.locator("#board-rows tr").first();
			assertThat(firstRow).containsText("0/2");
			shoot(screen, "judging-01-big-screen-before");

			Page phone = phoneContext.newPage();
			signIn(phone, judge, Demo.PASSWORD + "-9");
			phone.navigate(url("/judge"));
			assertThat(phone.locator("#judge-rounds")).containsText("初赛");
			shoot(phone, "judging-02-judge-home-phone");
			phone.click("#judge-round-" + round.round());
			assertThat(phone.locator("#judge-tasks a")).hasCount(3);
			shoot(phone, "judging-03-judge-tasks-phone");
			phone.locator("#judge-tasks a").first().click();
			phone.fill("#score-innovation", "45");
			phone.fill("#score-practicality", "26");
			phone.fill("#score-scalability", "24");
			phone.fill("#comment-innovation", "模型选型合理，创新点明确");
			phone.evaluate("document.querySelector('#score-innovation').removeAttribute('max')");
			phone.click("#submit-sheet");
			assertThat(phone.locator("#score-innovation")).hasClass(Pattern.compile(".*is-invalid.*"));
			assertThat(phone.locator("#score-practicality")).hasValue("26");
			shoot(phone, "judging-04-sheet-error-phone");
			phone.fill("#score-innovation", "36");
			phone.click("#submit-sheet");
			assertThat(phone.locator("#flash-success")).isVisible();
			shoot(phone, "judging-05-next-entry-phone");

			assertThat(screen.locator("#board-rows")).containsText("1/2",
					new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
			assertThat(screen.locator("#board-rows tr").first()).containsText("86");
			shoot(screen, "judging-06-big-screen-after");

			Page desk = deskContext.newPage();
			signIn(desk, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			desk.navigate(url("/manage/rounds/" + round.round()));
			assertThat(desk.locator("#results-table")).containsText("86");
			shoot(desk, "judging-07-round-desk");
			desk.navigate(url("/manage/experts"));
			shoot(desk, "judging-08-experts-desk");
		}
	}

}
