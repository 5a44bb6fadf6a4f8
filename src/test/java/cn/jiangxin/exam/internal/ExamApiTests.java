package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * A candidate's sitting over the API as the page drives it (start, save, a stale save, a
 * reload, hand in) and what it refuses, each as a problem naming the field or the rule in
 * the caller's language: wrong types, an answer past the deadline, a device that no
 * longer holds the attempt, a question not on the paper, and calls from the wrong role.
 * The paper a candidate gets carries no key.
 */
@IntegrationTest
class ExamApiTests {

	@Autowired
	MockMvcTester mvc;

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

	/** A candidate and the exam of a single and a fill-in question they are named for. */
	private record Sitting(ContestFixtures.Someone candidate, long exam, long single, long fill) {
	}

	private Sitting sitting() {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		ExamSetup.Bank bank = setup.bank(admin, orgs.id(Demo.JINGKAI), 1);
		ContestFixtures.Someone candidate = people.member(Demo.HAISITANPU);
		long exam = setup.exam(admin, orgs.id(Demo.JINGKAI), bank, List.of(candidate.id()), Duration.ofHours(1), 60, 1,
				false, QuestionType.SINGLE, QuestionType.FILL);
		return new Sitting(candidate, exam, bank.first(QuestionType.SINGLE), bank.first(QuestionType.FILL));
	}

