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
 * Results as the people they concern see them on a phone: the champion finds his prize
 * and certificate on his own page and checks it from the menu; his union's admin reads
 * the awards list as cards; the big screen stays readable at 390 px.
 */
class ResultsWalkTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChampionFindsHisPrizeAndCertificateOnHisPhone() {
		String login = jdbc.sql("""
				SELECT acc.username FROM account acc JOIN member m ON m.id = acc.member_id WHERE m.name = '宗树龙'""")
			.query(String.class)
			.single();
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signInMember(phone, login);
			phone.navigate(url("/me"));
			assertThat(phone.locator("#member-record")).containsText("一等奖");
			assertThat(phone.locator("#member-record")).containsText("公示中");
			shoot(phone, "results-01-champion-record-phone");
			phone.locator("#member-record a[href^='/certificates/']").first().click();
			assertThat(phone.locator("#verify-result")).hasAttribute("data-status", "NOTICE");
			shoot(phone, "results-02-champion-certificate-phone");
		}
	}

	@Test
	void theAwardsListAndTheBigScreenReadOnAPhone() {
		long robots = jdbc.sql("SELECT id FROM contest WHERE title LIKE '经开区第八届%'").query(Long.class).single();
		long round = jdbc.sql("SELECT id FROM contest_round WHERE contest_id = ?")
			.param(robots)
			.query(Long.class)
			.single();
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/manage/contests/" + robots + "/awards"));
			assertThat(phone.locator("#award-list")).containsText("宗树龙");
			phone.locator("#award-list").scrollIntoViewIfNeeded();
			double nameWidth = (double) phone.locator("#award-list tbody tr td:nth-child(2)")
				.first()
				.evaluate("cell => cell.getBoundingClientRect().width");
			assertThat(nameWidth).as("a holder's cell spans the card, not one character").isGreaterThan(200);
			shoot(phone, "results-03-awards-phone");
			phone.navigate(url("/manage/rounds/" + round + "/leaderboard"));
			double titleWidth = (double) phone.locator("#board-rows tr td:nth-child(2)")
				.first()
				.evaluate("cell => cell.getBoundingClientRect().width");
			assertThat(titleWidth).as("an entry's cell on the big screen at 390 px").isGreaterThan(150);
			shoot(phone, "results-04-big-screen-phone");
		}
	}

}
