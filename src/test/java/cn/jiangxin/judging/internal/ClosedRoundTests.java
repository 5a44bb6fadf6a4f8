package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * A closed round stays as it closed: in the demo's archived finance contest a judge's
 * conflict, declared for a whole union or for one entry, or set by an organiser, is
 * recorded but moves no standing and removes no sheet.
 */
@IntegrationTest
class ClosedRoundTests {

	static final String FINANCE_CONTEST = "2025北京市金融职工大模型技术应用创新能力职业技能大赛";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingApi judging;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Test
	void aJudgesConflictWithAWholeUnionMovesNoStandingOfTheArchivedContest() {
		List<Long> rounds = financeRounds();
		Map<Long, RoundResults> before = results(rounds);
		long sheets = sheets(rounds);
		long assignments = assignments(rounds);
		long conflicts = jdbc.sql("SELECT COUNT(*) FROM expert_conflict").query(Long.class).single();
		MvcTestResult answer = declare("fin-judge1",
				"{\"orgId\": " + orgs.id(Demo.FINANCE) + ", \"reason\": \"已调入金融工会机关\"}");
		Map<Long, Integer> moved = moved(before, results(rounds));
		assertThat(moved).as("standings moved per round, answer " + answer.getResponse().getStatus())
			.allSatisfy((round, count) -> assertThat(count).isZero());
		assertThat(answer).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_conflict").query(Long.class).single())
			.isEqualTo(conflicts + 1);
		assertThat(sheets(rounds)).isEqualTo(sheets);
		assertThat(assignments(rounds)).isEqualTo(assignments);
	}

	@Test
	void aConflictWithAnEntryOfAClosedRoundIsRecordedAndShownButKeepsTheSheet() throws Exception {
		List<Long> rounds = financeRounds();
		long last = rounds.get(2);
		Map<Long, RoundResults> before = results(rounds);
		long entry = before.get(last).standings().get(0).entryId();
		long[] judges = jdbc
			.sql("SELECT expert_id FROM assignment WHERE round_id = ? AND entry_id = ? ORDER BY expert_id")
			.params(last, entry)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		String judge = jdbc.sql("SELECT a.username FROM expert e JOIN account a ON a.id = e.account_id WHERE e.id = ?")
			.param(judges[0])
			.query(String.class)
			.single();
		assertThat(declare(judge, "{\"roundId\": " + last + ", \"entryId\": " + entry + ", \"reason\": \"曾为该团队授课\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.post()
			.uri("/api/v1/rounds/" + last + "/conflicts")
			.with(logins.as(Demo.FINANCE_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expertId\": " + judges[1] + ", \"entryId\": " + entry + ", \"reason\": \"与该团队负责人系亲属\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(moved(before, results(rounds))).allSatisfy((round, count) -> assertThat(count).isZero());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment a JOIN score_sheet s ON s.round_id = a.round_id "
				+ "AND s.entry_id = a.entry_id AND s.expert_id = a.expert_id WHERE a.round_id = ? AND a.entry_id = ? "
				+ "AND s.status = 'SUBMITTED'")
			.params(last, entry)
			.query(Long.class)
			.single()).isEqualTo(judges.length);
		String page = mvc.get()
			.uri("/manage/rounds/" + last + "?tab=scoring")
			.with(logins.as(Demo.FINANCE_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"kept-conflicts\"")
			.contains("曾为该团队授课")
			.contains("与该团队负责人系亲属")
			.contains("登记于 20");
	}

	@Test
	void everyTabOfAClosedRoundShowsValuesAndNoForm() throws Exception {
		long last = financeRounds().get(2);
		for (String tab : List.of("settings", "rubric", "panel", "scoring", "results", "advance")) {
			MvcTestResult page = mvc.get()
				.uri("/manage/rounds/" + last + "?tab=" + tab)
				.with(logins.as(Demo.FINANCE_ADMIN))
				.exchange();
			assertThat(page).as(tab).hasStatusOk();
			String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(tab)
				.contains("id=\"read-only\"")
				.doesNotContain("??")
				.doesNotContainPattern("<form[^>]*method=\"post\"[^>]*/manage/rounds/");
		}
	}

	private MvcTestResult declare(String judge, String body) {
		return mvc.post()
			.uri("/api/v1/me/conflicts")
			.with(logins.as(judge))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	List<Long> financeRounds() {
		return jdbc
			.sql("SELECT r.id FROM contest_round r JOIN contest c ON c.id = r.contest_id WHERE c.title = ? "
					+ "ORDER BY r.ordinal")
			.param(FINANCE_CONTEST)
			.query(Long.class)
			.list();
	}

	Map<Long, RoundResults> results(List<Long> rounds) {
		Map<Long, RoundResults> results = new LinkedHashMap<>();
		rounds.forEach(r -> results.put(r, judging.results(r)));
		return results;
	}

	/** How many standings of each round differ in rank or score. */
	static Map<Long, Integer> moved(Map<Long, RoundResults> before, Map<Long, RoundResults> after) {
		Map<Long, Integer> moved = new LinkedHashMap<>();
		before.forEach((round, was) -> {
			Map<Long, RoundStanding> now = new LinkedHashMap<>();
			after.get(round).standings().forEach(s -> now.put(s.entryId(), s));
			int count = 0;
			for (RoundStanding s : was.standings()) {
				RoundStanding n = now.get(s.entryId());
				if (n == null || n.rank() != s.rank() || n.score().compareTo(s.score()) != 0) {
					count++;
				}
			}
			moved.put(round, count);
		});
		return moved;
	}

	private long sheets(List<Long> rounds) {
		return rounds.stream()
			.mapToLong(r -> jdbc.sql("SELECT COUNT(*) FROM score_sheet WHERE round_id = ? AND status = 'SUBMITTED'")
				.param(r)
				.query(Long.class)
				.single())
			.sum();
	}

	private long assignments(List<Long> rounds) {
		return rounds.stream()
			.mapToLong(r -> jdbc.sql("SELECT COUNT(*) FROM assignment WHERE round_id = ?")
				.param(r)
				.query(Long.class)
				.single())
			.sum();
	}

}