	private MvcTestResult start(String who, long exam, String body) {
		var request = mvc.post().uri("/api/v1/exams/{id}/attempts", exam).with(logins.as(who)).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private MvcTestResult save(String who, long attempt, long question, String body) {
		return mvc.put()
			.uri("/api/v1/attempts/{id}/answers/{q}", attempt, question)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aCandidateStartsSavesReloadsAndHandsInOverTheApi() throws Exception {
		Sitting s = sitting();
		String card = s.candidate().cardNo();
		MvcTestResult started = start(card, s.exam(), null);
		assertThat(started).hasStatusOk();
		String paper = body(started);
		assertThat(paper).doesNotContain("answerKey").doesNotContain("\"correct\"").doesNotContain("6|六");
		long attempt = ((Number) JsonPath.read(paper, "$.attemptId")).longValue();
		String device = JsonPath.read(paper, "$.device");
		assertThat((List<?>) JsonPath.read(paper, "$.items")).hasSize(2);

		assertThat(save(card, attempt, s.single(), "{\"answer\": [\"A\"], \"seq\": 2, \"device\": \"" + device + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.saved")
			.isEqualTo(true);
		assertThat(save(card, attempt, s.single(), "{\"answer\": [\"B\"], \"seq\": 1, \"device\": \"" + device + "\"}"))
			.as("a stale save is passed over, answering the number kept")
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.saved").isEqualTo(false);
				assertThat(json).extractingPath("$.seq").isEqualTo(2);
			});
		assertThat(save(card, attempt, s.fill(), "{\"answer\": [\"６\"], \"seq\": 3, \"device\": \"" + device + "\"}"))
			.hasStatusOk();

		MvcTestResult reload = start(card, s.exam(), "{\"device\": \"" + device + "\"}");
		assertThat(reload).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.attemptId").isEqualTo((int) attempt);
			assertThat(json).extractingPath("$.resumed").isEqualTo(true);
			assertThat(json).extractingPath("$.takenOver").isEqualTo(false);
			assertThat(json).extractingPath("$.items[0].answer[0]").isEqualTo("A");
			assertThat(json).extractingPath("$.items[1].answer[0]").isEqualTo("６");
		});

		assertThat(mvc.post()
			.uri("/api/v1/attempts/{id}/submit", attempt)
			.with(logins.as(card))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"device\": \"" + device + "\"}")).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("GRADED");
				// Full-width ６ is the accepted 6
				assertThat(json).extractingPath("$.score").isEqualTo(2.0);
			});
		assertThat(mvc.get().uri("/api/v1/me/exams").with(logins.as(card))).hasStatusOk()
			.bodyText()
			.contains("{\"exam\":{\"id\":" + s.exam() + ",");
	}

	@Test
	void wrongTypesAndMissingFieldsAreNamedAndSaveNothing() throws Exception {
		Sitting s = sitting();
		String card = s.candidate().cardNo();
		String paper = body(start(card, s.exam(), null));
		long attempt = ((Number) JsonPath.read(paper, "$.attemptId")).longValue();
		String device = JsonPath.read(paper, "$.device");
		Problems.field(save(card, attempt, s.single(),
				"{\"answer\": [\"A\"], \"seq\": \"二\", \"device\": \"" + device + "\"}"), "seq");
		Problems.field(
				save(card, attempt, s.single(), "{\"answer\": [\"A\"], \"seq\": 1.5, \"device\": \"" + device + "\"}"),
				"seq");
		Problems.field(save(card, attempt, s.single(),
				"{\"answer\": [\"A\"], \"seq\": 1e999, \"device\": \"" + device + "\"}"), "seq");
		Problems.field(
				save(card, attempt, s.single(), "{\"answer\": [\"A\"], \"seq\": 0, \"device\": \"" + device + "\"}"),
				"seq");
		Problems.field(
				save(card, attempt, s.single(), "{\"answer\": \"A\", \"seq\": 1, \"device\": \"" + device + "\"}"),
				"answer");
		Problems.field(save(card, attempt, s.single(), "{\"seq\": 1, \"device\": \"" + device + "\"}"), "answer");
		Problems.field(save(card, attempt, s.single(), "{\"answer\": [\"A\"], \"seq\": 1}"), "device");
		Problems.field(
				save(card, attempt, s.single(), "{\"answer\": [\"Z\"], \"seq\": 1, \"device\": \"" + device + "\"}"),
				"answer");
		MvcTestResult notOnPaper = save(card, attempt, Long.MAX_VALUE,
				"{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + device + "\"}");
		assertThat(notOnPaper).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(jdbc.sql("SELECT COUNT(answer) FROM attempt_item WHERE attempt_id = ?")
			.param(attempt)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLateAnswerAndAnAnswerFromADeviceTakenOverAreRefusedInTheCallersLanguage() throws Exception {
		Sitting s = sitting();
		String card = s.candidate().cardNo();
		String first = body(start(card, s.exam(), null));
		long attempt = ((Number) JsonPath.read(first, "$.attemptId")).longValue();
		String old = JsonPath.read(first, "$.device");
		String phone = JsonPath.read(body(start(card, s.exam(), null)), "$.device");
		MvcTestResult stale = save(card, attempt, s.single(),
				"{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + old + "\"}");
		assertThat(stale).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<String>read(body(stale), "$.code")).isEqualTo("exam.attempt.takenOver");
		assertThat(JsonPath.<String>read(body(stale), "$.detail")).containsPattern("[\\u4e00-\\u9fa5]");

		jdbc.sql("UPDATE exam_attempt SET deadline = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), attempt)
			.update();
		MvcTestResult late = save(card, attempt, s.single(),
				"{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + phone + "\"}");
		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		assertThat(JsonPath.<String>read(body(late), "$.code")).isEqualTo("exam.attempt.timeUp");
		MvcTestResult english = mvc.put()
			.uri("/api/v1/attempts/{id}/answers/{q}", attempt, s.single())
			.with(logins.as(card))
			.with(csrf())
			.header("Accept-Language", Locale.ENGLISH.toLanguageTag())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + phone + "\"}")
			.exchange();
		assertThat(JsonPath.<String>read(body(english), "$.detail")).doesNotContainPattern("[\\u4e00-\\u9fa5]");
		assertThat(jdbc.sql("SELECT COUNT(answer) FROM attempt_item WHERE attempt_id = ?")
			.param(attempt)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachRoleReachesOnlyItsOwnSideOfAnExam() throws Exception {
		Sitting s = sitting();
		String card = s.candidate().cardNo();
		String paper = body(start(card, s.exam(), null));
		long attempt = ((Number) JsonPath.read(paper, "$.attemptId")).longValue();
		String device = JsonPath.read(paper, "$.device");
		// An admin is not a candidate
		assertThat(save(Demo.JINGKAI_ADMIN, attempt, s.single(),
				"{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + device + "\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(start(Demo.JINGKAI_ADMIN, s.exam(), null)).hasStatus(HttpStatus.FORBIDDEN);
		// A candidate is not an organiser
		for (String uri : List.of("/api/v1/exams/{id}/results", "/api/v1/exams/{id}/analysis",
				"/api/v1/exams/{id}/candidates", "/api/v1/exams/{id}/attempts")) {
			assertThat(mvc.get().uri(uri, s.exam()).with(logins.as(card))).as(uri)
				.hasStatus4xxClientError()
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(mvc.post()
			.uri("/api/v1/attempts/{id}/extra-time", attempt)
			.with(logins.as(card))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": 60, \"reason\": \"给自己加时\"}")).hasStatus(HttpStatus.FORBIDDEN);
		// Another member may neither see nor save the attempt
		String other = people.member(Demo.HAISITANPU).cardNo();
		assertThat(mvc.get().uri("/api/v1/attempts/{id}", attempt).with(logins.as(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				save(other, attempt, s.single(), "{\"answer\": [\"A\"], \"seq\": 1, \"device\": \"" + device + "\"}"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(start(other, s.exam(), null)).hasStatus(HttpStatus.FORBIDDEN);
		// The organiser sees results and the log
		assertThat(mvc.get().uri("/api/v1/exams/{id}/attempts", s.exam()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("\"total\":1");
		assertThat(mvc.get().uri("/api/v1/exams/{id}/analysis", s.exam()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk();
		// Another union's admin reaches nothing of it
		assertThat(mvc.get().uri("/api/v1/exams/{id}", s.exam()).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus4xxClientError();
	}

}
