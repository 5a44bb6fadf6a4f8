package cn.jiangxin.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.internal.ExamSetup;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;
import cn.jiangxin.support.Refusals;

/**
 * Sends every write endpoint of the exam module, pages and API alike, at exams whose
 * results are final: the demo's robot-final theory exam and a small exam finalised here
 * with a short answer marked. Each write about the exam is refused (4xx, or a page's
 * redirect that says why; never 2xx, never 5xx) and changes nothing it decided: not the
 * exam, its candidates, staff or paper, an attempt, an answer, a mark, the results, and
 * no audit row. Editing a bank's question the exam used is allowed and changes nothing of
 * the exam (it keeps its version). A new write endpoint fails this test until it is
 * listed here.
 */
@IntegrationTest
class ExamClosedWalkTests {

	/** Who sends a request. */
	enum As {

		ORGANISER, CANDIDATE, GRADER

	}

	/**
	 * A final exam: its organiser, a candidate who sat it with their attempt, the device
	 * that held it and a question of it, a candidate who never started, a staff account,
	 * a mark (where the exam had short answers), and whether its bank is the walk's own
	 * (to edit).
	 */
	record Target(String name, long exam, String organiser, long bank, long area, String candidate, long attempt,
			String device, long question, long absentMember, String ticketNo, long staffAccount, StaffDuty staffDuty,
			String grader, Long mark, Long markedQuestion, boolean ownBank) {
	}

	/**
	 * A write endpoint, with a request that would change something if the exam were open.
	 */
	record Probe(HttpMethod method, String pattern, Function<Target, String> url, String body, As as) {

		String key() {
			return method + " " + pattern;
		}

	}

	/**
	 * Writes to a bank: a final exam keeps the versions of its questions it was published
	 * with, so these go through, and the walk checks that the exam did not move.
	 */
	static final Set<String> BANK_EDITS = Set.of("PUT /api/v1/questions/{questionId}",
			"POST /manage/questions/{questionId}", "POST /api/v1/questions/{questionId}/retire",
			"POST /manage/questions/{questionId}/retire");

	/**
	 * What the page of a handed-in attempt still asks (its clock): it records nothing for
	 * an attempt no longer open, and answers that the attempt is handed in.
	 */
	static final String HEARTBEAT = "POST /api/v1/attempts/{id}/events";

	/**
	 * Handing in again, as a page whose first hand-in got no answer would: it answers the
	 * attempt as it was handed in.
	 */
	static final String HAND_IN = "POST /api/v1/attempts/{id}/submit";

	/**
	 * Writes about no existing exam (new banks, new exams, their parts), not sent here.
	 */
	static final Set<String> NOT_ABOUT_AN_EXAM = Set.of("POST /api/v1/question-banks", "POST /manage/question-banks",
			"PUT /api/v1/question-banks/{id}", "POST /manage/question-banks/{id}",
			"POST /api/v1/question-banks/{id}/areas", "POST /manage/question-banks/{id}/areas",
			"POST /api/v1/question-banks/{id}/questions", "POST /manage/question-banks/{id}/questions",
			"POST /api/v1/question-banks/{id}/images", "POST /api/v1/question-banks/{id}/import",
			"POST /manage/question-banks/{id}/import", "POST /api/v1/exams", "POST /manage/exams");

