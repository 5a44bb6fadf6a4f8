package cn.jiangxin.judging;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.judging.internal.JudgingFacade;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * The judging endpoints in the scope walk (a judge's pages, the organisers' round pages,
 * the expert pool and the API), and what they aim at: the finance expert who judged the
 * judged contest's round; a 经开区 judge on the panel of a round in scoring.
 */
@TestComponent
@Order(60)
class JudgingScopeProbes implements ScopeProbes {

	public static final String EXPERT = "金融评委甲";

	static final String EXPERT_LOGIN = "fin-walk-judge";

	/** The 经开区 judge of the round in scoring. */
	static final String JINGKAI_JUDGE = "jk-walk-judge";

	private final DemoOrgs orgs;

	private final AccountApi accounts;

	private final JudgingFacade judging;

	private final Logins logins;

	JudgingScopeProbes(DemoOrgs orgs, AccountApi accounts, JudgingFacade judging, Logins logins) {
		this.orgs = orgs;
		this.accounts = accounts;
		this.judging = judging;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Judging: a judge's pages, the organisers' round pages, the expert pool
		probes.add(get("/judge", i -> "/judge", Outsider.MEMBER_ONLY));
		probes.add(get("/judge/rounds/{rid}", i -> "/judge/rounds/" + i.id("judgedRound"), Outsider.MEMBER_ONLY));
		probes.add(get("/judge/rounds/{rid}/entries/{eid}",
				i -> "/judge/rounds/" + i.id("judgedRound") + "/entries/" + i.id("judgedEntry"), Outsider.MEMBER_ONLY));
		probes.add(post("/judge/rounds/{rid}/entries/{eid}",
				i -> "/judge/rounds/" + i.id("judgedRound") + "/entries/" + i.id("judgedEntry") + "?score.innovation=1",
				null, Outsider.MEMBER_ONLY));
		probes.add(post("/judge/rounds/{rid}/entries/{eid}/conflict",
				i -> "/judge/rounds/" + i.id("judgedRound") + "/entries/" + i.id("judgedEntry") + "/conflict?reason=x",
				null, Outsider.MEMBER_ONLY));
		probes
			.add(get(
					"/judge/rounds/{rid}/entries/{eid}/files/{itemId}", i -> "/judge/rounds/" + i.id("judgedRound")
							+ "/entries/" + i.id("judgedEntry") + "/files/" + i.id("judgedFile"),
					Outsider.MEMBER_ONLY));
		probes.add(get("/manage/contests/{id}/judging", i -> "/manage/contests/" + i.id("judgedContest") + "/judging",
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}", i -> "/manage/rounds/" + i.id("judgedRound"), Outsider.REFUSED));
		probes.add(
				post("/manage/rounds/{rid}/settings",
						i -> "/manage/rounds/" + i.id("judgedRound")
								+ "/settings?judgesPerEntry=2&method=MEAN&trimFrom=5&basis=RAW",
						null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/rerank",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/rerank?method=MEAN&trimFrom=5&basis=RAW&reason=x",
				null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/rubric",
				i -> "/manage/rounds/" + i.id("judgedRound")
						+ "/rubric?parts[0].code=review&parts[0].label=x&parts[0].weight=100&parts[0].source=RUBRIC",
				null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/panel",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/panel?expertIds=" + i.id("expert"), null,
				Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/assign", i -> "/manage/rounds/" + i.id("judgedRound") + "/assign", null,
				Outsider.REFUSED));
		probes
			.add(post(
					"/manage/rounds/{rid}/override", i -> "/manage/rounds/" + i.id("judgedRound") + "/override?entryId="
							+ i.id("judgedEntry") + "&expertId=" + i.id("expert") + "&add=false",
					null, Outsider.REFUSED));
		probes
			.add(post(
					"/manage/rounds/{rid}/conflicts", i -> "/manage/rounds/" + i.id("judgedRound")
							+ "/conflicts?entryId=" + i.id("judgedEntry") + "&expertId=" + i.id("expert") + "&reason=x",
					null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/start", i -> "/manage/rounds/" + i.id("judgedRound") + "/start", null,
				Outsider.REFUSED));
		probes
			.add(post(
					"/manage/rounds/{rid}/reopen", i -> "/manage/rounds/" + i.id("judgedRound") + "/reopen?entryId="
							+ i.id("judgedEntry") + "&expertId=" + i.id("expert") + "&reason=x",
					null, Outsider.REFUSED));
		probes.add(post(
				"/manage/rounds/{rid}/measurements", i -> "/manage/rounds/" + i.id("judgedRound")
						+ "/measurements?entryId=" + i.id("judgedEntry") + "&code=innovation&score=1",
				null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/exam-scores",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/exam-scores?part=theory", null, Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/parts/{code}/exam-scores",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/parts/theory/exam-scores", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/import",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/import?part=theory", "卡号,成绩\nCARD,90\n",
				Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/advance", i -> "/manage/rounds/" + i.id("judgedRound") + "/advance", null,
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/leaderboard",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/leaderboard", Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/leaderboard/rows",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/leaderboard/rows", Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/results.xlsx",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/results.xlsx", Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/sheets.xlsx",
				i -> "/manage/rounds/" + i.id("judgedRound") + "/sheets.xlsx", Outsider.REFUSED));
		probes.add(get("/manage/experts", i -> "/manage/experts", Outsider.FILTERED).hiding(EXPERT));
		probes.add(post("/manage/experts", i -> "/manage/experts?name=外区专家&orgId=" + i.id("finance")
				+ "&username=outsider-expert-page&password=jiangxin-demo-9", null, Outsider.REJECTED));
		// Over the API
		probes.add(get("/api/v1/experts", i -> "/api/v1/experts", Outsider.FILTERED).hiding(EXPERT));
		probes.add(post("/api/v1/experts", i -> "/api/v1/experts", """
				{"username": "outsider-expert-api", "name": "外区专家", "orgId": FINANCE, "password": "jiangxin-demo-9"}""",
				Outsider.REJECTED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/settings",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/settings",
				"{\"judgesPerEntry\": 2, \"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\"}",
				Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/rubric",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/rubric",
				"""
						{"parts": [{"code": "review", "label": "评审", "weight": 100, "source": "RUBRIC"}],
						 "criteria": [{"code": "x", "part": "review", "label": "x", "kind": "JUDGED", "weight": 1, "min": 0, "max": 10}]}""",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/rubric", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/rubric",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/settings", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/settings",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/panel", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/panel",
				Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/panel",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/panel", "{\"expertIds\": []}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/reranks", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/reranks",
				"{\"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\", \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/reranks", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/reranks",
				Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/conflicts", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/conflicts",
				"{\"expertId\": 1, \"entryId\": 1, \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds/{rid}/assignments",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/rounds/" + i.id("judgedRound") + "/assignments",
				null, Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/rounds/{rid}/assignments",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/rounds/" + i.id("judgedRound") + "/assignments",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/rounds/" + i.id("judgedRound")
						+ "/assignments/overrides",
				"{\"entryId\": 1, \"expertId\": 1, \"add\": true}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/scoring", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/scoring", null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/entries", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/entries",
				Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/entries/{entryId}",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/entries/" + i.id("judgedEntry"),
				Outsider.MEMBER_ONLY));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/scores",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/scores", "{\"entryId\": 1, \"items\": []}",
				Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/scores", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/scores",
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/rounds/{rid}/scores/reopen",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/scores/reopen",
				"{\"entryId\": 1, \"expertId\": 1, \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/measurements",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/measurements",
				"{\"entryId\": 1, \"code\": \"innovation\", \"score\": 1}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/parts/{code}/scores",
				i -> "/api/v1/rounds/" + i.id("judgedRound") + "/parts/theory/scores", "卡号,成绩\nCARD,90\n",
				Outsider.REFUSED));
		probes.add(post("/api/v1/me/conflicts", i -> "/api/v1/me/conflicts", "{\"orgId\": FINANCE, \"reason\": \"x\"}",
				Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/results", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/results",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/advance", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/advance",
				Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/advance", i -> "/api/v1/rounds/" + i.id("judgedRound") + "/advance",
				"{\"confirm\": true}", Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// A theory part may take its scores only from an exam set for the round
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/rubric",
				(j, i) -> "/manage/rounds/" + j.id("round") + "/rubric?parts[0].code=review&parts[0].label=评审"
						+ "&parts[0].weight=70&parts[0].source=RUBRIC&parts[1].code=theory&parts[1].label=理论"
						+ "&parts[1].weight=30&parts[1].source=IMPORTED&parts[1].examId=" + i.id("exam")
						+ "&criteria[0].code=innovation&criteria[0].part=review&criteria[0].label=创新性"
						+ "&criteria[0].kind=JUDGED&criteria[0].weight=1&criteria[0].min=0&criteria[0].max=10",
				"parts[1].examId"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/rubric",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/rubric", (j, i) -> """
						{"parts": [{"code": "review", "label": "评审", "weight": 70, "source": "RUBRIC"},
						           {"code": "theory", "label": "理论", "weight": 30, "source": "IMPORTED", "examId": %d}],
						 "criteria": [{"code": "innovation", "part": "review", "label": "创新性", "kind": "JUDGED",
						               "weight": 1, "min": 0, "max": 10}]}""".formatted(i.id("exam")),
				"parts[1].examId"));
		// Judging: the pool, the panel, conflicts, assignment, sheets, measurements and
		// imported parts of a round
		probes.add(admin(HttpMethod.POST, "/manage/experts", (j, i) -> "/manage/experts?name=外区专家&orgId="
				+ i.id("finance") + "&username=outsider-expert-page2&password=jiangxin-demo-9", "orgId"));
		probes.add(admin(HttpMethod.POST, "/manage/experts", (j, i) -> "/manage/experts?name=外区专家&orgId=" + j.id("org")
				+ "&cardNo=" + i.text("memberCard") + "&username=outsider-expert-page3&password=jiangxin-demo-9",
				"cardNo"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/panel", (j, i) -> "/manage/rounds/" + j.id("round")
				+ "/panel?expertIds=" + j.id("expert") + "&expertIds=" + i.id("expert"), "expertIds"));
		probes.add(admin(
				HttpMethod.POST, "/manage/rounds/{rid}/override", (j, i) -> "/manage/rounds/" + j.id("round")
						+ "/override?entryId=" + i.id("judgedEntry") + "&expertId=" + j.id("expert") + "&add=true",
				"entryId"));
		probes.add(admin(
				HttpMethod.POST, "/manage/rounds/{rid}/override", (j, i) -> "/manage/rounds/" + j.id("round")
						+ "/override?entryId=" + j.id("judgedEntry") + "&expertId=" + i.id("expert") + "&add=true",
				"expertId"));
		probes.add(admin(
				HttpMethod.POST, "/manage/rounds/{rid}/conflicts", (j, i) -> "/manage/rounds/" + j.id("round")
						+ "/conflicts?entryId=" + i.id("judgedEntry") + "&expertId=" + j.id("expert") + "&reason=x",
				"entryId"));
		probes.add(admin(
				HttpMethod.POST, "/manage/rounds/{rid}/conflicts", (j, i) -> "/manage/rounds/" + j.id("round")
						+ "/conflicts?entryId=" + j.id("judgedEntry") + "&expertId=" + i.id("expert") + "&reason=x",
				"expertId"));
		probes.add(admin(
				HttpMethod.POST, "/manage/rounds/{rid}/reopen", (j, i) -> "/manage/rounds/" + j.id("round")
						+ "/reopen?entryId=" + i.id("judgedEntry") + "&expertId=" + j.id("expert") + "&reason=x",
				"entryId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/measurements", (j, i) -> "/manage/rounds/"
				+ j.id("round") + "/measurements?entryId=" + i.id("judgedEntry") + "&code=theory&score=1", "entryId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/manage/rounds/{rid}/import", Caller.ADMIN,
				(j, i) -> "/manage/rounds/" + j.id("round") + "/import?part=theory",
				(j, i) -> "卡号,成绩\n" + i.text("memberCard") + ",90\n", "file"));
		probes.add(api(HttpMethod.POST, "/api/v1/experts", (j, i) -> "/api/v1/experts", (j, i) -> """
				{"username": "outsider-expert-api2", "name": "外区专家", "orgId": %d,
				 "password": "jiangxin-demo-9"}""".formatted(i.id("finance")), "orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/experts", (j, i) -> "/api/v1/experts", (j, i) -> """
				{"username": "outsider-expert-api3", "name": "外区专家", "orgId": %d, "cardNo": "%s",
				 "password": "jiangxin-demo-9"}""".formatted(j.id("org"), i.text("memberCard")), "cardNo"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/panel",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/panel",
				(j, i) -> "{\"expertIds\": [%d, %d]}".formatted(j.id("expert"), i.id("expert")), "expertIds"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/conflicts",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/conflicts",
				(j, i) -> "{\"expertId\": %d, \"entryId\": %d, \"reason\": \"x\"}".formatted(j.id("expert"),
						i.id("judgedEntry")),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/conflicts",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/conflicts",
				(j, i) -> "{\"expertId\": %d, \"entryId\": %d, \"reason\": \"x\"}".formatted(i.id("expert"),
						j.id("judgedEntry")),
				"expertId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				(j, i) -> "/api/v1/contests/" + j.id("judgingContest") + "/rounds/" + j.id("round")
						+ "/assignments/overrides",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"add\": true}".formatted(i.id("judgedEntry"),
						j.id("expert")),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				(j, i) -> "/api/v1/contests/" + j.id("judgingContest") + "/rounds/" + j.id("round")
						+ "/assignments/overrides",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"add\": true}".formatted(j.id("judgedEntry"),
						i.id("expert")),
				"expertId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scores/reopen",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/scores/reopen",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"reason\": \"x\"}".formatted(i.id("judgedEntry"),
						j.id("expert")),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scores/reopen",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/scores/reopen",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"reason\": \"x\"}".formatted(j.id("judgedEntry"),
						i.id("expert")),
				"expertId"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/measurements",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/measurements",
				(j, i) -> "{\"entryId\": %d, \"code\": \"theory\", \"score\": 1}".formatted(i.id("judgedEntry")),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/parts/{code}/scores",
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/parts/theory/scores",
				(j, i) -> "卡号,成绩\n" + i.text("memberCard") + ",90\n", "file"));
		probes.add(new BodyProbe(HttpMethod.PUT, "/api/v1/rounds/{rid}/scores", Caller.JUDGE,
				(j, i) -> "/api/v1/rounds/" + j.id("round") + "/scores", (j, i) -> """
						{"entryId": %d, "items": [{"criterion": "innovation", "score": 1}]}"""
					.formatted(i.id("judgedEntry")),
				"entryId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/api/v1/me/conflicts", Caller.JUDGE,
				(j, i) -> "/api/v1/me/conflicts", (j, i) -> "{\"roundId\": %d, \"entryId\": %d, \"reason\": \"x\"}"
					.formatted(i.id("judgedRound"), i.id("judgedEntry")),
				"entryId"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /judge/rounds/{rid}/entries/{eid}", "scores by criterion code"),
				Map.entry("POST /judge/rounds/{rid}/entries/{eid}/conflict", "a reason"),
				Map.entry("POST /manage/rounds/{rid}/settings",
						"settings; tie-breaks name criteria of the round's rubric"),
				Map.entry("POST /manage/rounds/{rid}/rerank", "a ranking rule and a reason; tie-breaks name criteria"),
				Map.entry("POST /api/v1/rounds/{rid}/reranks", "a ranking rule and a reason; tie-breaks name criteria"),
				Map.entry("POST /manage/rounds/{rid}/exam-scores", "a part by its code"),
				Map.entry("POST /api/v1/rounds/{rid}/parts/{code}/exam-scores", "none"),
				Map.entry("POST /manage/rounds/{rid}/assign", "none"),
				Map.entry("POST /manage/rounds/{rid}/start", "none"),
				Map.entry("POST /manage/rounds/{rid}/advance", "none"),
				Map.entry("PUT /api/v1/rounds/{rid}/settings",
						"settings; tie-breaks name criteria of the round's rubric"),
				Map.entry("POST /api/v1/contests/{id}/rounds/{rid}/assignments", "none"),
				Map.entry("POST /api/v1/rounds/{rid}/scoring", "none"),
				Map.entry("POST /api/v1/rounds/{rid}/advance", "a flag"));
	}

