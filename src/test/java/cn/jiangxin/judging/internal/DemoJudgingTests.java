package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.award.AwardApi;
import cn.jiangxin.award.AwardKind;
import cn.jiangxin.award.AwardView;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The seeds' judged cases run to their end in the demo: rounds, cuts, awards, titles and
 * certificates.
 */
@IntegrationTest
class DemoJudgingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardApi awards;

	@Autowired
	ContestApi contests;

	@Test
	void financeGoesFrom185EntriesTo13FinalistsWithAwardsAndTheStudioTitleForAll() {
		long contest = id("2025北京市金融职工大模型技术应用创新能力职业技能大赛");
		List<Long> rounds = jdbc.sql("SELECT id FROM contest_round WHERE contest_id = ? ORDER BY ordinal")
			.param(contest)
			.query(Long.class)
			.list();
		assertThat(inRound(rounds.get(0))).isEqualTo(185);
		assertThat(inRound(rounds.get(1))).isEqualTo(60);
		assertThat(inRound(rounds.get(2))).isEqualTo(13);
		List<AwardView> given = awards.awards(contest);
		assertThat(given.stream().filter(a -> a.name().equals("十佳应用奖"))).hasSize(10);
		assertThat(given.stream().filter(a -> a.name().equals("创新方案奖"))).hasSize(3);
		assertThat(given.stream().filter(a -> a.kind() == AwardKind.ORGANISATION)).hasSize(7);
		assertThat(count("SELECT COUNT(*) FROM honor WHERE contest_id = ? AND title = '金融科技职工创新工作室'", contest))
			.isEqualTo(13);
		assertThat(contests.find(contest).orElseThrow().status()).isEqualTo(ContestStatus.ARCHIVED);
		assertThat(given)
			.allSatisfy(a -> assertThat(awards.verify(a.certificateNumber()).orElseThrow().valid()).isTrue());
		assertThat(
				count("SELECT COUNT(*) FROM case_collection_entry ce JOIN case_collection c ON c.id = ce.collection_id "
						+ "WHERE c.contest_id = ? AND c.published", contest))
			.isEqualTo(33);
	}

	@Test
	void robotsCombineTheoryFromTheirExamWithPracticalAndZongShulongWinsFirstPrize() {
		long contest = id("经开区第八届职工职业技能竞赛（工业机器人系统运维员）");
		List<AwardView> given = awards.awards(contest);
		assertThat(given.stream().filter(a -> a.name().equals("一等奖"))).singleElement()
			.satisfies(a -> assertThat(a.holder()).isEqualTo("宗树龙"));
		assertThat(given.stream().filter(a -> a.name().equals("二等奖"))).hasSize(3);
		assertThat(given.stream().filter(a -> a.name().equals("三等奖"))).hasSize(6);
		long round = jdbc.sql("SELECT id FROM contest_round WHERE contest_id = ?")
			.param(contest)
			.query(Long.class)
			.single();
		assertThat(count("SELECT COUNT(*) FROM measurement WHERE round_id = ? AND code = 'theory'", round))
			.isEqualTo(30);
		assertThat(contests.find(contest).orElseThrow().status()).isEqualTo(ContestStatus.PUBLICIZING);
		assertThat(awards.verify(given.get(0).certificateNumber()).orElseThrow().status()).isEqualTo("NOTICE");
	}

	@Test
	void reliefGives21IndividualAwardsAnd5UnitTeamAwards() {
		long contest = id("北京市接济救助管理事务中心第二届职工技能大赛");
		List<AwardView> given = awards.awards(contest);
		assertThat(given.stream().filter(a -> a.kind() == AwardKind.ENTRY)).hasSize(21);
		assertThat(given.stream().filter(a -> a.kind() == AwardKind.TEAM_UNIT)).hasSize(5);
		assertThat(given.stream().filter(a -> a.name().equals("一等奖")).map(AwardView::trackId).distinct()).hasSize(5);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Test
	void theOrganisersDashboardCountsTheEntriesOfEachJudgedRound() throws Exception {
		long contest = id("2025北京市金融职工大模型技术应用创新能力职业技能大赛");
		String body = mvc.get()
			.uri("/manage/contests/" + contest + "/dashboard")
			.with(logins.as("jinrong"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("初赛").contains("复赛").contains("决赛").contains("[185,60,13]");
	}

	@Test
	void constructionChampionsHoldTheTitleByDecision() {
		assertThat(count(
				"SELECT COUNT(*) FROM honor WHERE title = '首都建筑工匠' AND source = 'DECISION' AND member_id IS NOT NULL"))
			.isEqualTo(3);
	}

	private long inRound(long round) {
		return count("SELECT COUNT(*) FROM round_entry WHERE round_id = ?", round);
	}

	private long id(String title) {
		return jdbc.sql("SELECT id FROM contest WHERE title = ?").params(title).query(Long.class).single();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