	static List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Setup
		probes.add(api(HttpMethod.PUT, "/api/v1/exams/{id}", t -> exam(t), "EXAM_UPDATE"));
		probes.add(api(HttpMethod.PUT, "/api/v1/exams/{id}/blueprint", t -> exam(t) + "/blueprint",
				"{\"rows\": [{\"type\": \"SINGLE\", \"difficultyMin\": 1, \"difficultyMax\": 5, \"count\": 1, "
						+ "\"points\": 1}]}"));
		probes.add(api(HttpMethod.PUT, "/api/v1/exams/{id}/fixed-paper", t -> exam(t) + "/fixed-paper",
				"{\"questions\": [{\"questionId\": QUESTION}]}"));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/publish", t -> exam(t) + "/publish", "{\"version\": 0}"));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/close", t -> exam(t) + "/close", null));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/finalise", t -> exam(t) + "/finalise", null));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/candidates", t -> exam(t) + "/candidates",
				"{\"memberIds\": [ABSENT]}"));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/candidates/refresh", t -> exam(t) + "/candidates/refresh",
				null));
		probes.add(api(HttpMethod.DELETE, "/api/v1/exams/{id}/candidates/{memberId}",
				t -> exam(t) + "/candidates/" + t.absentMember(), null));
		probes.add(api(HttpMethod.POST, "/api/v1/exam-tickets/{ticketNo}/check-in",
				t -> "/api/v1/exam-tickets/" + t.ticketNo() + "/check-in", null));
		probes.add(api(HttpMethod.POST, "/api/v1/exams/{id}/staff", t -> exam(t) + "/staff",
				"{\"username\": \"" + Demo.JINGKAI_ADMIN + "\", \"duty\": \"GRADER\"}"));
		probes.add(api(HttpMethod.DELETE, "/api/v1/exams/{id}/staff/{accountId}",
				t -> exam(t) + "/staff/" + t.staffAccount() + "?duty=" + t.staffDuty(), null));
		probes.add(page("/manage/exams/{id}",
				t -> manage(t) + "?title=改名&orgId=1&audience=MEMBER_LIST"
						+ "&opensAt=2026-01-01T09:00&closesAt=2026-01-01T10:00&durationMinutes=60&attemptsAllowed=1"
						+ "&passMark=60&bankId=" + t.bank() + "&paperKind=FIXED&version=0"));
		probes.add(page("/manage/exams/{id}/blueprint", t -> manage(t) + "/blueprint?rows[0].type=SINGLE"
				+ "&rows[0].difficultyMin=1&rows[0].difficultyMax=5&rows[0].count=1&rows[0].points=1"));
		probes.add(page("/manage/exams/{id}/fixed/add", t -> manage(t) + "/fixed/add?questionId=" + t.question()));
		probes
			.add(page("/manage/exams/{id}/fixed/remove", t -> manage(t) + "/fixed/remove?questionId=" + t.question()));
		probes.add(page("/manage/exams/{id}/publish", t -> manage(t) + "/publish?version=0"));
		probes.add(page("/manage/exams/{id}/candidates", t -> manage(t) + "/candidates?cardNos=ABSENT_CARD"));
		probes.add(page("/manage/exams/{id}/candidates/refresh", t -> manage(t) + "/candidates/refresh"));
		probes.add(page("/manage/exams/{id}/candidates/remove",
				t -> manage(t) + "/candidates/remove?memberId=" + t.absentMember()));
		probes.add(page("/manage/exams/{id}/check-in", t -> manage(t) + "/check-in?ticketNo=" + t.ticketNo()));
		probes.add(page("/manage/exams/{id}/staff",
				t -> manage(t) + "/staff?username=" + Demo.JINGKAI_ADMIN + "&duty=GRADER"));
		probes.add(page("/manage/exams/{id}/staff/remove",
				t -> manage(t) + "/staff/remove?accountId=" + t.staffAccount() + "&duty=" + t.staffDuty()));
		probes.add(page("/manage/exams/{id}/close", t -> manage(t) + "/close"));
		probes.add(page("/manage/exams/{id}/finalise", t -> manage(t) + "/finalise"));
		// Sitting
		probes.add(new Probe(HttpMethod.POST, "/api/v1/exams/{id}/attempts", t -> exam(t) + "/attempts",
				"{\"device\": \"DEVICE\"}", As.CANDIDATE));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/attempts/{id}/answers/{questionId}",
				t -> attempt(t) + "/answers/" + t.question(),
				"{\"answer\": [\"B\"], \"seq\": 999999, \"device\": \"DEVICE\"}", As.CANDIDATE));
		probes.add(new Probe(HttpMethod.POST, HEARTBEAT.substring(5), t -> attempt(t) + "/events",
				"{\"kind\": \"FOCUS_LOST\", \"device\": \"DEVICE\"}", As.CANDIDATE));
		probes.add(new Probe(HttpMethod.POST, HAND_IN.substring(5), t -> attempt(t) + "/submit",
				"{\"device\": \"DEVICE\"}", As.CANDIDATE));
		probes.add(api(HttpMethod.POST, "/api/v1/attempts/{id}/extra-time", t -> attempt(t) + "/extra-time",
				"{\"minutes\": 10, \"reason\": \"结果公布后补时\"}"));
		probes.add(api(HttpMethod.POST, "/api/v1/attempts/{id}/collect", t -> attempt(t) + "/collect",
				"{\"reason\": \"结果公布后收卷\"}"));
		probes.add(page("/manage/attempts/{aid}/extra-time",
				t -> "/manage/attempts/" + t.attempt() + "/extra-time?minutes=10&reason=结果公布后补时"));
		probes.add(page("/manage/attempts/{aid}/collect",
				t -> "/manage/attempts/" + t.attempt() + "/collect?reason=结果公布后收卷"));
		// Grading
		probes.add(new Probe(HttpMethod.POST, "/api/v1/grading/exams/{examId}/questions/{questionId}/claim",
				t -> "/api/v1/grading/exams/" + t.exam() + "/questions/" + t.markedQuestion() + "/claim", null,
				As.GRADER));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/grading/marks/{markId}", t -> "/api/v1/grading/marks/" + t.mark(),
				"{\"score\": 0, \"comment\": \"改分\"}", As.GRADER));
		probes.add(new Probe(HttpMethod.DELETE, "/api/v1/grading/marks/{markId}",
				t -> "/api/v1/grading/marks/" + t.mark(), null, As.GRADER));
		probes.add(new Probe(HttpMethod.POST, "/manage/exams/{id}/grading/{questionId}/claim",
				t -> manage(t) + "/grading/" + t.markedQuestion() + "/claim", null, As.GRADER));
		probes.add(new Probe(HttpMethod.POST, "/manage/marks/{markId}",
				t -> "/manage/marks/" + t.mark() + "?score=0&comment=改分", null, As.GRADER));
		probes.add(new Probe(HttpMethod.POST, "/manage/marks/{markId}/release",
				t -> "/manage/marks/" + t.mark() + "/release", null, As.GRADER));
		// The bank under the exam
		probes.add(api(HttpMethod.PUT, "/api/v1/questions/{questionId}", t -> "/api/v1/questions/" + t.question(),
				"QUESTION_EDIT"));
		probes.add(page("/manage/questions/{questionId}", t -> "/manage/questions/" + t.question() + "?type=SINGLE"
				+ "&areaId=" + t.area() + "&difficulty=2&stem=公布后改的题干&options=甲&options=乙&answers=B&points=1"));
		probes.add(api(HttpMethod.POST, "/api/v1/questions/{questionId}/retire",
				t -> "/api/v1/questions/" + t.question() + "/retire", "{\"retired\": true}"));
		probes.add(page("/manage/questions/{questionId}/retire",
				t -> "/manage/questions/" + t.question() + "/retire?retired=true"));
		return probes;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	ContestFixtures people;

	@Autowired
	ExamSetup setup;

	@Autowired
	ExamService exams;

	@Autowired
	Sittings sittings;

	@Autowired
	Grading grading;

	@Autowired
	ExamResults results;

	@Test
	void everyWriteEndpointOfTheExamModuleIsWalked() {
		Set<String> walked = new TreeSet<>(NOT_ABOUT_AN_EXAM);
		probes().forEach(probe -> walked.add(probe.key()));
		Set<String> writes = Refusals.writes(mappings, "cn.jiangxin.exam");
		assertThat(walked).as("every write of the exam module is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked);
	}

	@Test
	void nothingChangesInTheRobotFinalsTheoryExam() throws Exception {
		long exam = jdbc
			.sql("SELECT id FROM exam WHERE audience = 'CONTEST_ROUND' AND status = 'FINAL' "
					+ "AND title LIKE '%工业机器人%'")
			.query(Long.class)
			.single();
		long attempt = jdbc.sql("SELECT MIN(id) FROM exam_attempt WHERE exam_id = ?")
			.param(exam)
			.query(Long.class)
			.single();
		long bank = jdbc.sql("SELECT bank_id FROM exam WHERE id = ?").param(exam).query(Long.class).single();
		long question = jdbc.sql("SELECT MIN(question_id) FROM attempt_item WHERE attempt_id = ?")
			.param(attempt)
			.query(Long.class)
			.single();
		long area = jdbc
			.sql("SELECT v.area_id FROM attempt_item i JOIN question_version v ON v.id = i.version_id "
					+ "WHERE i.attempt_id = ? AND i.question_id = ?")
			.params(attempt, question)
			.query(Long.class)
			.single();
		String candidate = jdbc
			.sql("SELECT m.card_no FROM member m JOIN exam_attempt a ON a.member_id = m.id WHERE a.id = ?")
			.param(attempt)
			.query(String.class)
			.single();
		String device = jdbc.sql("SELECT device FROM exam_attempt WHERE id = ?")
			.param(attempt)
			.query(String.class)
			.single();
		long organiser = jdbc.sql("SELECT id FROM account WHERE username = ?")
			.param(Demo.JINGKAI_ADMIN)
			.query(Long.class)
			.single();
		String ticket = jdbc.sql("SELECT MIN(ticket_no) FROM exam_candidate WHERE exam_id = ?")
			.param(exam)
			.query(String.class)
			.single();
		long absent = people.member(Demo.HAISITANPU).id();
		walk(new Target("robot final theory", exam, Demo.JINGKAI_ADMIN, bank, area, candidate, attempt, device,
				question, absent, ticket, organiser, StaffDuty.INVIGILATOR, Demo.JINGKAI_ADMIN, null, null, false));
	}

	@Test
	void nothingChangesInAnExamFinalisedWithItsShortAnswersMarked() throws Exception {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		ExamSetup.Bank bank = setup.bank(admin, orgs.id(Demo.JINGKAI), 1);
		ContestFixtures.Someone sat = people.member(Demo.HAISITANPU);
		ContestFixtures.Someone absent = people.member(Demo.HAISITANPU);
		long exam = setup.exam(admin, orgs.id(Demo.JINGKAI), bank, List.of(sat.id(), absent.id()), Duration.ofHours(1),
				60, 2, false, QuestionType.SINGLE, QuestionType.SHORT);
		String grader = "walk-grader-" + System.nanoTime() % 100_000;
		people.admin(grader, Demo.HAISITANPU);
		exams.addStaff(admin, exam, grader, StaffDuty.GRADER);
		Actor candidate = logins.actor(sat.cardNo());
		CandidatePaper paper = sittings.start(candidate, exam, null, "10.0.0.8");
		long single = bank.first(QuestionType.SINGLE);
		long shortAnswer = bank.first(QuestionType.SHORT);
		sittings.save(candidate, paper.attemptId(), single, List.of("A"), 1, paper.device());
		sittings.save(candidate, paper.attemptId(), shortAnswer, List.of("先断电，再挂牌上锁"), 2, paper.device());
		sittings.submit(candidate, paper.attemptId(), paper.device());
		MarkTask task = grading.claim(logins.actor(grader), exam, shortAnswer).orElseThrow();
		grading.mark(logins.actor(grader), task.markId(), new BigDecimal("4"), "要点齐全");
		results.close(admin, exam);
		results.finalise(admin, exam);
		String ticket = jdbc.sql("SELECT ticket_no FROM exam_candidate WHERE exam_id = ? AND member_id = ?")
			.params(exam, absent.id())
			.query(String.class)
			.single();
		long graderAccount = jdbc.sql("SELECT id FROM account WHERE username = ?")
			.param(grader)
			.query(Long.class)
			.single();
		walk(new Target("finalised with marks", exam, Demo.JINGKAI_ADMIN, bank.id(), bank.area(), sat.cardNo(),
				paper.attemptId(), paper.device(), single, absent.id(), ticket, graderAccount, StaffDuty.GRADER, grader,
				task.markId(), shortAnswer, true));
	}

	private void walk(Target target) throws Exception {
		List<?> finals = results.finalResults(target.exam());
		assertThat(finals).as(target.name() + " has final results").isNotEmpty();
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (Probe probe : probes()) {
			String key = probe.key();
			if (probe.as() == As.GRADER && target.mark() == null || BANK_EDITS.contains(key) && !target.ownBank()) {
				continue;
			}
			List<Object> before = fingerprint(target);
			long lastAudit = lastAudit();
			MvcResult result = mvc.perform(request(probe, target)).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			outcomes.put(key, String.valueOf(status));
			assertThat(status).as(target.name() + ": " + key + " never fails on the server " + body).isLessThan(500);
			assertThat(fingerprint(target)).as(target.name() + ": " + key + " changes nothing").isEqualTo(before);
			List<String> audited = jdbc.sql("SELECT entity_type FROM audit_event WHERE id > ? ORDER BY id")
				.param(lastAudit)
				.query(String.class)
				.list();
			if (BANK_EDITS.contains(key)) {
				assertThat(status).as(target.name() + ": " + key + " edits the bank " + body).isIn(200, 204, 302);
				assertThat(audited).as(key).containsOnly("question");
				continue;
			}
			assertThat(audited).as(target.name() + ": " + key + " writes no audit row").isEmpty();
			if (key.equals(HEARTBEAT)) {
				assertThat(status).isEqualTo(200);
				assertThat(body).contains("\"held\":true").doesNotContain("IN_PROGRESS");
				continue;
			}
			if (key.equals(HAND_IN)) {
				assertThat(status).isEqualTo(200);
				assertThat(body).doesNotContain("IN_PROGRESS");
				continue;
			}
			Refusals.refused(result, probe.pattern().startsWith("/api/"), target.name() + ": " + key);
		}
		assertThat(results.finalResults(target.exam())).as(target.name() + ": the final results as they were")
			.isEqualTo(finals);
		assertThat(outcomes).isNotEmpty();
	}

	/** What a write could change about an exam, as values. */
	private List<Object> fingerprint(Target t) {
		long e = t.exam();
		List<String> queries = List.of(
				"SELECT status || version || opens_at || closes_at || duration_minutes || pass_mark || bank_id "
						+ "|| paper_kind || COALESCE(max_score, -1) FROM exam WHERE id = " + e,
				"SELECT COUNT(*) FROM exam_candidate WHERE exam_id = " + e,
				"SELECT COUNT(checked_in_at) FROM exam_candidate WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_staff WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_blueprint_row WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_fixed_question WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_pool WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_attempt WHERE exam_id = " + e,
				"SELECT COUNT(*) FROM exam_attempt WHERE status = 'IN_PROGRESS' AND exam_id = " + e,
				"SELECT COALESCE(SUM(score), 0) FROM exam_attempt WHERE exam_id = " + e,
				"SELECT COALESCE(SUM(extra_minutes), 0) FROM exam_attempt WHERE exam_id = " + e,
				"SELECT MAX(deadline) FROM exam_attempt WHERE exam_id = " + e,
				"SELECT MAX(submitted_at) FROM exam_attempt WHERE exam_id = " + e,
				"SELECT device FROM exam_attempt WHERE id = " + t.attempt(),
				"SELECT COUNT(i.answer) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT COALESCE(SUM(i.answer_seq), 0) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT COALESCE(SUM(i.score), 0) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT COUNT(DISTINCT i.version_id) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT COUNT(*) FROM attempt_event v JOIN exam_attempt a ON a.id = v.attempt_id WHERE a.exam_id = "
						+ e,
				"SELECT COUNT(*) FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id WHERE a.exam_id = " + e,
				"SELECT COALESCE(SUM(m.score), 0) FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT COALESCE(SUM(m.grader_id), 0) FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id "
						+ "WHERE a.exam_id = " + e,
				"SELECT MAX(m.expires_at) FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id "
						+ "WHERE a.exam_id = " + e);
		List<Object> values = new ArrayList<>();
		for (String sql : queries) {
			values.add(jdbc.sql(sql).query((rs, row) -> {
				Object value = rs.getObject(1);
				return value instanceof BigDecimal number ? number.stripTrailingZeros() : String.valueOf(value);
			}).single());
		}
		return values;
	}

	private long lastAudit() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Probe probe, Target target) {
		String url = probe.url()
			.apply(target)
			.replace("ABSENT_CARD",
					jdbc.sql("SELECT card_no FROM member WHERE id = ?")
						.param(target.absentMember())
						.query(String.class)
						.single());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (probe.key().equals("POST /manage/questions/{questionId}")) {
			builder = MockMvcRequestBuilders.multipart(url);
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), url);
		}
		if (probe.body() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(fill(probe.body(), target));
		}
		String who = switch (probe.as()) {
			case ORGANISER -> target.organiser();
			case CANDIDATE -> target.candidate();
			case GRADER -> target.grader();
		};
		return builder.with(csrf()).with(logins.as(who)).with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		});
	}

	private String fill(String body, Target t) {
		if (body.equals("EXAM_UPDATE")) {
			Map<String, Object> exam = jdbc.sql("SELECT org_id, bank_id, version FROM exam WHERE id = ?")
				.param(t.exam())
				.query()
				.singleRow();
			return "{\"version\": " + exam.get("version") + ", \"exam\": {\"title\": \"公布后改名\", \"orgId\": "
					+ exam.get("org_id") + ", \"audience\": \"MEMBER_LIST\", \"opensAt\": \"2026-01-01T01:00:00Z\", "
					+ "\"closesAt\": \"2026-01-01T02:00:00Z\", \"durationMinutes\": 60, \"attemptsAllowed\": 1, "
					+ "\"passMark\": 1, \"bankId\": " + exam.get("bank_id") + ", \"paperKind\": \"FIXED\"}}";
		}
		if (body.equals("QUESTION_EDIT")) {
			return "{\"type\": \"SINGLE\", \"areaId\": " + t.area() + ", \"difficulty\": 2, \"stem\": \"公布后改的题干\", "
					+ "\"options\": [{\"text\": \"甲\"}, {\"text\": \"乙\"}], \"answers\": [\"B\"], \"points\": 1}";
		}
		return body.replace("QUESTION", String.valueOf(t.question()))
			.replace("ABSENT", String.valueOf(t.absentMember()))
			.replace("DEVICE", t.device());
	}

	private static String exam(Target t) {
		return "/api/v1/exams/" + t.exam();
	}

	private static String attempt(Target t) {
		return "/api/v1/attempts/" + t.attempt();
	}

	private static String manage(Target t) {
		return "/manage/exams/" + t.exam();
	}

	private static Probe api(HttpMethod method, String pattern, Function<Target, String> url, String body) {
		return new Probe(method, pattern, url, body, As.ORGANISER);
	}

	private static Probe page(String pattern, Function<Target, String> url) {
		return new Probe(HttpMethod.POST, pattern, url, null, As.ORGANISER);
	}

}
