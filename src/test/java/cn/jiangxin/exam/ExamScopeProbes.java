package cn.jiangxin.exam;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.exam.internal.ExamFixtures;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * The exam module's endpoints in the scope walk (question banks, exams, sittings,
 * grading; pages and API), and what they aim at: a finance bank with a picture, a finance
 * draft exam, and a finance exam whose candidate has handed in an attempt whose short
 * answer the finance admin has claimed; in 经开区, a bank, a draft by blueprint, a draft
 * fixed paper and a published exam.
 */
@TestComponent
@Order(65)
class ExamScopeProbes implements ScopeProbes {

	/** The finance bank's name, which no outsider's list may show. */
	static final String BANK = "金融探针题库";

	/** The finance exam's title, which no outsider's list may show. */
	static final String EXAM = "金融探针考试";

	private static final String QUESTION = "&type=SINGLE&difficulty=3&stem=越权&options[0]=甲&options[1]=乙"
			+ "&answers=A&points=1";

	private static final String EXAM_FORM = "title=越权考试&audience=MEMBER_LIST&opensAt=2030-01-01T09:00"
			+ "&closesAt=2030-01-01T11:00&durationMinutes=60&attemptsAllowed=1&passMark=60&paperKind=BLUEPRINT";

	/** An exam set for the finance union's subtree, which the outsider may not reach. */
	private static final String OUTSIDER_EXAM = """
			{"title": "越权考试", "orgId": FINANCE, "audience": "SUBTREE", "audienceRef": FINANCE,
			 "opensAt": "2030-01-01T01:00:00Z", "closesAt": "2030-01-01T03:00:00Z", "durationMinutes": 60,
			 "attemptsAllowed": 1, "passMark": 60, "bankId": 1, "paperKind": "BLUEPRINT"}""";

	private static final String EXAM_JSON = """
			{"title": "越权考试", "orgId": %d, "audience": "%s", "audienceRef": %s,
			 "opensAt": "2030-01-01T01:00:00Z", "closesAt": "2030-01-01T03:00:00Z", "durationMinutes": 60,
			 "attemptsAllowed": 1, "passMark": 60, "bankId": %d, "paperKind": "BLUEPRINT"}""";

	private final ExamFixtures fixtures;

	private final Logins logins;

