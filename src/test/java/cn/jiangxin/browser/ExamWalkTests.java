package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.internal.ExamSetup;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;

/**
 * A candidate sits an exam on a phone: answers, loses the connection halfway and keeps
 * answering (kept on the phone), closes the page while still offline, comes back online
 * and opens it again (every answer reaches the server), then finishes on a second phone
 * that takes the attempt over while the first is told so, and hands in. The organiser's
 * and grader's pages are walked at desk and phone size.
 */
class ExamWalkTests extends BrowserTest {

	@Autowired
	ExamSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private long answered(long exam) {
		return jdbc
			.sql("SELECT COUNT(i.answer) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
					+ "WHERE a.exam_id = ?")
			.param(exam)
			.query(Long.class)
			.single();
	}

	private void waitForAnswers(long exam, long expected) {
		long until = System.currentTimeMillis() + 15_000;
		while (answered(exam) < expected && System.currentTimeMillis() < until) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(answered(exam)).isEqualTo(expected);
	}

	/** Chooses the option shown first (single, multiple, true or false). */
	private static void chooseFirst(Page page) {
		page.locator("#sit-question .jx-choice").first().click();
	}

	@Test
	void aCandidateOnAPhoneLosesTheConnectionHalfwayAndResumesWithoutLosingAnAnswer() {
		ExamSetup.Bank bank = setup.bank(logins.actor(Demo.JINGKAI_ADMIN), orgs.id(Demo.JINGKAI), 1);
		ContestFixtures.Someone candidate = people.member(Demo.HAISITANPU);
		long exam = setup.exam(logins.actor(Demo.JINGKAI_ADMIN), orgs.id(Demo.JINGKAI), bank, List.of(candidate.id()),
				Duration.ofHours(2), 60, 1, false, QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE,
				QuestionType.FILL, QuestionType.SHORT);
		try (BrowserContext first = phone(); BrowserContext second = phone()) {
			Page page = first.newPage();
			signInMember(page, candidate.cardNo());
			page.navigate(url("/me/exams"));
			shoot(page, "exam-01-my-exams-phone");
			page.navigate(url("/me/exams/" + exam));
			shoot(page, "exam-02-exam-phone");
			page.click("#start-exam");
			assertThat(page.locator("#sit-question")).isVisible();
			assertThat(page.locator("#countdown")).hasText(Pattern.compile("^(59|60):\\d\\d$"));
			shoot(page, "exam-03-first-question-phone");

			// Two answers while online: saved at once
			chooseFirst(page);
			assertThat(page.locator("#sit-status")).containsText("已保存");
			page.click("#next-question");
			chooseFirst(page);
			waitForAnswers(exam, 2);
			shoot(page, "exam-04-answered-phone");

			// The connection drops: two more answers stay on the phone
			first.setOffline(true);
			page.click("#next-question");
			chooseFirst(page);
			page.locator("#sit-question .jx-choice").nth(1).click();
			page.click("#next-question");
			page.fill("#sit-question input", "六");
			assertThat(page.locator("#sit-status")).containsText("网络已断开");
			assertThat(page.locator("#sit-status")).hasClass(Pattern.compile(".*text-danger.*"));
			page.click("#open-map");
			assertThat(page.locator(".jx-map-pending")).hasCount(2);
			shoot(page, "exam-05-offline-phone");
			assertThat(answered(exam)).as("nothing reached the server while offline").isEqualTo(2);

			// The page is closed while still offline; back online, it is opened again
			page.close();
			first.setOffline(false);
			Page again = first.newPage();
			again.navigate(url("/me/exams/" + exam + "/sit"));
			assertThat(again.locator("#sit-notice")).isVisible();
			waitForAnswers(exam, 4);
			assertThat(again.locator("#sit-status")).containsText("已保存");
			again.click("#open-map");
			assertThat(again.locator(".jx-map-pending")).hasCount(0);
			assertThat(again.locator("#map-count")).containsText("4 / 5");
			shoot(again, "exam-06-resumed-phone");

			// A second phone takes the attempt over; the first is told so when it answers
			Page other = second.newPage();
			signInMember(other, candidate.cardNo());
			other.navigate(url("/me/exams/" + exam + "/sit"));
			assertThat(other.locator("#sit-notice")).containsText("接管");
			assertThat(other.locator("#map-count")).containsText("4 / 5");
			shoot(other, "exam-07-taken-over-phone");
			again.locator("#map-grid button").nth(0).click();
			again.locator("#sit-question .jx-choice").nth(1).click();
			assertThat(again.locator("#sit-overlay")).isVisible();
			shoot(again, "exam-08-told-taken-over-phone");

			// The short answer, and the hand-in from the second phone
			other.click("#open-map");
			other.locator("#map-grid button").nth(4).click();
			other.fill("#sit-question textarea", "先断电，再挂牌上锁，确认无电后作业。");
			waitForAnswers(exam, 5);
			other.click("#open-map");
			other.onDialog(dialog -> dialog.accept());
			other.click("#submit-attempt");
			other.waitForURL(Pattern.compile(".*/me/attempts/\\d+"));
			assertThat(other.locator("#result-card")).isVisible();
			shoot(other, "exam-09-result-phone");
		}
		assertThat(
				jdbc.sql("SELECT status FROM exam_attempt WHERE exam_id = ?").param(exam).query(String.class).single())
			.isEqualTo("SUBMITTED");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM attempt_event e JOIN exam_attempt a ON a.id = e.attempt_id "
					+ "WHERE a.exam_id = ? AND e.kind IN ('TAKEOVER', 'RESUME', 'OFFLINE')")
			.param(exam)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	private long exam(String like) {
		return jdbc.sql("SELECT id FROM exam WHERE title LIKE ?").param(like).query(Long.class).single();
	}

