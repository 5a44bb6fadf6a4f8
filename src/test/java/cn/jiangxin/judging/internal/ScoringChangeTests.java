package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.setup.Rerank;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

import static cn.jiangxin.support.Problems.field;

/**
 * What may change while a round is scored, and how: a conflict never deletes a submitted
 * sheet by itself (an organiser's audited reopening takes the judge off), and the ranking
 * settings are frozen once scores are in, changed only by a re-rank with a reason that
 * the round keeps in its history.
 */
@IntegrationTest
class ScoringChangeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JudgingFacade judging;

	@Autowired
	RoundSettings service;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private final Actor system = Actor.system();

	@Test
	void aConflictKeepsASubmittedSheetUntilAnAuditedReopenTakesTheJudgeOff() throws Exception {
		JudgingFixtures.Judged round = fixtures.judged(2, 2, 2, Advancement.NONE, null);
		ExpertView submitter = round.experts().get(0);
		ExpertView drafter = round.experts().get(1);
		long entry = round.entries().get(0);
		judging.score(fixtures.judge(submitter), round.round(), JudgingFixtures.sheet(entry, 30, 20, 20, true));
		judging.score(fixtures.judge(drafter), round.round(), JudgingFixtures.sheet(entry, 20, 20, 20, false));
		RoundResults before = judging.results(round.round());

		assertThat(declare(submitter, round.round(), entry, "曾指导该选手")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(declare(drafter, round.round(), entry, "与选手同一车间")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(ClosedRoundTests.moved(Map.of(round.round(), before),
				Map.of(round.round(), judging.results(round.round()))))
			.containsEntry(round.round(), 0);
		assertThat(assigned(round.round(), entry)).containsExactly(submitter.id());
		String page = mvc.get()
			.uri("/manage/rounds/" + round.round() + "?tab=scoring")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"kept-conflicts\"").contains("曾指导该选手").contains("退回并撤下");

		assertThat(mvc.post()
			.uri("/manage/rounds/" + round.round() + "/reopen")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("entryId", String.valueOf(entry))
			.param("expertId", String.valueOf(submitter.id()))
			.param("reason", "专家申报回避")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "judging.score.takenOff");
		assertThat(assigned(round.round(), entry)).isEmpty();
		String audited = jdbc
			.sql("SELECT before_state || ' ' || after_state FROM audit_event WHERE entity_type = 'score_sheet' "
					+ "AND action = 'DELETE' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(audited).contains("\"innovation\":\"30").contains("专家申报回避").contains("曾指导该选手");
	}

	@Test
	void rankingSettingsAreFrozenOnceScoresAreInAndChangeOnlyByAReRankWithAReason() throws Exception {
		JudgingFixtures.Judged round = fixtures.judged(2, 1, 1, Advancement.NONE, null);
		Actor judge = fixtures.judge(round.experts().get(0));
		String api = "/api/v1/rounds/" + round.round();
		assertThat(admin("PUT", api + "/settings", settings("MEAN", "RAW", "HIGHER_MINIMUM"))).hasStatusOk();
		judging.score(judge, round.round(), JudgingFixtures.sheet(round.entries().get(0), 30, 20, 20, true));
		judging.score(judge, round.round(), JudgingFixtures.sheet(round.entries().get(1), 20, 25, 25, true));

		assertThat(admin("PUT", api + "/settings", settings("TRIMMED_MEAN", "RAW", "HIGHER_MINIMUM")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("重新排名");
		assertThat(admin("PUT", api + "/settings", settings("MEAN", "RAW", "CRITERION:innovation")))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(admin("PUT", api + "/settings", settings("MEAN", "RAW", " HIGHER_MINIMUM ")
			.replace("\"judgesPerEntry\": 1", "\"judgesPerEntry\": 1, \"blind\": true"))).hasStatusOk();

		field(admin("POST", api + "/reranks", rerank("CRITERION:innovation", "")), "reason");
		field(admin("POST", api + "/reranks", rerank("HIGHER_MINIMUM", "再议")), "method");
		assertThat(admin("POST", api + "/reranks", rerank("CRITERION:innovation", "按章程以创新性定先后")))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.moved")
			.isEqualTo(1);
		assertThat(service.reranks(round.round())).singleElement().satisfies(r -> {
			assertThat(r.reason()).isEqualTo("按章程以创新性定先后");
			assertThat(r.before().chain()).isEqualTo("HIGHER_MINIMUM");
			assertThat(r.after().chain()).isEqualTo("CRITERION:innovation");
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'round_rerank' AND entity_id = ?")
			.param(String.valueOf(round.round()))
			.query(Long.class)
			.single()).isEqualTo(1);
		String page = mvc.get()
			.uri("/manage/rounds/" + round.round() + "?tab=settings")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"rerank-history\"")
			.contains("按章程以创新性定先后")
			.contains("名次变动的作品 1 个")
			.contains("id=\"ranking-frozen\"")
			.contains("id=\"rerank-form\"");

		judging.advance(system, round.round());
		assertThat(admin("POST", api + "/reranks", rerank("HIGHER_MINIMUM", "结束后再改"))).hasStatus(HttpStatus.CONFLICT);
		assertThatThrownBy(() -> service.rerank(system, round.round(),
				new Rerank(AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, "", "结束后再改")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("judging.round.closed"));
		assertThat(service.reranks(round.round())).hasSize(1);
	}

	@Test
	void theTieBreakPickerSavesTheChainInOrderAndABlankRowIsNoStep() {
		JudgingFixtures.Judged round = fixtures.judged(1, 1, 1, Advancement.NONE, null);
		judging.configure(system, round.round(), new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		assertThat(mvc.post()
			.uri("/manage/rounds/" + round.round() + "/settings")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("judgesPerEntry", "1")
			.param("method", "MEAN")
			.param("trimFrom", "5")
			.param("basis", "RAW")
			.param("tieBreaks", "CRITERION:scalability", "", "HIGHER_MINIMUM")).hasStatus(HttpStatus.FOUND);
		assertThat(service.setup(round.round()).settings().tieBreaks())
			.isEqualTo("CRITERION:scalability,HIGHER_MINIMUM");
	}

	@Test
	void theRubricIsLockedOnceAScoreIsRecordedEvenBeforeAnySheet() {
		List<Long> entries = new ArrayList<>();
		long round = fixtures.contestInJudging(1, Advancement.NONE, null, entries)[2];
		ExpertView judge = fixtures.expert(Demo.JINGKAI, List.of());
		RubricDraft rubric = new RubricDraft(
				List.of(new RubricDraft.Part("practical", "实操", new BigDecimal("100"), PartSource.RUBRIC)),
				List.of(new RubricDraft.Criterion("skill", "practical", "操作", CriterionKind.JUDGED,
						new BigDecimal("90"), BigDecimal.ZERO, new BigDecimal("30"), null, false),
						new RubricDraft.Criterion("stop", "practical", "停车精度", CriterionKind.MEASURED, BigDecimal.TEN,
								BigDecimal.ZERO, BigDecimal.TEN, null, false)));
		judging.configure(system, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, round, rubric);
		judging.setPanel(system, round, List.of(judge.id()));
		judging.assign(system, round);
		judging.startScoring(system, round);
		judging.record(system, round, entries.get(0), "stop", new BigDecimal("8"));
		assertThatThrownBy(() -> judging.defineRubric(system, round, rubric)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("judging.rubric.locked"));
	}

	private List<Long> assigned(long round, long entry) {
		return jdbc.sql("SELECT expert_id FROM assignment WHERE round_id = ? AND entry_id = ?")
			.params(round, entry)
			.query(Long.class)
			.list();
	}

	private MvcTestResult declare(ExpertView judge, long round, long entry, String reason) {
		return mvc.post()
			.uri("/api/v1/me/conflicts")
			.with(logins.as(judge.username()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roundId\": " + round + ", \"entryId\": " + entry + ", \"reason\": \"" + reason + "\"}")
			.exchange();
	}

	private static String settings(String method, String basis, String tieBreaks) {
		return "{\"judgesPerEntry\": 1, \"method\": \"" + method + "\", \"trimFrom\": 5, \"basis\": \"" + basis
				+ "\", \"spreadThreshold\": 20, \"tieBreaks\": \"" + tieBreaks + "\", \"live\": true}";
	}

	private static String rerank(String tieBreaks, String reason) {
		return "{\"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\", \"spreadThreshold\": 20.0, \"tieBreaks\": \""
				+ tieBreaks + "\", \"reason\": \"" + reason + "\"}";
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
