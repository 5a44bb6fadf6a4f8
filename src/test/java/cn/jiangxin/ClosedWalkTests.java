package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.award.AwardApi;
import cn.jiangxin.award.AwardView;
import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.JudgingFacade;
import cn.jiangxin.judging.internal.JudgingFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;
import cn.jiangxin.support.Refusals;

/**
 * Sends every write endpoint of judging and awards, pages and API alike, at results that
 * are out: the demo's archived finance contest, its 经开区 robot final on notice, and a
 * closed round of a contest still in judging. Each must be refused (4xx, never 2xx, never
 * 5xx) and change nothing: not a sheet, assignment, setting or award (checked after each
 * request), not a standing of any round of the contest (checked around the whole walk),
 * and no audit row. A new write endpoint fails this test until it is listed here, with
 * what it must meet.
 */
@IntegrationTest
class ClosedWalkTests {

	/**
	 * Who sends a request: the contest's organiser, or a judge assigned to the target
	 * entry.
	 */
	enum As {

		ORGANISER, JUDGE

	}

	/**
	 * What a walk aims at: a frozen round of a contest, an entry of it and a judge on
	 * that entry.
	 */
	record Target(String name, long contest, List<Long> rounds, long round, long entry, long expert, String judge,
			String organiser, Long tier, Long award, boolean contestFrozen, boolean archived, boolean hasBook) {
	}

	/**
	 * A write endpoint with a request that would change something if the round still took
	 * changes.
	 */
	record Probe(HttpMethod method, String pattern, Function<Target, String> url, String body, As as) {

		String key() {
			return method + " " + pattern;
		}

		/**
		 * Whether the endpoint is about a contest's awards rather than a round's judging.
		 */
		boolean contestLevel() {
			return pattern.contains("/awards") || pattern.contains("/cases");
		}

	}

	/**
	 * Writes that take effect even where results are out, because they change no result:
	 * each with why, and the audit entity it may write. Everything else must be refused.
	 */
	static final Map<String, String> RECORDED_ONLY = Map.of(
			// A conflict is a fact about a judge: recorded with its time and shown to
			// organisers, it leaves sheets
			// and standings of a frozen round as they were published.
			"POST /api/v1/me/conflicts", "expert_conflict", "POST /judge/rounds/{rid}/entries/{eid}/conflict",
			"expert_conflict", "POST /api/v1/rounds/{rid}/conflicts", "expert_conflict",
			"POST /manage/rounds/{rid}/conflicts", "expert_conflict",
			// The case collection is a book made from the results once they are out;
			// compiling it again changes none.
			"POST /manage/contests/{id}/cases", "case_collection");

	/** Writes not about any contest's results (the expert pool), so not sent here. */
	static final Set<String> NOT_ABOUT_RESULTS = Set.of("POST /api/v1/experts", "POST /manage/experts");

	/**
	 * Revoking an award upon an upheld objection is what the notice period is for
	 * (AwardTests); refused once final.
	 */
	static final String REVOKE_API = "POST /api/v1/contests/{id}/awards/{awardId}/revoke";

	static final String REVOKE_PAGE = "POST /manage/contests/{id}/awards/{awardId}/revoke";

	/**
	 * Finalising is the step out of the notice period: refused while it runs, not sent
	 * once it has ended.
	 */
	static final Set<String> FINALISE = Set.of("POST /api/v1/contests/{id}/awards/finalise",
			"POST /manage/contests/{id}/awards/finalise");

	/**
	 * Compiling the case collection: sent where a book exists, as it is (same title,
	 * preface and cases).
	 */
	static final String CASES = "POST /manage/contests/{id}/cases";

	static final Map<String, String> MULTIPART = Map.of("POST /manage/rounds/{rid}/import", "file",
			"POST /api/v1/rounds/{rid}/parts/{code}/scores", "file");