	ExamScopeProbes(ExamFixtures fixtures, Logins logins) {
		this.fixtures = fixtures;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		// Question bank pages
		p.add(get("/manage/question-banks", i -> "/manage/question-banks", Outsider.FILTERED).hiding(BANK));
		p.add(post("/manage/question-banks", i -> "/manage/question-banks?name=越权题库&orgId=" + i.id("finance"), null,
				Outsider.REFUSED));
		p.add(get("/manage/question-banks/{id}", i -> "/manage/question-banks/" + i.id("examBank"), Outsider.REFUSED));
		p.add(post("/manage/question-banks/{id}", i -> "/manage/question-banks/" + i.id("examBank") + "?name=越权", null,
				Outsider.REFUSED));
		p.add(post("/manage/question-banks/{id}/areas",
				i -> "/manage/question-banks/" + i.id("examBank") + "/areas?name=越权", null, Outsider.REFUSED));
		p.add(get("/manage/question-banks/{id}/questions/new",
				i -> "/manage/question-banks/" + i.id("examBank") + "/questions/new", Outsider.REFUSED));
		p.add(post("/manage/question-banks/{id}/questions",
				i -> "/manage/question-banks/" + i.id("examBank") + "/questions?areaId=" + i.id("examArea") + QUESTION,
				null, Outsider.REFUSED));
		p.add(get("/manage/questions/{questionId}", i -> "/manage/questions/" + i.id("examQuestion"),
				Outsider.REFUSED));
		p.add(get("/manage/questions/{questionId}/edit", i -> "/manage/questions/" + i.id("examQuestion") + "/edit",
				Outsider.REFUSED));
		p.add(post("/manage/questions/{questionId}",
				i -> "/manage/questions/" + i.id("examQuestion") + "?areaId=" + i.id("examArea") + QUESTION, null,
				Outsider.REFUSED));
		p.add(post("/manage/questions/{questionId}/retire",
				i -> "/manage/questions/" + i.id("examQuestion") + "/retire", null, Outsider.REFUSED));
		p.add(get("/manage/question-banks/template.xlsx", i -> "/manage/question-banks/template.xlsx", Outsider.OWN));
		p.add(get("/manage/question-banks/{id}/export.xlsx",
				i -> "/manage/question-banks/" + i.id("examBank") + "/export.xlsx", Outsider.REFUSED));
		p.add(get("/manage/question-banks/{id}/import", i -> "/manage/question-banks/" + i.id("examBank") + "/import",
				Outsider.REFUSED));
		p.add(post("/manage/question-banks/{id}/import", i -> "/manage/question-banks/" + i.id("examBank") + "/import",
				"题型,知识点,难度,题干\n判断,越权,1,越权\n", Outsider.REFUSED));
		p.add(get("/exams/images/{hash}", i -> "/exams/images/" + i.text("examImage"), Outsider.REFUSED));
		// Question banks over the API
		p.add(get("/api/v1/question-banks", i -> "/api/v1/question-banks", Outsider.FILTERED).hiding(BANK));
		p.add(post("/api/v1/question-banks", i -> "/api/v1/question-banks", "{\"name\": \"越权题库\", \"orgId\": FINANCE}",
				Outsider.REFUSED));
		p.add(get("/api/v1/question-banks/{id}", i -> "/api/v1/question-banks/" + i.id("examBank"), Outsider.REFUSED));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/question-banks/{id}",
				i -> "/api/v1/question-banks/" + i.id("examBank"), "{\"name\": \"越权\", \"orgId\": FINANCE}",
				Outsider.REFUSED));
		p.add(post("/api/v1/question-banks/{id}/areas", i -> "/api/v1/question-banks/" + i.id("examBank") + "/areas",
				"{\"name\": \"越权\"}", Outsider.REFUSED));
		p.add(get("/api/v1/question-banks/{id}/questions",
				i -> "/api/v1/question-banks/" + i.id("examBank") + "/questions", Outsider.REFUSED));
		p.add(post("/api/v1/question-banks/{id}/questions",
				i -> "/api/v1/question-banks/" + i.id("examBank") + "/questions", questionJson(0), Outsider.REFUSED));
		p.add(post("/api/v1/question-banks/{id}/images", i -> "/api/v1/question-banks/" + i.id("examBank") + "/images",
				"not a picture", Outsider.REFUSED));
		p.add(post("/api/v1/question-banks/{id}/import", i -> "/api/v1/question-banks/" + i.id("examBank") + "/import",
				"题型,知识点,难度,题干\n判断,越权,1,越权\n", Outsider.REFUSED));
		p.add(get("/api/v1/question-banks/{id}/export", i -> "/api/v1/question-banks/" + i.id("examBank") + "/export",
				Outsider.REFUSED));
		p.add(get("/api/v1/question-banks/template", i -> "/api/v1/question-banks/template", Outsider.OWN));
		p.add(get("/api/v1/questions/{questionId}", i -> "/api/v1/questions/" + i.id("examQuestion"),
				Outsider.REFUSED));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/questions/{questionId}",
				i -> "/api/v1/questions/" + i.id("examQuestion"), questionJson(0), Outsider.REFUSED));
		p.add(post("/api/v1/questions/{questionId}/retire",
				i -> "/api/v1/questions/" + i.id("examQuestion") + "/retire", "{\"retired\": true}", Outsider.REFUSED));
		// Exam pages
		p.add(get("/manage/exams", i -> "/manage/exams", Outsider.FILTERED).hiding(EXAM));
		p.add(get("/manage/exams/new", i -> "/manage/exams/new", Outsider.OWN));
		p.add(post("/manage/exams",
				i -> "/manage/exams?" + EXAM_FORM + "&orgId=" + i.id("finance") + "&bankId=" + i.id("examBank"), null,
				Outsider.REFUSED));
		p.add(get("/manage/exams/{id}", i -> "/manage/exams/" + i.id("exam"), Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/edit", i -> "/manage/exams/" + i.id("examDraft") + "/edit", Outsider.REFUSED));
		p.add(post("/manage/exams/{id}", i -> "/manage/exams/" + i.id("examDraft") + "?" + EXAM_FORM + "&orgId="
				+ i.id("finance") + "&bankId=" + i.id("examBank"), null, Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/paper", i -> "/manage/exams/" + i.id("examDraft") + "/paper", Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/blueprint",
				i -> "/manage/exams/" + i.id("examDraft") + "/blueprint?rows[0].type=SINGLE&rows[0].difficultyMin=1"
						+ "&rows[0].difficultyMax=5&rows[0].count=1&rows[0].points=1",
				null, Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/fixed/add",
				i -> "/manage/exams/" + i.id("examDraft") + "/fixed/add?questionId=" + i.id("examQuestion"), null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/fixed/remove",
				i -> "/manage/exams/" + i.id("examDraft") + "/fixed/remove?questionId=" + i.id("examQuestion"), null,
				Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/preview", i -> "/manage/exams/" + i.id("exam") + "/preview", Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/publish", i -> "/manage/exams/" + i.id("examDraft") + "/publish?version=0", null,
				Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/candidates", i -> "/manage/exams/" + i.id("exam") + "/candidates",
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/candidates",
				i -> "/manage/exams/" + i.id("exam") + "/candidates?cardNos=" + i.text("entrantCard"), null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/candidates/refresh",
				i -> "/manage/exams/" + i.id("exam") + "/candidates/refresh", null, Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/candidates/remove",
				i -> "/manage/exams/" + i.id("examDraft") + "/candidates/remove?memberId=" + i.id("entrant"), null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/check-in",
				i -> "/manage/exams/" + i.id("exam") + "/check-in?ticketNo=" + i.text("examTicket"), null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/staff",
				i -> "/manage/exams/" + i.id("exam") + "/staff?username=jinrong" + "&duty=GRADER", null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/staff/remove", i -> "/manage/exams/" + i.id("exam") + "/staff/remove?accountId="
				+ i.id("financeAdmin") + "&duty=GRADER", null, Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/live", i -> "/manage/exams/" + i.id("exam") + "/live", Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/live/rows", i -> "/manage/exams/" + i.id("exam") + "/live/rows",
				Outsider.REFUSED));
		p.add(get("/manage/attempts/{aid}", i -> "/manage/attempts/" + i.id("examAttempt"), Outsider.REFUSED));
		p.add(post("/manage/attempts/{aid}/extra-time",
				i -> "/manage/attempts/" + i.id("examAttempt") + "/extra-time?minutes=10&reason=越权", null,
				Outsider.REFUSED));
		p.add(post("/manage/attempts/{aid}/collect",
				i -> "/manage/attempts/" + i.id("examAttempt") + "/collect?reason=越权", null, Outsider.REFUSED));
		p.add(get("/exams/tickets/{ticketNo}", i -> "/exams/tickets/" + i.text("examTicket"), Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/close", i -> "/manage/exams/" + i.id("exam") + "/close", null,
				Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/finalise", i -> "/manage/exams/" + i.id("exam") + "/finalise", null,
				Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/results", i -> "/manage/exams/" + i.id("exam") + "/results", Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/results.xlsx", i -> "/manage/exams/" + i.id("exam") + "/results.xlsx",
				Outsider.REFUSED));
		p.add(get("/manage/exams/{id}/analysis", i -> "/manage/exams/" + i.id("exam") + "/analysis", Outsider.REFUSED));
		// Grading pages
		p.add(get("/manage/grading", i -> "/manage/grading", Outsider.FILTERED).hiding(EXAM));
		p.add(get("/manage/exams/{id}/grading", i -> "/manage/exams/" + i.id("exam") + "/grading", Outsider.REFUSED));
		p.add(post("/manage/exams/{id}/grading/{questionId}/claim",
				i -> "/manage/exams/" + i.id("exam") + "/grading/" + i.id("examShortQuestion") + "/claim", null,
				Outsider.REFUSED));
		p.add(get("/manage/marks/{markId}", i -> "/manage/marks/" + i.id("examMark"), Outsider.MEMBER_ONLY));
		p.add(post("/manage/marks/{markId}", i -> "/manage/marks/" + i.id("examMark") + "?score=1", null,
				Outsider.REFUSED));
		p.add(post("/manage/marks/{markId}/release", i -> "/manage/marks/" + i.id("examMark") + "/release", null,
				Outsider.REFUSED));
		// A member's pages
		p.add(get("/me/exams", i -> "/me/exams", Outsider.MEMBER_ONLY));
		p.add(get("/me/exams/{id}", i -> "/me/exams/" + i.id("exam"), Outsider.MEMBER_ONLY));
		p.add(get("/me/exams/{id}/sit", i -> "/me/exams/" + i.id("exam") + "/sit", Outsider.MEMBER_ONLY));
		p.add(get("/me/exams/{id}/ticket", i -> "/me/exams/" + i.id("exam") + "/ticket", Outsider.MEMBER_ONLY));
		p.add(get("/me/attempts/{aid}", i -> "/me/attempts/" + i.id("examAttempt"), Outsider.MEMBER_ONLY));
		p.add(get("/exams/{id}/leaderboard", i -> "/exams/" + i.id("exam") + "/leaderboard", Outsider.REFUSED));
		// Exams over the API
		p.add(get("/api/v1/exams", i -> "/api/v1/exams", Outsider.FILTERED).hiding(EXAM));
		p.add(post("/api/v1/exams", i -> "/api/v1/exams", OUTSIDER_EXAM, Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}", i -> "/api/v1/exams/" + i.id("exam"), Outsider.REFUSED));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/exams/{id}", i -> "/api/v1/exams/" + i.id("examDraft"),
				"{\"exam\": " + OUTSIDER_EXAM + ", \"version\": 0}", Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/blueprint", i -> "/api/v1/exams/" + i.id("examDraft") + "/blueprint",
				Outsider.REFUSED));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/exams/{id}/blueprint",
				i -> "/api/v1/exams/" + i.id("examDraft") + "/blueprint", BLUEPRINT.formatted("null"),
				Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/fixed-paper", i -> "/api/v1/exams/" + i.id("exam") + "/fixed-paper",
				Outsider.REFUSED));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/exams/{id}/fixed-paper",
				i -> "/api/v1/exams/" + i.id("exam") + "/fixed-paper", "{\"questions\": [{\"questionId\": 1}]}",
				Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/preview", i -> "/api/v1/exams/" + i.id("exam") + "/preview", Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/publish", i -> "/api/v1/exams/" + i.id("examDraft") + "/publish",
				"{\"version\": 0}", Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/close", i -> "/api/v1/exams/" + i.id("exam") + "/close", null,
				Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/finalise", i -> "/api/v1/exams/" + i.id("exam") + "/finalise", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/candidates", i -> "/api/v1/exams/" + i.id("exam") + "/candidates",
				Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/candidates", i -> "/api/v1/exams/" + i.id("exam") + "/candidates",
				"{\"memberIds\": [1]}", Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/candidates/refresh",
				i -> "/api/v1/exams/" + i.id("exam") + "/candidates/refresh", null, Outsider.REFUSED));
		p.add(new Probe(HttpMethod.DELETE, "/api/v1/exams/{id}/candidates/{memberId}",
				i -> "/api/v1/exams/" + i.id("examDraft") + "/candidates/" + i.id("entrant"), null, Outsider.REFUSED));
		p.add(post("/api/v1/exam-tickets/{ticketNo}/check-in",
				i -> "/api/v1/exam-tickets/" + i.text("examTicket") + "/check-in", null, Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/staff", i -> "/api/v1/exams/" + i.id("exam") + "/staff", Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/staff", i -> "/api/v1/exams/" + i.id("exam") + "/staff",
				"{\"username\": \"jinrong\", \"duty\": \"GRADER\"}", Outsider.REFUSED));
		p.add(new Probe(HttpMethod.DELETE, "/api/v1/exams/{id}/staff/{accountId}",
				i -> "/api/v1/exams/" + i.id("exam") + "/staff/" + i.id("financeAdmin") + "?duty=GRADER", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/attempts", i -> "/api/v1/exams/" + i.id("exam") + "/attempts", Outsider.REFUSED));
		p.add(post("/api/v1/exams/{id}/attempts", i -> "/api/v1/exams/" + i.id("exam") + "/attempts", "{}",
				Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/exams/{id}/results", i -> "/api/v1/exams/" + i.id("exam") + "/results", Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/analysis", i -> "/api/v1/exams/" + i.id("exam") + "/analysis", Outsider.REFUSED));
		p.add(get("/api/v1/exams/{id}/leaderboard", i -> "/api/v1/exams/" + i.id("exam") + "/leaderboard",
				Outsider.REFUSED));
		// Attempts over the API
		p.add(new Probe(HttpMethod.PUT, "/api/v1/attempts/{id}/answers/{questionId}",
				i -> "/api/v1/attempts/" + i.id("examAttempt") + "/answers/" + i.id("examQuestion"),
				"{\"answer\": [\"A\"], \"seq\": 99, \"device\": \"AAAAAAAAAAAAAAAAAAAAAA\"}", Outsider.MEMBER_ONLY));
		p.add(post("/api/v1/attempts/{id}/events", i -> "/api/v1/attempts/" + i.id("examAttempt") + "/events",
				"{\"device\": \"AAAAAAAAAAAAAAAAAAAAAA\"}", Outsider.MEMBER_ONLY));
		p.add(post("/api/v1/attempts/{id}/submit", i -> "/api/v1/attempts/" + i.id("examAttempt") + "/submit",
				"{\"device\": \"AAAAAAAAAAAAAAAAAAAAAA\"}", Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/attempts/{id}", i -> "/api/v1/attempts/" + i.id("examAttempt"), Outsider.REFUSED));
		p.add(post("/api/v1/attempts/{id}/extra-time", i -> "/api/v1/attempts/" + i.id("examAttempt") + "/extra-time",
				"{\"minutes\": 10, \"reason\": \"越权\"}", Outsider.REFUSED));
		p.add(post("/api/v1/attempts/{id}/collect", i -> "/api/v1/attempts/" + i.id("examAttempt") + "/collect",
				"{\"reason\": \"越权\"}", Outsider.REFUSED));
		p.add(get("/api/v1/me/exams", i -> "/api/v1/me/exams", Outsider.MEMBER_ONLY));
		// Grading over the API
		p.add(get("/api/v1/grading", i -> "/api/v1/grading", Outsider.FILTERED).hiding(EXAM));
		p.add(get("/api/v1/grading/exams/{examId}", i -> "/api/v1/grading/exams/" + i.id("exam"), Outsider.REFUSED));
		p.add(post("/api/v1/grading/exams/{examId}/questions/{questionId}/claim",
				i -> "/api/v1/grading/exams/" + i.id("exam") + "/questions/" + i.id("examShortQuestion") + "/claim",
				null, Outsider.REFUSED));
		p.add(get("/api/v1/grading/marks/{markId}", i -> "/api/v1/grading/marks/" + i.id("examMark"),
				Outsider.MEMBER_ONLY));
		p.add(new Probe(HttpMethod.PUT, "/api/v1/grading/marks/{markId}",
				i -> "/api/v1/grading/marks/" + i.id("examMark"), "{\"score\": 1}", Outsider.REFUSED));
		p.add(new Probe(HttpMethod.DELETE, "/api/v1/grading/marks/{markId}",
				i -> "/api/v1/grading/marks/" + i.id("examMark"), null, Outsider.REFUSED));
		return p;
	}

	private static final String BLUEPRINT = """
			{"rows": [{"areaId": %s, "type": "SINGLE", "difficultyMin": 1, "difficultyMax": 5, "count": 1,
			 "points": 1}]}""";

	private static String questionJson(long area) {
		return """
				{"type": "SINGLE", "areaId": %d, "difficulty": 3, "stem": "越权", "options": [{"text": "甲"},
				 {"text": "乙"}], "answers": ["A"], "points": 1}""".formatted(area);
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> b = new ArrayList<>();
		b.add(admin(HttpMethod.POST, "/manage/question-banks",
				(j, i) -> "/manage/question-banks?name=越权题库&orgId=" + i.id("finance"), "orgId"));
		b.add(admin(HttpMethod.POST, "/manage/question-banks/{id}",
				(j, i) -> "/manage/question-banks/" + j.id("examBank") + "?name=改名&orgId=" + i.id("finance"), "orgId"));
		b.add(admin(HttpMethod.POST, "/manage/question-banks/{id}/areas",
				(j, i) -> "/manage/question-banks/" + j.id("examBank") + "/areas?name=越权&parentId=" + i.id("examArea"),
				"parentId"));
		b.add(admin(HttpMethod.POST, "/manage/question-banks/{id}/questions", (j, i) -> "/manage/question-banks/"
				+ j.id("examBank") + "/questions?areaId=" + i.id("examArea") + QUESTION, "areaId"));
		b.add(admin(HttpMethod.POST, "/manage/questions/{questionId}",
				(j, i) -> "/manage/questions/" + j.id("examQuestion") + "?areaId=" + i.id("examArea") + QUESTION,
				"areaId"));
		b.add(api(HttpMethod.POST, "/api/v1/question-banks", (j, i) -> "/api/v1/question-banks",
				(j, i) -> "{\"name\": \"越权题库\", \"orgId\": " + i.id("finance") + "}", "orgId"));
		b.add(api(HttpMethod.PUT, "/api/v1/question-banks/{id}", (j, i) -> "/api/v1/question-banks/" + j.id("examBank"),
				(j, i) -> "{\"name\": \"改名\", \"orgId\": " + i.id("finance") + "}", "orgId"));
		b.add(api(HttpMethod.POST, "/api/v1/question-banks/{id}/areas",
				(j, i) -> "/api/v1/question-banks/" + j.id("examBank") + "/areas",
				(j, i) -> "{\"name\": \"越权\", \"parentId\": " + i.id("examArea") + "}", "parentId"));
		b.add(api(HttpMethod.POST, "/api/v1/question-banks/{id}/questions",
				(j, i) -> "/api/v1/question-banks/" + j.id("examBank") + "/questions",
				(j, i) -> questionJson(i.id("examArea")), "areaId"));
		b.add(api(HttpMethod.PUT, "/api/v1/questions/{questionId}",
				(j, i) -> "/api/v1/questions/" + j.id("examQuestion"), (j, i) -> questionJson(i.id("examArea")),
				"areaId"));
		b.add(admin(HttpMethod.POST, "/manage/exams",
				(j, i) -> "/manage/exams?" + EXAM_FORM + "&orgId=" + j.id("jingkai") + "&bankId=" + i.id("examBank"),
				"bankId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}", (j, i) -> "/manage/exams/" + j.id("examDraft") + "?"
				+ EXAM_FORM + "&orgId=" + j.id("jingkai") + "&bankId=" + i.id("examBank") + "&version=0", "bankId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/blueprint",
				(j, i) -> "/manage/exams/" + j.id("examDraft") + "/blueprint?rows[0].areaId=" + i.id("examArea")
						+ "&rows[0].type=SINGLE&rows[0].difficultyMin=1&rows[0].difficultyMax=5&rows[0].count=1"
						+ "&rows[0].points=1",
				"rows[0].areaId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/fixed/add",
				(j, i) -> "/manage/exams/" + j.id("examFixed") + "/fixed/add?questionId=" + i.id("examQuestion"),
				"questionId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/fixed/remove",
				(j, i) -> "/manage/exams/" + j.id("examFixed") + "/fixed/remove?questionId=" + i.id("examQuestion"),
				"questionId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/candidates",
				(j, i) -> "/manage/exams/" + j.id("examDraft") + "/candidates?cardNos=" + i.text("entrantCard"),
				"cardNos"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/candidates/remove",
				(j, i) -> "/manage/exams/" + j.id("examDraft") + "/candidates/remove?memberId=" + i.id("entrant"),
				"memberId"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/check-in",
				(j, i) -> "/manage/exams/" + j.id("exam") + "/check-in?ticketNo=" + i.text("examTicket"), "ticketNo"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/staff",
				(j, i) -> "/manage/exams/" + j.id("exam") + "/staff?username=jinrong&duty=GRADER", "username"));
		b.add(admin(HttpMethod.POST, "/manage/exams/{id}/staff/remove", (j, i) -> "/manage/exams/" + j.id("exam")
				+ "/staff/remove?accountId=" + i.id("financeAdmin") + "&duty=GRADER", "accountId"));
		b.add(api(HttpMethod.POST, "/api/v1/exams", (j, i) -> "/api/v1/exams",
				(j, i) -> EXAM_JSON.formatted(j.id("jingkai"), "MEMBER_LIST", "null", i.id("examBank")), "bankId"));
		b.add(api(HttpMethod.PUT, "/api/v1/exams/{id}", (j, i) -> "/api/v1/exams/" + j.id("examDraft"),
				(j, i) -> "{\"exam\": "
						+ EXAM_JSON.formatted(j.id("jingkai"), "SUBTREE", i.id("finance"), j.id("examBank"))
						+ ", \"version\": 0}",
				"audienceRef"));
		b.add(api(HttpMethod.PUT, "/api/v1/exams/{id}/blueprint",
				(j, i) -> "/api/v1/exams/" + j.id("examDraft") + "/blueprint",
				(j, i) -> BLUEPRINT.formatted(i.id("examArea")), "rows[0].areaId"));
		b.add(api(HttpMethod.PUT, "/api/v1/exams/{id}/fixed-paper",
				(j, i) -> "/api/v1/exams/" + j.id("examFixed") + "/fixed-paper",
				(j, i) -> "{\"questions\": [{\"questionId\": " + i.id("examQuestion") + "}]}",
				"questions[0].questionId"));
		b.add(api(HttpMethod.POST, "/api/v1/exams/{id}/candidates",
				(j, i) -> "/api/v1/exams/" + j.id("examDraft") + "/candidates",
				(j, i) -> "{\"memberIds\": [" + i.id("entrant") + "]}", "memberIds[0]"));
		b.add(api(HttpMethod.POST, "/api/v1/exams/{id}/staff", (j, i) -> "/api/v1/exams/" + j.id("exam") + "/staff",
				(j, i) -> "{\"username\": \"jinrong\", \"duty\": \"GRADER\"}", "username"));
		return b;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /manage/question-banks/{id}/import", "a file of questions"),
				Map.entry("POST /api/v1/question-banks/{id}/import", "a file of questions"),
				Map.entry("POST /api/v1/question-banks/{id}/images", "a picture"),
				Map.entry("POST /manage/questions/{questionId}/retire", "a flag"),
				Map.entry("POST /api/v1/questions/{questionId}/retire", "a flag"),
				Map.entry("POST /manage/exams/{id}/publish", "the version read"),
				Map.entry("POST /api/v1/exams/{id}/publish", "the version read"),
				Map.entry("POST /manage/exams/{id}/close", "none"), Map.entry("POST /api/v1/exams/{id}/close", "none"),
				Map.entry("POST /manage/exams/{id}/finalise", "none"),
				Map.entry("POST /api/v1/exams/{id}/finalise", "none"),
				Map.entry("POST /manage/exams/{id}/candidates/refresh", "none"),
				Map.entry("POST /api/v1/exams/{id}/candidates/refresh", "none"),
				Map.entry("DELETE /api/v1/exams/{id}/candidates/{memberId}", "ids in the path only"),
				Map.entry("DELETE /api/v1/exams/{id}/staff/{accountId}", "ids in the path; a duty"),
				Map.entry("POST /api/v1/exam-tickets/{ticketNo}/check-in", "the ticket in the path"),
				Map.entry("POST /api/v1/exams/{id}/attempts", "the member's own device token"),
				Map.entry("PUT /api/v1/attempts/{id}/answers/{questionId}",
						"the member's own answer, sequence number and device"),
				Map.entry("POST /api/v1/attempts/{id}/events", "what the member's own page reports"),
				Map.entry("POST /api/v1/attempts/{id}/submit", "the member's own device token"),
				Map.entry("POST /manage/attempts/{aid}/extra-time", "minutes and a reason"),
				Map.entry("POST /api/v1/attempts/{id}/extra-time", "minutes and a reason"),
				Map.entry("POST /manage/attempts/{aid}/collect", "a reason"),
				Map.entry("POST /api/v1/attempts/{id}/collect", "a reason"),
				Map.entry("POST /manage/exams/{id}/grading/{questionId}/claim", "ids in the path only"),
				Map.entry("POST /api/v1/grading/exams/{examId}/questions/{questionId}/claim", "ids in the path only"),
				Map.entry("POST /manage/marks/{markId}", "a score and a comment"),
				Map.entry("PUT /api/v1/grading/marks/{markId}", "a score and a comment"),
				Map.entry("POST /manage/marks/{markId}/release", "none"),
				Map.entry("DELETE /api/v1/grading/marks/{markId}", "none"));
	}

	@Override
	public Map<String, String> multipart() {
		return Map.of("POST /manage/question-banks/{id}/import", "file", "POST /api/v1/question-banks/{id}/import",
				"file", "POST /api/v1/question-banks/{id}/images", "file");
	}

	@Override
	public void outOfReach(Targets finance) {
		ExamFixtures.Made made = fixtures.finance(logins.actor(Demo.FINANCE_ADMIN), finance.id("finance"),
				finance.id("entrant"), BANK, EXAM);
		finance.put("examBank", made.bank())
			.put("examArea", made.area())
			.put("examQuestion", made.question())
			.put("examShortQuestion", made.shortQuestion())
			.put("examDraft", made.draft())
			.put("exam", made.exam())
			.put("examAttempt", made.attempt())
			.put("examMark", made.mark())
			.put("examTicket", made.ticket())
			.put("examImage", made.image());
	}

	@Override
	public void inReach(Targets jingkai) {
		ExamFixtures.Made made = fixtures.jingkai(logins.actor(Demo.JINGKAI_ADMIN), jingkai.id("jingkai"),
				jingkai.id("member"));
		jingkai.put("examBank", made.bank())
			.put("examQuestion", made.question())
			.put("examDraft", made.draft())
			.put("examFixed", made.fixedDraft())
			.put("exam", made.exam());
	}

}
