package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static cn.jiangxin.support.Problems.field;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;

/**
 * Judging end to end on the database: what a judge may see, conflicts, locked sheets and
 * audited reopening, field-level bad input, weighted parts with an imported theory score,
 * the cut with ties, and races.
 */
@IntegrationTest
class JudgingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JudgingFacade judging;

	@Autowired
	ContestApi contests;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private final Actor system = Actor.system();

	@Test
	void aJudgeSeesOnlyTheEntriesAssignedToThemByPageAndApi() {
		JudgingFixtures.Judged round = fixtures.judged(4, 4, 1, Advancement.NONE, null);
		ExpertView judge = round.experts().get(0);
		List<Long> mine = judging.assignment(round.round())
			.entries()
			.stream()
			.filter(row -> row.judges().stream().anyMatch(j -> j.expertId() == judge.id()))
			.map(row -> row.entryId())
			.toList();
		assertThat(mine).hasSize(1);
		long other = round.entries().stream().filter(e -> !mine.contains(e)).findFirst().orElseThrow();
		assertThat(mvc.get().uri("/api/v1/rounds/" + round.round() + "/entries").with(logins.as(judge.username())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].entryId")
			.asArray()
			.containsExactly(mine.get(0).intValue());
		assertThat(mvc.get()
			.uri("/api/v1/rounds/" + round.round() + "/entries/" + other)
			.with(logins.as(judge.username()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				mvc.get().uri("/judge/rounds/" + round.round() + "/entries/" + other).with(logins.as(judge.username())))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get()
			.uri("/judge/rounds/" + round.round() + "/entries/" + mine.get(0))
			.with(logins.as(judge.username()))).hasStatusOk();
		assertThat(scorePut(judge, round.round(),
				"{\"entryId\": " + other + ", \"items\": [{\"criterion\": \"innovation\", \"score\": 30}]}"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM score_sheet WHERE entry_id = ? AND expert_id = ?")
			.params(other, judge.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aConflictedJudgeIsNeverAssignedAndADeclaredConflictTakesTheEntryAway() {
		List<Long> entries = new ArrayList<>();
		long[] ids = fixtures.contestInJudging(6, Advancement.NONE, null, entries);
		ExpertView colleague = fixtures.expert(Demo.HAISITANPU, List.of());
		List<ExpertView> panel = new ArrayList<>(List.of(colleague));
		for (int i = 0; i < 3; i++) {
			panel.add(fixtures.expert(Demo.JINGKAI, List.of()));
		}
		judging.configure(system, ids[2], new JudgingSettings(4, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, ids[2], JudgingFixtures.rubric());
		judging.setPanel(system, ids[2], panel.stream().map(ExpertView::id).toList());
		assertThatThrownBy(() -> judging.assign(system, ids[2])).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo("judging.assign.infeasible");
					assertThat(ex.args()[0].toString()).contains("只有 3 位").contains("请增加专家");
				});
		judging.configure(system, ids[2], new JudgingSettings(2, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.assign(system, ids[2]);
		assertThat(judging.assignment(ids[2]).entries()).allSatisfy(row -> {
			assertThat(row.judges()).hasSize(2);
			assertThat(row.judges()).noneMatch(j -> j.expertId() == colleague.id());
		});
		assertThat(mvc.get()
			.uri("/api/v1/rounds/" + ids[2] + "/entries/" + entries.get(0))
			.with(logins.as(colleague.username()))).hasStatus(HttpStatus.NOT_FOUND);
		ExpertView judge = panel.get(1);
		long assigned = judging.assignment(ids[2])
			.entries()
			.stream()
			.filter(row -> row.judges().stream().anyMatch(j -> j.expertId() == judge.id()))
			.findFirst()
			.orElseThrow()
			.entryId();
		assertThat(mvc.post()
			.uri("/api/v1/me/conflicts")
			.with(logins.as(judge.username()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roundId\": " + ids[2] + ", \"entryId\": " + assigned + ", \"reason\": \"曾指导该选手\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/api/v1/rounds/" + ids[2] + "/entries/" + assigned).with(logins.as(judge.username())))
			.hasStatus(HttpStatus.NOT_FOUND);
		judging.assign(system, ids[2]);
		long sameAgain = jdbc
			.sql("SELECT COUNT(*) FROM assignment WHERE round_id = ? AND entry_id = ? AND expert_id = ?")
			.params(ids[2], assigned, judge.id())
			.query(Long.class)
			.single();
		assertThat(sameAgain).isZero();
	}

	@Test
	void aSubmittedSheetCannotChangeWithoutAnAuditedReopen() {
		JudgingFixtures.Judged round = fixtures.judged(2, 2, 1, Advancement.NONE, null);
		ExpertView judge = round.experts().get(0);
		long entry = judging.assignment(round.round())
			.entries()
			.stream()
			.filter(row -> row.judges().get(0).expertId() == judge.id())
			.findFirst()
			.orElseThrow()
			.entryId();
		judging.score(fixtures.judge(judge), round.round(), JudgingFixtures.sheet(entry, 30, 20, 20, true));
		assertThat(scorePut(judge, round.round(), "{\"entryId\": " + entry
				+ ", \"items\": [{\"criterion\": \"innovation\", \"score\": 40, \"comment\": \"改\"}], \"submit\": false}"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(total(round.round(), entry, judge.id())).isEqualByComparingTo("70");
		assertThat(mvc.post()
			.uri("/api/v1/rounds/" + round.round() + "/scores/reopen")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entryId\": " + entry + ", \"expertId\": " + judge.id() + ", \"reason\": \"\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post()
			.uri("/api/v1/rounds/" + round.round() + "/scores/reopen")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entryId\": " + entry + ", \"expertId\": " + judge.id() + ", \"reason\": \"创新性分数录入有误\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		String audited = jdbc
			.sql("SELECT after_state FROM audit_event WHERE entity_type = 'score_sheet' "
					+ "AND action = 'STATE_CHANGE' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(audited).contains("创新性分数录入有误").contains("DRAFT");
		judging.score(fixtures.judge(judge), round.round(), JudgingFixtures.sheet(entry, 36, 20, 20, true));
		assertThat(total(round.round(), entry, judge.id())).isEqualByComparingTo("76");
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() {
		JudgingFixtures.Judged round = fixtures.judged(1, 1, 1, Advancement.NONE, null);
		ExpertView judge = round.experts().get(0);
		long entry = round.entries().get(0);
		field(scorePut(judge, round.round(),
				"{\"entryId\": " + entry + ", \"items\": [{\"criterion\": \"innovation\", \"score\": 41}]}"),
				"items[0].score");
		field(scorePut(judge, round.round(),
				"{\"entryId\": " + entry + ", \"items\": [{\"criterion\": \"nonsense\", \"score\": 1}]}"),
				"items[0].criterion");
		field(scorePut(judge, round.round(), "{\"entryId\": " + entry
				+ ", \"items\": [{\"criterion\": \"innovation\", \"score\": 30}], \"submit\": true}"), "items");
		field(scorePut(judge, round.round(), "{\"entryId\": " + entry
				+ ", \"items\": [{\"criterion\": \"innovation\", \"score\": 30}, {\"criterion\": \"practicality\", \"score\": 20},"
				+ " {\"criterion\": \"scalability\", \"score\": 20}], \"submit\": true}"), "items[0].comment");
		field(scorePut(judge, round.round(),
				"{\"entryId\": " + entry + ", \"items\": [{\"criterion\": \"innovation\", " + "\"score\": \"高\"}]}"),
				"items[0].score");
		field(admin("PUT", "/api/v1/rounds/" + round.round() + "/rubric",
				"""
						{"parts": [{"code": "review", "label": "评审", "weight": 90, "source": "RUBRIC"}],
						 "criteria": [{"code": "x", "part": "review", "label": "x", "kind": "JUDGED", "weight": 1, "min": 0, "max": 10}]}"""),
				"parts");
		field(admin("PUT", "/api/v1/rounds/" + round.round() + "/settings",
				"{\"judgesPerEntry\": 1, \"minLoad\": 5, \"maxLoad\": 2, \"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\"}"),
				"maxLoad");
		field(admin("PUT", "/api/v1/rounds/" + round.round() + "/settings",
				"{\"judgesPerEntry\": 1, \"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\", \"tieBreaks\": \"BEST_LOOKING\"}"),
				"tieBreaks");
		field(admin("PUT", "/api/v1/rounds/" + round.round() + "/measurements",
				"{\"entryId\": " + entry + ", \"code\": \"nothing\", \"score\": 1}"), "code");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM score_item i JOIN score_sheet s ON s.id = i.sheet_id WHERE s.round_id = ?")
			.param(round.round())
			.query(Long.class)
			.single()).isZero();
		assertThat(mvc.post()
			.uri("/judge/rounds/" + round.round() + "/entries/" + entry)
			.with(logins.as(judge.username()))
			.with(csrf())
			.param("score.innovation", "很高")
			.param("action", "draft")).hasStatusOk().bodyText().contains("is-invalid");
		assertThat(mvc.post()
			.uri("/judge/rounds/" + round.round() + "/entries/" + entry)
			.with(logins.as(judge.username()))
			.with(csrf())
			.param("score.innovation", "50")
			.param("action", "draft")).hasStatusOk().bodyText().contains("is-invalid").contains("0 到 40");
	}

	@Test
	void badInputOnThePagesShowsTheFormAgainWithTheError() {
		JudgingFixtures.Judged round = fixtures.judged(1, 1, 1, Advancement.NONE, null);
		String manage = "/manage/rounds/" + round.round();
		assertThat(page(manage + "/settings", "judgesPerEntry", "三", "method", "MEAN", "trimFrom", "5", "basis", "RAW"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page(manage + "/settings", "judgesPerEntry", "3", "minLoad", "9", "maxLoad", "2", "method", "MEAN",
				"trimFrom", "5", "basis", "RAW"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page(manage + "/rubric", "parts[0].code", "review", "parts[0].label", "评审", "parts[0].weight", "100",
				"parts[0].source", "RUBRIC", "criteria[0].code", "x", "criteria[0].part", "review", "criteria[0].label",
				"", "criteria[0].kind", "JUDGED"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page("/manage/experts", "name", "", "username", "a b", "password", "short")).hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page("/honors", "title", "称号", "holderKind", "MEMBER", "orgId", "1", "decision", "x", "conferredOn",
				"明天"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page("/manage/contests/" + round.contest() + "/awards/tiers", "name", "一等奖", "roundId",
				String.valueOf(round.round()), "count", "1", "sharePercent", "10"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page("/manage/contests/" + round.contest() + "/awards/publish", "noticeDays", "-1", "teamUnitAwards",
				"0", "organisationAwards", "0"))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(page(manage + "/measurements", "entryId", String.valueOf(round.entries().get(0)), "code",
				"innovation", "score", "很多"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(judging.results(round.round()).standings()).allSatisfy(st -> assertThat(st.judgeCount()).isZero());
	}

	@Test
	void badInputAtTheRemainingJudgingAndAwardEndpointsNamesTheField() {
		JudgingFixtures.Judged round = fixtures.judged(1, 1, 1, Advancement.NONE, null);
		ExpertView judge = round.experts().get(0);
		long entry = round.entries().get(0);
		String api = "/api/v1/rounds/" + round.round();
		field(admin("PUT", api + "/panel", "{\"expertIds\": [999999999]}"), "expertIds");
		field(admin("POST", api + "/conflicts", "{\"expertId\": " + judge.id() + ", \"entryId\": " + entry + "}"),
				"reason");
		field(admin("POST",
				"/api/v1/contests/" + round.contest() + "/rounds/" + round.round() + "/assignments/overrides",
				"{\"entryId\": " + entry + ", \"expertId\": " + judge.id() + "}"), "add");
		field(admin("POST", api + "/advance", "{}"), "confirm");
		field(admin("POST", "/api/v1/experts",
				"{\"username\": \"a b\", \"name\": \"x\", \"orgId\": 1, " + "\"password\": \"jiangxin-demo-9\"}"),
				"username");
		field(admin("POST", "/api/v1/contests/" + round.contest() + "/awards",
				"{\"noticeDays\": -1, \"teamUnitAwards\": 0, \"organisationAwards\": 0}"), "noticeDays");
		field(admin("POST", "/api/v1/contests/" + round.contest() + "/awards/tiers",
				"{\"name\": \"一等奖\", \"roundId\": " + round.round() + ", \"count\": 1, \"sharePercent\": 10}"),
				"count");
		field(admin("POST", "/api/v1/contests/" + round.contest() + "/awards/1/revoke", "{\"reason\": \"\"}"),
				"reason");
		field(admin("POST", "/api/v1/honors", "{\"title\": \"x\", \"holderKind\": \"UNIT\", \"holderName\": \"x\", "
				+ "\"orgId\": 1, \"decision\": \"x\", \"conferredOn\": \"明天\"}"), "conferredOn");
		field(mvc.post()
			.uri("/api/v1/me/conflicts")
			.with(logins.as(judge.username()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"orgId\": 1}")
			.exchange(), "reason");
		assertThat(page("/manage/rounds/" + round.round() + "/conflicts", "entryId", String.valueOf(entry), "expertId",
				String.valueOf(judge.id()), "reason", ""))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("failure");
		assertThat(page("/manage/contests/" + round.contest() + "/cases", "title", "")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("failure");
		assertThat(judging.assignment(round.round()).entries().get(0).judges()).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_conflict WHERE expert_id = ?")
			.param(judge.id())
			.query(Long.class)
			.single()).isZero();
	}

	private MvcTestResult page(String uri, String... params) {
		var request = mvc.post().uri(uri).with(logins.as(Demo.JINGKAI_ADMIN)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void theoryImportedFromAFileAndPracticalCombineByWeight() {
		List<Long> entries = new ArrayList<>();
		long[] ids = fixtures.contestInJudging(1, Advancement.NONE, null, entries);
		ExpertView judge = fixtures.expert(Demo.JINGKAI, List.of());
		judging.configure(system, ids[2], new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", true));
		judging.defineRubric(system, ids[2], new RubricDraft(
				List.of(new RubricDraft.Part("theory", "理论", new BigDecimal("30"), PartSource.IMPORTED),
						new RubricDraft.Part("practical", "实操", new BigDecimal("70"), PartSource.RUBRIC)),
				List.of(new RubricDraft.Criterion("skill", "practical", "操作", CriterionKind.JUDGED,
						new BigDecimal("90"), BigDecimal.ZERO, new BigDecimal("30"), null, false),
						new RubricDraft.Criterion("stop", "practical", "停车精度", CriterionKind.MEASURED,
								new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("10"), "≤ 50 cm 满分", false))));
		judging.setPanel(system, ids[2], List.of(judge.id()));
		judging.assign(system, ids[2]);
		judging.startScoring(system, ids[2]);
		long entry = entries.get(0);
		String card = contests.entry(entry).orElseThrow().leader().cardNo();
		assertThat(mvc.post()
			.uri("/api/v1/rounds/" + ids[2] + "/parts/theory/scores")
			.multipart()
			.file(new MockMultipartFile("file", "theory.csv", "text/csv",
					("卡号,理论成绩\n" + card + ",80\n").getBytes(StandardCharsets.UTF_8)))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatusOk();
		field(mvc.post()
			.uri("/api/v1/rounds/" + ids[2] + "/parts/theory/scores")
			.multipart()
			.file(new MockMultipartFile("file", "theory.csv", "text/csv",
					("卡号,理论成绩\n" + card + ",120\n000,70\n").getBytes(StandardCharsets.UTF_8)))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange(), "file");
		judging.record(system, ids[2], entry, "stop", new BigDecimal("8"));
		judging.score(fixtures.judge(judge), ids[2],
				new ScoreDraft(entry, List.of(new ScoreDraft.Item("skill", new BigDecimal("24"), null)), true));
		// theory 80 × 30% = 24; skill 24/30 × 90/100 × 70 = 50.4; stop 8/10 × 10/100 × 70
		// = 5.6; total 80.0
		RoundStanding standing = judging.results(ids[2]).standings().get(0);
		assertThat(standing.score()).isEqualByComparingTo("80.00");
		assertThat(standing.parts().get("theory")).isEqualByComparingTo("24.00");
		assertThat(standing.parts().get("practical")).isEqualByComparingTo("56.00");
	}

	@Test
	void theCutShowsTiesAtTheBoundaryAndTheNextRoundStartsWithFreshScores() {
		JudgingFixtures.Judged round = fixtures.judged(4, 1, 1, Advancement.TOP_N_OVERALL, 2);
		Actor judge = fixtures.judge(round.experts().get(0));
		int[][] scores = { { 30, 30, 30 }, { 30, 25, 25 }, { 30, 25, 25 }, { 20, 25, 25 } };
		for (int i = 0; i < 4; i++) {
			judging.score(judge, round.round(),
					JudgingFixtures.sheet(round.entries().get(i), scores[i][0], scores[i][1], scores[i][2], true));
		}
		AdvancePreview preview = judging.previewAdvance(round.round());
		assertThat(preview.advancing()).isEqualTo(3);
		assertThat(preview.tieAtBoundary()).isTrue();
		assertThat(preview.cuts().stream().filter(AdvancePreview.Cut::tieAtBoundary).map(c -> c.standing().entryId()))
			.containsExactlyInAnyOrder(round.entries().get(1), round.entries().get(2));
		judging.advance(system, round.round());
		long next = preview.nextRoundId();
		assertThat(judging.roundEntries(next)).containsExactlyInAnyOrderElementsOf(round.entries().subList(0, 3));
		RoundResults fresh = judging.results(next);
		assertThat(fresh.sheetsSubmitted()).isZero();
		assertThatThrownBy(() -> judging.score(judge, round.round(),
				JudgingFixtures.sheet(round.entries().get(3), 1, 1, 1, false)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aDoubleSubmittedSheetIsSubmittedOnceAndTwoAdminsConfirmTheCutOnce() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			JudgingFixtures.Judged round = fixtures.judged(3, 1, 1, Advancement.TOP_N_OVERALL, 2);
			Actor judge = fixtures.judge(round.experts().get(0));
			long entry = round.entries().get(0);
			List<Callable<String>> clicks = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				int innovation = 30 + i;
				clicks.add(() -> {
					judging.score(judge, round.round(), JudgingFixtures.sheet(entry, innovation, 20, 20, true));
					return "submitted";
				});
			}
			List<String> results = Races.race(clicks);
			assertThat(results).containsOnlyOnce("submitted");
			assertThat(results).filteredOn(r -> !r.equals("submitted")).containsOnly("judging.score.locked");
			judging.score(judge, round.round(), JudgingFixtures.sheet(round.entries().get(1), 20, 20, 20, true));
			judging.score(judge, round.round(), JudgingFixtures.sheet(round.entries().get(2), 10, 20, 20, true));
			Actor[] admins = { logins.actor(Demo.JINGKAI_ADMIN), logins.actor(Demo.CITY_ADMIN) };
			List<String> confirmations = Races.race(List.<Callable<String>>of(() -> {
				judging.advance(admins[0], round.round());
				return "advanced";
			}, () -> {
				judging.advance(admins[1], round.round());
				return "advanced";
			}));
			assertThat(confirmations).containsOnlyOnce("advanced");
			assertThat(confirmations).filteredOn(r -> !r.equals("advanced")).containsOnly("judging.advance.notScoring");
			long next = judging.previewAdvance(round.round()).nextRoundId();
			assertThat(judging.roundEntries(next)).hasSize(2);
		}
	}

	private BigDecimal total(long round, long entry, long expert) {
		return jdbc.sql("SELECT total FROM score_sheet WHERE round_id = ? AND entry_id = ? AND expert_id = ?")
			.params(round, entry, expert)
			.query(BigDecimal.class)
			.single();
	}

	private MvcTestResult scorePut(ExpertView judge, long round, String body) {
		return mvc.put()
			.uri("/api/v1/rounds/" + round + "/scores")
			.with(logins.as(judge.username()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult admin(String method, String uri, String body) {
		var request = "PUT".equals(method) ? mvc.put().uri(uri) : mvc.post().uri(uri);
		return request.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