	@Test
	void theOrganisersPagesAtADeskAndOnAPhone() {
		long robots = exam("%工业机器人系统运维员%");
		long law = exam("%宪法宣传周%");
		long bank = jdbc.sql("SELECT bank_id FROM exam WHERE id = ?").param(robots).query(Long.class).single();
		try (BrowserContext desk = desktop(); BrowserContext mobile = phone()) {
			Page page = desk.newPage();
			signIn(page, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			page.navigate(url("/manage/question-banks"));
			shoot(page, "exam-admin-01-banks-desktop");
			page.navigate(url("/manage/question-banks/" + bank));
			shoot(page, "exam-admin-02-bank-desktop");
			page.navigate(url("/manage/question-banks/" + bank + "/questions/new"));
			shoot(page, "exam-admin-03-question-form-desktop");
			page.navigate(url("/manage/exams"));
			shoot(page, "exam-admin-04-exams-desktop");
			page.navigate(url("/manage/exams/" + robots));
			shoot(page, "exam-admin-05-exam-desktop");
			page.navigate(url("/manage/exams/" + robots + "/paper"));
			shoot(page, "exam-admin-06-blueprint-desktop");
			page.navigate(url("/manage/exams/" + robots + "/results"));
			assertThat(page.locator("body")).containsText("宗树龙");
			shoot(page, "exam-admin-07-results-desktop");
			page.navigate(url("/manage/exams/" + robots + "/analysis"));
			assertThat(page.locator("canvas, svg").first()).isVisible();
			shoot(page, "exam-admin-08-analysis-desktop");
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Paths.get("target", "screenshots", "exam-admin-08-analysis-top-desktop.png")));
			page.navigate(url("/manage/exams/" + law + "/live"));
			shoot(page, "exam-admin-09-live-desktop");

			Page phone = mobile.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/manage/exams/" + law + "/live"));
			shoot(phone, "exam-admin-10-live-phone");
			phone.navigate(url("/manage/exams/" + robots + "/results"));
			shoot(phone, "exam-admin-11-results-phone");
			phone.navigate(url("/manage/exams/" + robots + "/analysis"));
			shoot(phone, "exam-admin-12-analysis-phone");
			phone.navigate(url("/exams/" + law + "/leaderboard"));
			shoot(phone, "exam-admin-13-leaderboard-phone");
		}
	}

	@Test
	void aGraderMarksAShortAnswerBlind() {
		long company = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%全员安全生产知识考试'").query(Long.class).single();
		try (BrowserContext desk = desktop(); BrowserContext mobile = phone()) {
			Page page = desk.newPage();
			signIn(page, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			page.navigate(url("/manage/grading"));
			shoot(page, "exam-grading-01-exams-desktop");
			page.navigate(url("/manage/exams/" + company + "/grading"));
			shoot(page, "exam-grading-02-queue-desktop");
			Page phone = mobile.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/manage/exams/" + company + "/grading"));
			shoot(phone, "exam-grading-03-queue-phone");
			var claim = phone.locator("form[action*='/claim'] button").first();
			if (claim.count() > 0) {
				claim.click();
				assertThat(phone.locator("#answer-code")).isVisible();
				assertThat(phone.locator("body")).not().containsText(Pattern.compile("参赛|卡号"));
				shoot(phone, "exam-grading-04-mark-phone");
				// Left for the district's reviewer, as it was
				phone.locator("form[action*='/release'] button").click();
				assertThat(phone.locator("#flash-success")).isVisible();
			}
		}
	}

}
