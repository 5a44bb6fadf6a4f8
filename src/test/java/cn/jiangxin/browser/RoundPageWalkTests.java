package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.internal.JudgingFixtures;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * A round's page as its organisers use it: on a phone, the finance final (closed) tab by
 * tab, values and no forms, nothing wider than the screen; at a desk, a round being
 * scored, its tie-break chain picked step by step and a criterion's part chosen from the
 * parts as they are typed.
 */
class RoundPageWalkTests extends BrowserTest {

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClosedRoundReadsTabByTabOnAPhone() {
		long last = jdbc
			.sql("SELECT r.id FROM contest_round r JOIN contest c ON c.id = r.contest_id "
					+ "WHERE c.title LIKE '2025北京市金融职工%' ORDER BY r.ordinal DESC LIMIT 1")
			.query(Long.class)
			.single();
		try (BrowserContext context = phone()) {
			Page phone = context.newPage();
			signIn(phone, Demo.FINANCE_ADMIN, Demo.PASSWORD);
			for (String tab : List.of("settings", "rubric", "panel", "scoring", "results", "advance")) {
				phone.navigate(url("/manage/rounds/" + last + "?tab=" + tab));
				assertThat(phone.locator("#tab-" + tab)).hasClass(Pattern.compile(".*active.*"));
				assertThat(phone.locator("#read-only")).isVisible();
				assertThat(phone.locator("main form[method=post]")).hasCount(0);
				Object wide = phone.evaluate("document.documentElement.scrollWidth");
				assertThat(((Number) wide).intValue()).as(tab + " fits the screen").isLessThanOrEqualTo(390);
				shoot(phone, "round-" + tab + "-closed-phone");
			}
		}
	}

	@Test
	void theTieBreakChainIsPickedAndAPartIsChosenFromTheParts() {
		JudgingFixtures.Judged round = fixtures.judged(3, 2, 1, Advancement.NONE, null);
		try (BrowserContext context = desktop(); BrowserContext phoneContext = phone()) {
			Page desk = context.newPage();
			signIn(desk, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			desk.navigate(url("/manage/rounds/" + round.round() + "?tab=settings"));
			var rows = desk.locator("#settings-chain [data-chain-row]");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(0).locator("select")).hasValue("CRITERION:innovation");
			rows.nth(0).locator("[data-chain-remove]").click();
			desk.locator("#settings-chain [data-chain-add]").click();
			assertThat(rows).hasCount(2);
			rows.nth(1).locator("select").selectOption("RAW");
			shoot(desk, "round-settings-picker-desk");
			desk.click("#save-settings");
			assertThat(desk.locator("#flash-success")).isVisible();
			assertThat(jdbc.sql("SELECT tie_breaks FROM round_judging WHERE round_id = ?")
				.param(round.round())
				.query(String.class)
				.single()).isEqualTo("HIGHER_MINIMUM,RAW");

			desk.navigate(url("/manage/rounds/" + round.round() + "?tab=rubric"));
			desk.click("#add-part");
			var partCodes = desk.locator("[data-rows=parts] [data-part-code]");
			partCodes.last().fill("defence");
			desk.locator("[data-rows=parts] [data-part-label]").last().fill("答辩");
			assertThat(desk.locator("select[data-part-select]").first().locator("option"))
				.hasText(new String[] { "评审", "答辩" });
			shoot(desk, "round-rubric-picker-desk");

			Page phone = phoneContext.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			for (String tab : List.of("settings", "rubric", "scoring", "results")) {
				phone.navigate(url("/manage/rounds/" + round.round() + "?tab=" + tab));
				Object wide = phone.evaluate("document.documentElement.scrollWidth");
				assertThat(((Number) wide).intValue()).as(tab + " fits the screen").isLessThanOrEqualTo(390);
				shoot(phone, "round-" + tab + "-scoring-phone");
			}
		}
	}

}
