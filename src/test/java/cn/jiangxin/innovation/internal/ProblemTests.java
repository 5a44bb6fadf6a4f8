package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
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
 * Problem calls and joint projects: the demo's alliance calls and the forum's projects as
 * in seed 004, with the recommendation for the open PIS problem; a studio applies once;
 * the owner picks a lead and a partner, which starts the project; an outcome counts for
 * every participating studio; a closed call and a closed project change no more; who may
 * do what; bad input over JSON names the field.
 */
@IntegrationTest
class ProblemTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	ProblemService problems;

	@Autowired
	ProjectService projects;

	@Autowired
	AchievementService achievements;

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

	/** A member who leads a new studio at 海斯坦普, and the studio. */
	private record Leader(Actor actor, long studioId) {
	}

	private Leader leader() {
		ContestFixtures.Someone someone = people.member(Demo.HAISITANPU);
		long studio = setup.studio(jingkai(), "揭榜测试工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU),
				someone.cardNo());
		return new Leader(
				new Actor(0, "m" + someone.id(), someone.name(), Set.of(Role.MEMBER), null, Set.of(), someone.id()),
				studio);
	}

	private long call() {
		return problems.open(jingkai(), new ProjectDrafts.Call("测试揭榜" + NAMES.incrementAndGet(), null,
				orgs.id(Demo.JINGKAI), null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
	}

	private long problem(long call) {
		return problems.post(jingkai(), call, new ProjectDrafts.ProblemDraft(orgs.id(Demo.HAISITANPU), "焊缝检测难题", "需求",
				"焊装", "在线检测", StudioField.MANUFACTURING, List.of("焊装", "Robot "), LocalDate.now().plusDays(20)));
	}

	@Test
	void theAllianceCallsAndProjectsRunAsInTheSeed() {
		long alliance = jdbc.sql("SELECT id FROM alliance WHERE name = '市交通运输系统职工创新工作室联盟'").query(Long.class).single();
		List<ProblemCall> calls = problems.callsOf(alliance);
		assertThat(calls).extracting(ProblemCall::status)
			.containsExactly(ProblemCall.Status.OPEN, ProblemCall.Status.CLOSED);
		List<Problem> past = problems.problems(jingkai(), calls.get(1).id());
		assertThat(past).extracting(Problem::status)
			.containsExactly(Problem.Status.MATCHED, Problem.Status.MATCHED, Problem.Status.UNMATCHED);
		List<Problem> open = problems.problems(jingkai(), calls.get(0).id());
		assertThat(open).hasSize(5);
		assertThat(open.stream().mapToInt(Problem::applications).sum()).isEqualTo(9);
		assertThat(open).filteredOn(p -> p.status() == Problem.Status.MATCHED).hasSize(1);
		List<JointProject.Summary> all = projects.ofAlliance(alliance);
		assertThat(all).hasSize(12);
		assertThat(all).filteredOn(p -> p.origin() == JointProject.Origin.SIGNING).hasSize(9);
		JointProject.Summary pis = all.stream().filter(p -> p.title().contains("PIS")).findFirst().orElseThrow();
		assertThat(pis.status()).isEqualTo(JointProject.Status.CLOSED);
		assertThat(pis.rating()).isEqualTo(JointProject.Rating.EXCELLENT);
		assertThat(projects.outcomes(jingkai(), pis.id())).singleElement()
			.satisfies(a -> assertThat(a.studios()).as("the PIS method counts for its four studios").hasSize(4));
		Problem bus = open.stream().filter(p -> p.title().contains("PIS")).findFirst().orElseThrow();
		List<Recommender.Recommendation> ranked = problems.recommendations(jingkai(), bus.id());
		assertThat(ranked).hasSizeGreaterThanOrEqualTo(3);
		assertThat(ranked.subList(0, 2)).extracting(Recommender.Recommendation::name)
			.containsExactlyInAnyOrder("地铁乘客信息系统维修创新工作室", "公交电子站牌创新工作室");
		assertThat(ranked.get(0).reasons()).extracting(Recommender.Reason::code)
			.contains(Recommender.Reason.Code.TAGS, Recommender.Reason.Code.ACHIEVEMENTS,
					Recommender.Reason.Code.PROJECTS);
		assertThat(ranked.get(0).applied()).isTrue();
	}

	@Test
	void aStudioAppliesToAProblemOnce() {
		long problem = problem(call());
		Leader leader = leader();
		problems.apply(leader.actor(), problem, new ProjectDrafts.Application(leader.studioId(), "我们有焊装经验"));
		assertThatThrownBy(
				() -> problems.apply(leader.actor(), problem, new ProjectDrafts.Application(leader.studioId(), "再报一次")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("innovation.problem.appliedAlready");
		assertThat(json.post(Demo.JINGKAI_ADMIN, "/api/v1/problems/" + problem + "/applications", """
				{"studioId": %d, "offer": "经由接口再报"}""".formatted(leader.studioId()))).hasStatus(409);
		assertThat(problems.applications(jingkai(), problem)).singleElement()
			.satisfies(a -> assertThat(a.offer()).isEqualTo("我们有焊装经验"));
		problems.withdraw(leader.actor(), problem, leader.studioId());
		problems.apply(leader.actor(), problem, new ProjectDrafts.Application(leader.studioId(), "撤回后再报"));
		assertThat(problems.applications(leader.actor(), problem)).singleElement()
			.satisfies(a -> assertThat(a.status()).isEqualTo(Problem.ApplicationStatus.APPLIED));
		assertThat(problems.problem(jingkai(), problem).tags()).containsExactlyInAnyOrder("焊装", "robot");
	}

	@Test
	void theOwnersChoiceStartsAProjectWhoseOutcomesCountForEveryStudio() {
		long call = call();
		long problem = problem(call);
		Leader lead = leader();
		Leader partner = leader();
		Leader other = leader();
		for (Leader l : List.of(lead, partner, other)) {
			problems.apply(l.actor(), problem, new ProjectDrafts.Application(l.studioId(), "报名"));
		}
		assertThatThrownBy(() -> problems.select(lead.actor(), problem, selection(lead, partner)))
			.as("a leader does not choose")
			.isInstanceOf(OutOfScopeException.class);
		long project = problems.select(jingkai(), problem, selection(lead, partner));
		assertThat(problems.problem(jingkai(), problem).status()).isEqualTo(Problem.Status.MATCHED);
		assertThat(problems.applications(jingkai(), problem)).extracting(Problem.Application::status)
			.containsExactlyInAnyOrder(Problem.ApplicationStatus.LEAD, Problem.ApplicationStatus.PARTNER,
					Problem.ApplicationStatus.NOT_SELECTED);
		JointProject started = projects.project(partner.actor(), project);
		assertThat(started.participants()).hasSize(2);
		assertThat(started.lead().studioId()).isEqualTo(lead.studioId());
		assertThat(started.advisers()).singleElement().satisfies(a -> assertThat(a.institution()).isEqualTo("北京理工大学"));
		assertThatThrownBy(() -> projects.project(other.actor(), project)).as("a studio not chosen reads nothing")
			.isInstanceOf(NotFoundException.class);
		projects.report(partner.actor(), project, new ProjectDrafts.Report(LocalDate.now(), "完成样本采集", 30));
		projects.outcome(lead.actor(), project,
				new AchievementDraft(AchievementKind.METHOD, "焊缝在线检测方法", LocalDate.now(), List.of(), null, null, null,
						null, null, null, List.of(), List.of("北京理工大学 李教授"), List.of()));
		for (Leader l : List.of(lead, partner)) {
			assertThat(achievements.tally(jingkai(), l.studioId()).count(AchievementKind.METHOD))
				.as("the outcome counts once for each participant")
				.isEqualTo(1);
		}
		assertThat(achievements.tally(jingkai(), other.studioId()).total()).isZero();
		assertThatThrownBy(() -> problems.select(jingkai(), problem, selection(lead, partner)))
			.hasMessageContaining("innovation.problem.notOpen");
		assertThatThrownBy(() -> projects.close(partner.actor(), project,
				new ProjectDrafts.Closing(JointProject.Rating.GOOD, "好", LocalDate.now())))
			.as("a participant does not close")
			.isInstanceOf(OutOfScopeException.class);
		projects.close(jingkai(), project,
				new ProjectDrafts.Closing(JointProject.Rating.GOOD, "达到预期", LocalDate.now()));
		assertThatThrownBy(
				() -> projects.report(partner.actor(), project, new ProjectDrafts.Report(LocalDate.now(), "结题后", 100)))
			.hasMessageContaining("innovation.project.closed");
		assertThat(projects.project(jingkai(), project).reports()).hasSize(1);
	}

	private static ProjectDrafts.Selection selection(Leader lead, Leader partner) {
		return new ProjectDrafts.Selection(lead.studioId(), List.of(partner.studioId()),
				List.of(new ProjectDrafts.Adviser("李教授", "北京理工大学", "机器视觉")), LocalDate.now(),
				LocalDate.now().plusMonths(6), null);
	}

	@Test
	void aClosedCallChangesNoMore() {
		long call = call();
		long problem = problem(call);
		Leader leader = leader();
		problems.apply(leader.actor(), problem, new ProjectDrafts.Application(leader.studioId(), "报名"));
		problems.close(jingkai(), call);
		assertThat(problems.problem(jingkai(), problem).status()).isEqualTo(Problem.Status.UNMATCHED);
		assertThatThrownBy(() -> problem(call)).hasMessageContaining("innovation.call.closed");
		assertThatThrownBy(
				() -> problems.apply(jingkai(), problem, new ProjectDrafts.Application(leader().studioId(), "晚了")))
			.hasMessageContaining("innovation.call.closed");
		assertThatThrownBy(() -> problems.select(jingkai(), problem, selection(leader, leader)))
			.hasMessageContaining("innovation.call.closed");
		assertThatThrownBy(() -> problems.withdraw(leader.actor(), problem, leader.studioId()))
			.hasMessageContaining("innovation.call.closed");
		assertThatThrownBy(() -> problems.close(jingkai(), call)).hasMessageContaining("innovation.call.closed");
		assertThat(problems.applications(jingkai(), problem)).singleElement()
			.satisfies(a -> assertThat(a.status()).isEqualTo(Problem.ApplicationStatus.NOT_SELECTED));
	}

	@Test
	void eachStepBelongsToItsPeople() {
		Actor finance = logins.actor(Demo.FINANCE_ADMIN);
		assertThatThrownBy(() -> problems.open(finance,
				new ProjectDrafts.Call("越权", null, orgs.id(Demo.JINGKAI), null, LocalDate.now(),
						LocalDate.now().plusDays(3))))
			.as("a union outside reach cannot call")
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("innovation.call.orgUnknown");
		long call = call();
		assertThatThrownBy(() -> problems.call(finance, call)).as("a union call is not seen outside its tree")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> problems.post(jingkai(), call,
				new ProjectDrafts.ProblemDraft(orgs.id(Demo.BANK), "x", "x", "x", "x", StudioField.OTHER, List.of(),
						LocalDate.now().plusDays(1))))
			.as("the owner must be within the calling union's reach")
			.hasMessageContaining("innovation.problem.ownerUnknown");
		long problem = problem(call);
		Leader leader = leader();
		Leader stranger = leader();
		assertThatThrownBy(
				() -> problems.apply(stranger.actor(), problem, new ProjectDrafts.Application(leader.studioId(), "冒名")))
			.as("a member applies only for a studio they lead")
			.hasMessageContaining("innovation.achievement.studioUnknown");
		long bankStudio = setup.studio(logins.actor(Demo.FINANCE_ADMIN), "银行揭榜工作室" + NAMES.incrementAndGet(),
				orgs.id(Demo.BANK), people.member(Demo.BANK).cardNo());
		assertThatThrownBy(() -> problems.apply(logins.actor(Demo.ADMIN), problem,
				new ProjectDrafts.Application(bankStudio, "跨区")))
			.as("a studio outside the calling union is not in the pool")
			.hasMessageContaining("innovation.problem.notInPool");
		assertThatThrownBy(() -> problems.recommendations(leader.actor(), problem))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(problems.recommendations(jingkai(), problem)).extracting(Recommender.Recommendation::studioId)
			.doesNotContain(bankStudio);
	}

	@Test
	void badInputOverJsonNamesTheField() {
		long call = call();
		long problem = problem(call);
		String admin = Demo.JINGKAI_ADMIN;
		Problems.field(json.post(admin, "/api/v1/problem-calls", """
				{"title": "x", "orgId": %d, "opensOn": "2026-01-01", "closesOn": "明天"}"""
			.formatted(orgs.id(Demo.JINGKAI))), "closesOn");
		Problems.field(json.post(admin, "/api/v1/problem-calls", """
				{"title": "x", "opensOn": "2026-01-01", "closesOn": "2999-01-01"}"""), "orgId");
		Problems.field(json.post(admin, "/api/v1/problem-calls/" + call + "/problems", """
				{"ownerOrgId": %d, "title": "x", "need": "x", "skills": "x", "expectedOutcome": "x", "field": "SPACE",
				 "deadline": "2999-01-01"}""".formatted(orgs.id(Demo.HAISITANPU))), "field");
		Problems.field(json.post(admin, "/api/v1/problem-calls/" + call + "/problems", """
				{"ownerOrgId": %d, "title": "x", "need": "x", "skills": "x", "expectedOutcome": "x", "field": "OTHER",
				 "deadline": "2999-01-01"}""".formatted(orgs.id(Demo.HAISITANPU))), "deadline");
		Problems.field(json.post(admin, "/api/v1/problems/" + problem + "/applications", """
				{"studioId": "第一", "offer": "x"}"""), "studioId");
		Problems.field(json.post(admin, "/api/v1/problems/" + problem + "/selection", """
				{"leadStudioId": 1, "startsOn": "2026-01-01"}"""), "planEndsOn");
		Problems.field(json.post(admin, "/api/v1/problems/" + problem + "/selection", """
				{"leadStudioId": 99999999, "startsOn": "2026-01-01", "planEndsOn": "2027-01-01"}"""), "leadStudioId");
		assertThat(problems.problems(jingkai(), call)).singleElement()
			.satisfies(p -> assertThat(p.status()).isEqualTo(Problem.Status.OPEN));
		assertThat(problems.applications(jingkai(), problem)).isEmpty();
	}

}