	@Override
	public Map<String, String> multipart() {
		return Map.of("POST /manage/rounds/{rid}/import", "file", "POST /api/v1/rounds/{rid}/parts/{code}/scores",
				"file");
	}

	@Override
	public void outOfReach(Targets finance) {
		Actor admin = logins.actor(Demo.FINANCE_ADMIN);
		long round = finance.id("judgedRound");
		long expert = judging.addExpert(admin, new ExpertDraft(EXPERT_LOGIN, EXPERT, "高级经济师", orgs.id(Demo.FINANCE),
				null, null, List.of("金融科技赛道"), "jiangxin-demo-9"));
		judging.configure(admin, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(admin, round, RubricDraft.single(List.of(new RubricDraft.Criterion("innovation", "review",
				"创新性", CriterionKind.JUDGED, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, null, false))));
		judging.setPanel(admin, round, List.of(expert));
		judging.assign(admin, round);
		judging.startScoring(admin, round);
		judging.score(logins.actor(EXPERT_LOGIN), round, new ScoreDraft(finance.id("judgedEntry"),
				List.of(new ScoreDraft.Item("innovation", BigDecimal.valueOf(9), null)), true));
		judging.advance(admin, round);
		finance.put("expert", expert);
	}

	@Override
	public void inReach(Targets jingkai) {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		long round = jingkai.id("round");
		long expert = judging.addExpert(admin, new ExpertDraft(JINGKAI_JUDGE, "经开评委甲", "高级工程师", jingkai.id("jingkai"),
				null, null, List.of(), "jiangxin-demo-9"));
		judging.configure(admin, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(admin, round,
				new RubricDraft(
						List.of(new RubricDraft.Part("review", "评审", new BigDecimal("70"), PartSource.RUBRIC),
								new RubricDraft.Part("theory", "理论", new BigDecimal("30"), PartSource.IMPORTED)),
						List.of(new RubricDraft.Criterion("innovation", "review", "创新性", CriterionKind.JUDGED,
								BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, null, false))));
		judging.setPanel(admin, round, List.of(expert));
		judging.assign(admin, round);
		judging.startScoring(admin, round);
		jingkai.put("expert", expert)
			.put("judgeLogin", JINGKAI_JUDGE)
			.put("account", accounts.findByUsername(JINGKAI_JUDGE).orElseThrow().id());
	}

}
