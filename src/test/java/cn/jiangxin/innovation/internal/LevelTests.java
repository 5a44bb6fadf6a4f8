package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.innovation.internal.LevelCall.Stage;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * Level applications and annual reviews: 一中院's way to the city level and this year's call
 * at every stage, as in the demo; an application through recommendation, notice and
 * conferral, with its refusals on the way; a review that lowers a level; who may take
 * which step; bad input over JSON names the field.
 */
@IntegrationTest
class LevelTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	LevelService levels;

	@Autowired
	ReviewService reviews;

	@Autowired
	StudioService studios;

	@Autowired
	StudioSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonPosts json;

	private Actor jingkai() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	private long studio() {
		return setup.studio(jingkai(), "申报测试工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU),
				people.member(Demo.HAISITANPU).cardNo());
	}

	private long call() {
		return levels.open(jingkai(),
				new LevelDrafts.Call(orgs.id(Demo.JINGKAI), StudioLevel.DISTRICT, 2000 + NAMES.incrementAndGet(),
						"经开区级职工创新工作室申报", LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), 7));
	}

	private long apply(Actor actor, long call, long studio) {
		return levels.apply(actor, new LevelDrafts.Application(call, studio, "成果与人才培养情况"));
	}

	@Test
	void theCourtReachedTheCityLevelThroughTheFlowAndThisYearsCallHoldsEveryStage() {
		long court = jdbc.sql("SELECT id FROM studio WHERE name = '一中院职工创新工作室'").query(Long.class).single();
		Actor city = logins.actor(Demo.CITY_ADMIN);
		LevelCall.Application applied = levels.ofStudio(court).get(0);
		assertThat(applied.status()).isEqualTo(Stage.CONFERRED);
		assertThat(applied.decision()).isEqualTo("京工发〔2025〕21号");
		assertThat(applied.steps()).extracting(LevelCall.Step::to)
			.containsExactly(Stage.SUBMITTED, Stage.RECOMMENDED, Stage.ON_NOTICE, Stage.CONFERRED);
		assertThat(studios.studio(city, court).level()).isEqualTo(StudioLevel.CITY);
		LevelCall now = levels.calls(city)
			.stream()
			.filter(c -> c.year() == LocalDate.now().getYear() && c.level() == StudioLevel.CITY)
			.findFirst()
			.orElseThrow();
		assertThat(levels.applications(city, now.id())).extracting(LevelCall.Application::status)
			.containsExactlyInAnyOrder(Stage.SUBMITTED, Stage.RECOMMENDED, Stage.NOT_RECOMMENDED, Stage.ON_NOTICE,
					Stage.REFUSED, Stage.WITHDRAWN);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM studio_level WHERE end_kind = 'LOWERED' AND end_decision LIKE '京工发%'")
			.query(Long.class)
			.single()).as("last year's review lowered a bank's studio").isEqualTo(1);
		assertThat(reviews.missing(city, LocalDate.now().getYear() - 1)).as("most studios have not reported")
			.hasSizeGreaterThan(50);
	}

	@Test
	void anApplicationRunsToConferralAndMayBeRefusedOnTheWay() {
		long call = call();
		long conferred = studio();
		long refused = studio();
		long unrecommended = studio();
		ContestFixtures.Someone leader = people.member(Demo.HAISITANPU);
		long led = setup.studio(jingkai(), "申报测试工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU),
				leader.cardNo());
		Actor member = new Actor(0, "m" + leader.id(), leader.name(), Set.of(Role.MEMBER), null, Set.of(), leader.id());
		long a = apply(jingkai(), call, conferred);
		assertThatThrownBy(() -> apply(jingkai(), call, conferred))
			.hasMessageContaining("innovation.application.twice");
		long b = apply(jingkai(), call, refused);
		long c = apply(jingkai(), call, unrecommended);
		long d = apply(member, call, led);
		assertThat(levels.application(member, d).status()).as("a leader applies for their studio")
			.isEqualTo(Stage.SUBMITTED);
		assertThatThrownBy(() -> levels.recommend(member, d, new LevelDrafts.Note(null)))
			.as("a leader does not recommend")
			.isInstanceOf(OutOfScopeException.class);
		levels.notRecommend(jingkai(), c, new LevelDrafts.Refusal("近三年无成果"));
		assertThatThrownBy(() -> levels.recommend(jingkai(), c, new LevelDrafts.Note(null)))
			.hasMessageContaining("innovation.application.finished");
		levels.recommend(jingkai(), a, new LevelDrafts.Note("同意推荐"));
		levels.recommend(jingkai(), b, new LevelDrafts.Note(null));
		assertThatThrownBy(
				() -> levels.confer(jingkai(), a, new LevelDrafts.Conferral("经开工发〔2026〕1号", LocalDate.now())))
			.as("no conferral before the notice")
			.hasMessageContaining("innovation.application.wrongStage");
		levels.notice(jingkai(), a, new LevelDrafts.Note(null));
		assertThatThrownBy(
				() -> levels.confer(jingkai(), a, new LevelDrafts.Conferral("经开工发〔2026〕1号", LocalDate.now())))
			.hasMessageContaining("innovation.application.noticeRunning");
		jdbc.sql("UPDATE studio_application SET notice_ends_on = ? WHERE id = ?")
			.params(Date.valueOf(LocalDate.now().minusDays(2)), a)
			.update();
		assertThatThrownBy(() -> levels.confer(jingkai(), a,
				new LevelDrafts.Conferral("经开工发〔2026〕1号", LocalDate.now().minusDays(3))))
			.hasMessageContaining("innovation.application.afterNotice");
		levels.confer(jingkai(), a, new LevelDrafts.Conferral("经开工发〔2026〕1号", LocalDate.now()));
		assertThat(levels.application(jingkai(), a).steps()).extracting(LevelCall.Step::to)
			.containsExactly(Stage.SUBMITTED, Stage.RECOMMENDED, Stage.ON_NOTICE, Stage.CONFERRED);
		assertThat(studios.studio(jingkai(), conferred).level()).isEqualTo(StudioLevel.DISTRICT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM honor WHERE holder_name = (SELECT name FROM studio WHERE id = ?)")
			.param(conferred)
			.query(Long.class)
			.single()).as("the level is a title in the honour registry").isEqualTo(1);
		levels.refuse(jingkai(), b, new LevelDrafts.Refusal("核心成员不足 5 人"));
		assertThatThrownBy(() -> levels.withdraw(jingkai(), b)).hasMessageContaining("innovation.application.finished");
		assertThat(levels.application(jingkai(), b).reason()).isEqualTo("核心成员不足 5 人");
		assertThatThrownBy(() -> apply(jingkai(), call(), conferred)).as("a level is applied for only upward")
			.hasMessageContaining("innovation.level.notHigher");
		Actor finance = logins.actor(Demo.FINANCE_ADMIN);
		assertThatThrownBy(() -> levels.call(finance, call)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> levels.recommend(finance, d, new LevelDrafts.Note(null)))
			.isInstanceOf(NotFoundException.class);
		levels.withdraw(member, d);
		assertThat(levels.application(member, d).status()).isEqualTo(Stage.WITHDRAWN);
	}

	@Test
	void aReviewLowersALevel() {
		long studio = studio();
		studios.confer(jingkai(), studio,
				new LevelDraft(StudioLevel.DISTRICT, orgs.id(Demo.JINGKAI), "经开工发〔2024〕3号", LocalDate.of(2024, 6, 1)));
		int year = LocalDate.now().getYear() - 1;
		assertThat(reviews.missing(jingkai(), year)).extracting(Studio.Ref::id).contains(studio);
		setup.achievement(jingkai(), studio, "年度成果");
		long review = reviews.report(jingkai(), studio, new LevelDrafts.Report(year, "年度总结"));
		assertThat(reviews.missing(jingkai(), year)).extracting(Studio.Ref::id).doesNotContain(studio);
		assertThatThrownBy(() -> reviews.report(jingkai(), studio, new LevelDrafts.Report(year, "再报")))
			.hasMessageContaining("innovation.review.twice");
		LevelDrafts.Decision lower = new LevelDrafts.Decision(Review.Outcome.LOWER, "成果不足", "经开工发〔2026〕5号");
		assertThatThrownBy(() -> reviews.decide(jingkai(), review, lower))
			.hasMessageContaining("innovation.review.unscored");
		LevelDrafts.Score low = new LevelDrafts.Score(new BigDecimal("15"), new BigDecimal("15"), new BigDecimal("10"),
				new BigDecimal("10"), null);
		reviews.score(jingkai(), review, low);
		assertThatThrownBy(() -> reviews.score(jingkai(), review, low))
			.hasMessageContaining("innovation.review.scoredAlready");
		assertThat(reviews.review(jingkai(), review).suggested()).isEqualTo(Review.Outcome.LOWER);
		assertThatThrownBy(() -> reviews.decide(jingkai(), review,
				new LevelDrafts.Decision(Review.Outcome.LOWER, null, "经开工发〔2026〕5号")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("innovation.review.reason");
		reviews.decide(jingkai(), review, lower);
		assertThat(studios.studio(jingkai(), studio).level()).isEqualTo(StudioLevel.ENTERPRISE);
		assertThat(jdbc.sql("SELECT end_kind, end_decision FROM studio_level WHERE studio_id = ?")
			.param(studio)
			.query()
			.singleRow()).containsEntry("end_kind", "LOWERED").containsEntry("end_decision", "经开工发〔2026〕5号");
		assertThat(reviews.review(jingkai(), review).outcome()).isEqualTo(Review.Outcome.LOWER);
		assertThatThrownBy(
				() -> reviews.decide(jingkai(), review, new LevelDrafts.Decision(Review.Outcome.KEEP, null, null)))
			.hasMessageContaining("innovation.review.decided");
		assertThatThrownBy(() -> reviews.review(logins.actor(Demo.FINANCE_ADMIN), review))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void badInputOverJsonNamesTheField() {
		String admin = Demo.JINGKAI_ADMIN;
		long call = call();
		long studio = studio();
		long application = apply(jingkai(), call, studio);
		Problems.field(json.post(admin, "/api/v1/level-calls", """
				{"conferringOrgId": %d, "level": "GALAXY", "year": 2030, "title": "x", "opensOn": "2030-01-01",
				 "closesOn": "2030-02-01", "noticeDays": 7}""".formatted(orgs.id(Demo.JINGKAI))), "level");
		Problems.field(json.post(admin, "/api/v1/level-calls", """
				{"conferringOrgId": %d, "level": "DISTRICT", "year": 2030, "title": "x", "opensOn": "2030-01-01",
				 "closesOn": "2030-02-01", "noticeDays": 3}""".formatted(orgs.id(Demo.JINGKAI))), "noticeDays");
		Problems.field(json.post(admin, "/api/v1/level-calls", """
				{"conferringOrgId": %d, "level": "CITY", "year": 2030, "title": "x", "opensOn": "2030-01-01",
				 "closesOn": "2030-02-01", "noticeDays": 7}""".formatted(orgs.id(Demo.JINGKAI))), "level");
		Problems.field(json.post(admin, "/api/v1/studio-applications", """
				{"callId": %d, "studioId": "第一", "summary": "x"}""".formatted(call)), "studioId");
		Problems.field(json.post(admin, "/api/v1/studio-applications/" + application + "/not-recommend", "{}"),
				"reason");
		Problems.field(json.post(admin, "/api/v1/studio-applications/" + application + "/confer", """
				{"decision": "x", "conferredOn": "2999-01-01"}"""), "conferredOn");
		Problems.field(json.post(admin, "/api/v1/studios/" + studio + "/reviews", """
				{"year": "去年", "report": "x"}"""), "year");
		assertThat(levels.application(jingkai(), application).status()).isEqualTo(Stage.SUBMITTED);
		assertThat(levels.application(jingkai(), application).steps()).hasSize(1);
		assertThat(reviews.ofStudio(studio)).isEmpty();
		List<LevelCall> calls = levels.calls(jingkai());
		assertThat(calls).noneMatch(c -> c.year() == 2030);
	}

}