	static List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		String settings = "{\"judgesPerEntry\": 2, \"method\": \"TRIMMED_MEAN\", \"trimFrom\": 3, \"basis\": \"RAW\", "
				+ "\"tieBreaks\": \"HIGHER_MINIMUM\"}";
		String rubric = """
				{"parts": [{"code": "review", "label": "评审", "weight": 100, "source": "RUBRIC"}],
				 "criteria": [{"code": "innovation", "part": "review", "label": "创新性", "kind": "JUDGED", "weight": 1,
				 "min": 0, "max": 10}]}""";
		// Judging over the API
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/settings", t -> rounds(t) + "/settings", settings));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/rubric", t -> rounds(t) + "/rubric", rubric));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/panel", t -> rounds(t) + "/panel", "{\"expertIds\": []}"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/conflicts", t -> rounds(t) + "/conflicts",
				"{\"expertId\": EXPERT, \"entryId\": ENTRY, \"reason\": \"结果公布后发现的亲属关系\"}"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/reranks", t -> rounds(t) + "/reranks",
				"{\"method\": \"TRIMMED_MEAN\", \"trimFrom\": 3, \"basis\": \"RAW\", \"reason\": \"换一种算法\"}"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments",
				t -> "/api/v1/contests/" + t.contest() + "/rounds/" + t.round() + "/assignments", null));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				t -> "/api/v1/contests/" + t.contest() + "/rounds/" + t.round() + "/assignments/overrides",
				"{\"entryId\": ENTRY, \"expertId\": EXPERT, \"add\": false}"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scoring", t -> rounds(t) + "/scoring", null));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scores/reopen", t -> rounds(t) + "/scores/reopen",
				"{\"entryId\": ENTRY, \"expertId\": EXPERT, \"reason\": \"改分\"}"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/measurements", t -> rounds(t) + "/measurements",
				"{\"entryId\": ENTRY, \"code\": \"innovation\", \"score\": 1}"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/parts/{code}/scores",
				t -> rounds(t) + "/parts/theory/scores", "卡号,成绩\nENTRY,90\n"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/parts/{code}/exam-scores",
				t -> rounds(t) + "/parts/theory/exam-scores", null));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/advance", t -> rounds(t) + "/advance",
				"{\"confirm\": true}"));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/scores", t -> rounds(t) + "/scores",
				"""
						{"entryId": ENTRY, "items": [{"criterion": "innovation", "score": 1, "comment": "改"}], "submit": false}""",
				As.JUDGE));
		probes.add(new Probe(HttpMethod.POST, "/api/v1/me/conflicts", t -> "/api/v1/me/conflicts",
				"{\"roundId\": ROUND, \"entryId\": ENTRY, \"reason\": \"结果公布后才想起曾指导过\"}", As.JUDGE));
		// Judging pages
		probes.add(page("/manage/rounds/{rid}/settings",
				t -> manage(t) + "/settings?judgesPerEntry=2&method=TRIMMED_MEAN&trimFrom=3&basis=RAW&tieBreaks=RAW"));
		probes.add(page("/manage/rounds/{rid}/rerank",
				t -> manage(t) + "/rerank?method=TRIMMED_MEAN&trimFrom=3&basis=RAW&reason=换一种算法"));
		probes.add(page("/manage/rounds/{rid}/rubric", t -> manage(t) + "/rubric?parts[0].code=review&parts[0].label=评审"
				+ "&parts[0].weight=100&parts[0].source=RUBRIC&criteria[0].code=innovation&criteria[0].part=review"
				+ "&criteria[0].label=创新性&criteria[0].kind=JUDGED&criteria[0].weight=1&criteria[0].min=0&criteria[0].max=10"));
		probes.add(page("/manage/rounds/{rid}/panel", t -> manage(t) + "/panel?expertIds=" + t.expert()));
		probes.add(page("/manage/rounds/{rid}/assign", t -> manage(t) + "/assign"));
		probes.add(page("/manage/rounds/{rid}/override",
				t -> manage(t) + "/override?entryId=" + t.entry() + "&expertId=" + t.expert() + "&add=false"));
		probes.add(page("/manage/rounds/{rid}/conflicts",
				t -> manage(t) + "/conflicts?entryId=" + t.entry() + "&expertId=" + t.expert() + "&reason=公布后登记"));
		probes.add(page("/manage/rounds/{rid}/start", t -> manage(t) + "/start"));
		probes.add(page("/manage/rounds/{rid}/reopen",
				t -> manage(t) + "/reopen?entryId=" + t.entry() + "&expertId=" + t.expert() + "&reason=改分"));
		probes.add(page("/manage/rounds/{rid}/measurements",
				t -> manage(t) + "/measurements?entryId=" + t.entry() + "&code=innovation&score=1"));
		probes.add(page("/manage/rounds/{rid}/import", t -> manage(t) + "/import?part=theory"));
		probes.add(page("/manage/rounds/{rid}/exam-scores", t -> manage(t) + "/exam-scores?part=theory"));
		probes.add(page("/manage/rounds/{rid}/advance", t -> manage(t) + "/advance"));
		probes.add(new Probe(HttpMethod.POST, "/judge/rounds/{rid}/entries/{eid}",
				t -> "/judge/rounds/" + t.round() + "/entries/" + t.entry() + "?score.innovation=1&action=draft", null,
				As.JUDGE));
		probes.add(new Probe(HttpMethod.POST, "/judge/rounds/{rid}/entries/{eid}/conflict",
				t -> "/judge/rounds/" + t.round() + "/entries/" + t.entry() + "/conflict?reason=公布后才想起", null,
				As.JUDGE));
		// Awards
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/awards", t -> awards(t),
				"{\"noticeDays\": 7, \"teamUnitAwards\": 1, \"organisationAwards\": 1}"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/awards/tiers", t -> awards(t) + "/tiers",
				"{\"name\": \"补发奖\", \"roundId\": ROUND, \"count\": 1}"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/awards/finalise", t -> awards(t) + "/finalise", null));
		probes.add(api(HttpMethod.POST, REVOKE_API.substring(5), t -> awards(t) + "/" + t.award() + "/revoke",
				"{\"reason\": \"生效后撤销\"}"));
		probes.add(page("/manage/contests/{id}/awards/tiers",
				t -> "/manage/contests/" + t.contest() + "/awards/tiers?name=补发奖&roundId=" + t.round() + "&count=1"));
		probes.add(page("/manage/contests/{id}/awards/tiers/{tierId}/delete",
				t -> "/manage/contests/" + t.contest() + "/awards/tiers/" + t.tier() + "/delete"));
		probes.add(page("/manage/contests/{id}/awards/publish", t -> "/manage/contests/" + t.contest()
				+ "/awards/publish?noticeDays=7&teamUnitAwards=1&organisationAwards=1"));
		probes.add(page("/manage/contests/{id}/awards/finalise",
				t -> "/manage/contests/" + t.contest() + "/awards/finalise"));
		probes.add(page(REVOKE_PAGE.substring(5),
				t -> "/manage/contests/" + t.contest() + "/awards/" + t.award() + "/revoke?reason=生效后撤销"));
		probes.add(page(CASES.substring(5), t -> "/manage/contests/" + t.contest() + "/cases?publish=true"));
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
	JudgingFacade judging;

	@Autowired
	AwardApi awards;

	@Autowired
	Logins logins;

	@Autowired
	JudgingFixtures fixtures;

	@Test
	void everyWriteEndpointOfJudgingAndAwardsIsWalked() {
		Set<String> walked = new TreeSet<>(NOT_ABOUT_RESULTS);
		probes().forEach(probe -> walked.add(probe.key()));
		Set<String> writes = Refusals.writes(mappings, "cn.jiangxin.judging", "cn.jiangxin.award");
		assertThat(walked).as("every write of judging and awards is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked);
	}

	@Test
	void nothingChangesInTheArchivedFinanceContest() throws Exception {
		walk(demo("2025北京市金融职工大模型技术应用创新能力职业技能大赛", Demo.FINANCE_ADMIN));
	}

	@Test
	void nothingChangesInTheRobotFinalOnNotice() throws Exception {
		walk(demo("经开区第八届职工职业技能竞赛（工业机器人系统运维员）", Demo.JINGKAI_ADMIN));
	}

	@Test
	void nothingChangesInAClosedRoundOfAContestStillInJudging() throws Exception {
		JudgingFixtures.Judged judged = fixtures.judged(3, 2, 2, Advancement.TOP_N_OVERALL, 2);
		for (ExpertView expert : judged.experts()) {
			Actor judge = fixtures.judge(expert);
			for (long entry : judged.entries()) {
				judging.score(judge, judged.round(),
						new ScoreDraft(entry,
								List.of(new ScoreDraft.Item("innovation", BigDecimal.valueOf(20 + entry % 7), "好"),
										new ScoreDraft.Item("practicality", BigDecimal.valueOf(20), null),
										new ScoreDraft.Item("scalability", BigDecimal.valueOf(20), null)),
								true));
			}
		}
		judging.advance(Actor.system(), judged.round());
		long entry = judged.entries().get(0);
		ExpertView first = judged.experts().get(0);
		long next = judging.previewAdvance(judged.round()).nextRoundId();
		walk(new Target("closed round", judged.contest(), List.of(judged.round(), next), judged.round(), entry,
				first.id(), first.username(), Demo.JINGKAI_ADMIN, null, null, false, false, false));
	}

	private void walk(Target target) throws Exception {
		Map<Long, RoundResults> standings = standings(target);
		List<AwardView> given = awards.awards(target.contest());
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (Probe probe : probes()) {
			String key = probe.key();
			if (probe.contestLevel() && !target.contestFrozen()) {
				continue;
			}
			boolean onNotice = target.contestFrozen() && !target.archived();
			if ((key.equals(REVOKE_API) || key.equals(REVOKE_PAGE)) && onNotice) {
				continue;
			}
			if (FINALISE.contains(key) && onNotice && !noticeRunning(target.contest())) {
				continue;
			}
			if (key.equals(CASES) && !target.hasBook()) {
				continue;
			}
			List<Object> before = fingerprint(target);
			long lastAudit = lastAudit();
			MvcResult result = mvc.perform(request(probe, target)).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			outcomes.put(key, String.valueOf(status));
			assertThat(status).as(target.name() + ": " + key + " never fails on the server").isLessThan(500);
			assertThat(fingerprint(target)).as(target.name() + ": " + key + " changes nothing").isEqualTo(before);
			String allowed = RECORDED_ONLY.get(key);
			List<String> audited = jdbc.sql("SELECT entity_type FROM audit_event WHERE id > ? ORDER BY id")
				.param(lastAudit)
				.query(String.class)
				.list();
			if (allowed != null) {
				assertThat(audited).as(target.name() + ": " + key + " writes only " + allowed).containsOnly(allowed);
				continue;
			}
			assertThat(audited).as(target.name() + ": " + key + " writes no audit row").isEmpty();
			Refusals.refused(result, probe.pattern().startsWith("/api/"), target.name() + ": " + key);
		}
		assertThat(standings(target)).as(target.name() + ": every standing of every round as before")
			.isEqualTo(standings);
		assertThat(awards.awards(target.contest())).as(target.name() + ": the awards as before").isEqualTo(given);
		assertThat(outcomes).isNotEmpty();
	}

	private Map<Long, RoundResults> standings(Target target) {
		Map<Long, RoundResults> standings = new LinkedHashMap<>();
		target.rounds().forEach(r -> standings.put(r, judging.results(r)));
		return standings;
	}

	/**
	 * A demo contest: its last round, its best entry there, one of that entry's judges,
	 * its organiser and awards.
	 */
	private Target demo(String title, String organiser) {
		long contest = jdbc.sql("SELECT id FROM contest WHERE title = ?").param(title).query(Long.class).single();
		List<Long> rounds = jdbc.sql("SELECT id FROM contest_round WHERE contest_id = ? ORDER BY ordinal")
			.param(contest)
			.query(Long.class)
			.list();
		long round = rounds.get(rounds.size() - 1);
		long entry = judging.results(round).standings().get(0).entryId();
		long expert = jdbc.sql("SELECT MIN(expert_id) FROM assignment WHERE round_id = ? AND entry_id = ?")
			.params(round, entry)
			.query(Long.class)
			.single();
		String judge = jdbc.sql("SELECT a.username FROM expert e JOIN account a ON a.id = e.account_id WHERE e.id = ?")
			.param(expert)
			.query(String.class)
			.single();
		Long tier = jdbc.sql("SELECT MIN(id) FROM award_tier WHERE contest_id = ?")
			.param(contest)
			.query(Long.class)
			.single();
		Long award = jdbc.sql("SELECT MIN(id) FROM award WHERE contest_id = ? AND status = 'ACTIVE'")
			.param(contest)
			.query(Long.class)
			.single();
		boolean archived = jdbc.sql("SELECT status FROM contest WHERE id = ?")
			.param(contest)
			.query(String.class)
			.single()
			.equals("ARCHIVED");
		boolean book = jdbc.sql("SELECT COUNT(*) FROM case_collection WHERE contest_id = ?")
			.param(contest)
			.query(Long.class)
			.single() > 0;
		return new Target(title, contest, rounds, round, entry, expert, judge, organiser, tier, award, true, archived,
				book);
	}

	private boolean noticeRunning(long contest) {
		return jdbc.sql("SELECT ends_at FROM award_notice WHERE contest_id = ? AND finalised_at IS NULL")
			.param(contest)
			.query(Timestamp.class)
			.optional()
			.map(end -> end.toInstant().isAfter(Instant.now()))
			.orElse(false);
	}

	/**
	 * What a write could change about a contest's results, as numbers: rows, versions,
	 * sums, states.
	 */
	private List<Object> fingerprint(Target t) {
		String rounds = String.join(",", t.rounds().stream().map(String::valueOf).toList());
		List<String> queries = List.of("SELECT COUNT(*) FROM score_sheet WHERE round_id IN (" + rounds + ")",
				"SELECT COALESCE(SUM(version), 0) FROM score_sheet WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM score_sheet WHERE status = 'SUBMITTED' AND round_id IN (" + rounds + ")",
				"SELECT COALESCE(SUM(total), 0) FROM score_sheet WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM score_item i JOIN score_sheet s ON s.id = i.sheet_id WHERE s.round_id IN ("
						+ rounds + ")",
				"SELECT COALESCE(SUM(i.score), 0) FROM score_item i JOIN score_sheet s ON s.id = i.sheet_id "
						+ "WHERE s.round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM assignment WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM measurement WHERE round_id IN (" + rounds + ")",
				"SELECT COALESCE(SUM(score), 0) FROM measurement WHERE round_id IN (" + rounds + ")",
				"SELECT COALESCE(SUM(version), 0) FROM round_judging WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_judging WHERE state = 'CLOSED' AND round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_entry WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_entry WHERE status = 'ADVANCED' AND round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_part WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM rubric_criterion WHERE round_id IN (" + rounds + ")",
				"SELECT COALESCE(SUM(weight), 0) FROM rubric_criterion WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_judge WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM round_rerank WHERE round_id IN (" + rounds + ")",
				"SELECT COUNT(*) FROM award_tier WHERE contest_id = " + t.contest(),
				"SELECT COUNT(*) FROM award WHERE contest_id = " + t.contest(),
				"SELECT COUNT(*) FROM award WHERE status = 'REVOKED' AND contest_id = " + t.contest(),
				"SELECT COUNT(*) FROM certificate c JOIN award a ON a.id = c.award_id WHERE c.revoked_at IS NOT NULL "
						+ "AND a.contest_id = " + t.contest(),
				"SELECT COUNT(*) FROM award_notice WHERE finalised_at IS NOT NULL AND contest_id = " + t.contest(),
				"SELECT COUNT(*) FROM honor WHERE contest_id = " + t.contest(),
				"SELECT status FROM contest WHERE id = " + t.contest(),
				"SELECT version FROM contest WHERE id = " + t.contest());
		List<Object> values = new ArrayList<>();
		for (String sql : queries) {
			Object value = jdbc.sql(sql).query().singleValue();
			values.add(value instanceof BigDecimal number ? number.stripTrailingZeros() : String.valueOf(value));
		}
		return values;
	}

	private long lastAudit() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Probe probe, Target target) {
		String url = probe.url().apply(target);
		AbstractMockHttpServletRequestBuilder<?> builder;
		String part = MULTIPART.get(probe.key());
		if (part != null) {
			builder = MockMvcRequestBuilders.multipart(url)
				.file(new MockMultipartFile(part, "scores.csv", "text/csv",
						("卡号,成绩\n" + target.entry() + ",90\n").getBytes(StandardCharsets.UTF_8)));
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), url);
			if (probe.key().equals(CASES)) {
				jdbc.sql("SELECT title, preface FROM case_collection WHERE contest_id = ?")
					.param(target.contest())
					.query((rs, row) -> builder.param("title", rs.getString(1)).param("preface", rs.getString(2)))
					.list();
			}
			if (probe.body() != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(fill(probe.body(), target));
			}
		}
		String who = probe.as() == As.JUDGE ? target.judge() : target.organiser();
		return builder.with(csrf()).with(logins.as(who)).with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		});
	}

	private static String fill(String body, Target t) {
		return body.replace("ENTRY", String.valueOf(t.entry()))
			.replace("EXPERT", String.valueOf(t.expert()))
			.replace("ROUND", String.valueOf(t.round()));
	}

	private static String rounds(Target t) {
		return "/api/v1/rounds/" + t.round();
	}

	private static String manage(Target t) {
		return "/manage/rounds/" + t.round();
	}

	private static String awards(Target t) {
		return "/api/v1/contests/" + t.contest() + "/awards";
	}

	private static Probe api(HttpMethod method, String pattern, Function<Target, String> url, String body) {
		return new Probe(method, pattern, url, body, As.ORGANISER);
	}

	private static Probe page(String pattern, Function<Target, String> url) {
		return new Probe(HttpMethod.POST, pattern, url, null, As.ORGANISER);
	}

}
