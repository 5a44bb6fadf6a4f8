package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * Mentoring (名师带徒) and trainings: a mentorship runs from agreement through progress to
 * the assessment of every apprentice, and is closed after; mentors come from the studio,
 * apprentices from its union; a period of at most three years; trainings not before the
 * founding; the demo's court holds its mentorships and trainings; bad input over JSON is
 * a problem naming the field.
 */
@IntegrationTest
class MentoringTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	MentoringService mentoring;

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

	/** A studio of 海斯坦普 founded 2024-01-01, and its leader's card. */
	private record Made(long id, String leader) {
	}

	private Made studio() {
		String card = people.member(Demo.HAISITANPU).cardNo();
		return new Made(setup.studio(jingkai(), "带徒测试工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU), card),
				card);
	}

	@Test
	void aMentorshipRunsToTheAssessmentOfEveryApprenticeAndIsClosedAfter() {
		Made studio = studio();
		String a = people.member(Demo.HAISITANPU).cardNo();
		String b = people.member(Demo.HAISITANPU).cardNo();
		long id = mentoring.agree(jingkai(), studio.id(), new MentorshipDraft(studio.leader(), List.of(a, b, a),
				LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "焊装机器人示教编程独立上岗"));
		mentoring.progress(jingkai(), id, new ProgressNote(LocalDate.of(2024, 6, 1), "完成示教器基本操作训练"));
		mentoring.assess(jingkai(), id,
				new Assessment(a, Assessment.GoalsMet.MET, "焊工（高级）证书", "合格", LocalDate.of(2025, 3, 1)));
		assertThatThrownBy(() -> mentoring.assess(jingkai(), id,
				new Assessment(a, Assessment.GoalsMet.PARTLY, null, null, LocalDate.of(2025, 3, 2))))
			.as("an apprentice is assessed once")
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("apprenticeCardNo"));
		Mentorship running = mentoring.mentorships(jingkai(), studio.id()).get(0);
		assertThat(running.assessed()).isFalse();
		assertThat(running.apprentices()).as("each apprentice once").hasSize(2);
		mentoring.assess(jingkai(), id,
				new Assessment(b, Assessment.GoalsMet.PARTLY, null, null, LocalDate.of(2025, 3, 1)));
		Mentorship closed = mentoring.mentorships(jingkai(), studio.id()).get(0);
		assertThat(closed.assessed()).isTrue();
		assertThat(closed.progress()).singleElement().satisfies(p -> assertThat(p.note()).contains("示教器"));
		assertThatThrownBy(() -> mentoring.progress(jingkai(), id, new ProgressNote(LocalDate.of(2025, 4, 1), "结束后再记")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("closed");
	}

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theLastAssessmentClosesTheMentorshipAlsoWithinOneTransaction() {
		Made studio = studio();
		String a = people.member(Demo.HAISITANPU).cardNo();
		String b = people.member(Demo.HAISITANPU).cardNo();
		long id = transactions.execute(status -> {
			long made = mentoring.agree(jingkai(), studio.id(), new MentorshipDraft(studio.leader(), List.of(a, b),
					LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "一个事务内考核"));
			mentoring.progress(jingkai(), made, new ProgressNote(LocalDate.of(2024, 6, 28), "进展一"));
			mentoring.progress(jingkai(), made, new ProgressNote(LocalDate.of(2024, 10, 30), "进展二"));
			for (String card : List.of(a, b)) {
				mentoring.assess(jingkai(), made,
						new Assessment(card, Assessment.GoalsMet.MET, null, null, LocalDate.of(2025, 3, 1)));
			}
			return made;
		});
		assertThat(mentoring.mentorships(jingkai(), studio.id())).singleElement()
			.satisfies(m -> assertThat(m.id()).isEqualTo(id))
			.satisfies(m -> assertThat(m.assessed()).isTrue());
	}

	@Test
	void mentorsComeFromTheStudioApprenticesFromItsUnionForAtMostThreeYears() {
		Made studio = studio();
		String someone = people.member(Demo.HAISITANPU).cardNo();
		String banker = people.member(Demo.BANK).cardNo();
		LocalDate start = LocalDate.of(2024, 3, 1);
		assertThatThrownBy(() -> mentoring.agree(jingkai(), studio.id(),
				new MentorshipDraft(someone, List.of(studio.leader()), start, start.plusYears(1), "x")))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("mentorCardNo"));
		assertThatThrownBy(() -> mentoring.agree(jingkai(), studio.id(),
				new MentorshipDraft(studio.leader(), List.of(banker), start, start.plusYears(1), "x")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("apprenticeCardNos"));
		assertThatThrownBy(() -> mentoring.agree(jingkai(), studio.id(),
				new MentorshipDraft(studio.leader(), List.of(studio.leader()), start, start.plusYears(1), "x")))
			.as("the mentor is not their own apprentice")
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("apprenticeCardNos"));
		assertThatThrownBy(() -> mentoring.agree(jingkai(), studio.id(),
				new MentorshipDraft(studio.leader(), List.of(someone), start, start.plusYears(3).plusDays(1), "x")))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
		assertThatThrownBy(() -> mentoring.agree(jingkai(), studio.id(),
				new MentorshipDraft(studio.leader(), List.of(someone), LocalDate.of(2023, 12, 31), start, "x")))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
		assertThatThrownBy(() -> mentoring.train(jingkai(), studio.id(),
				new TrainingDraft(TrainingDraft.Kind.LECTURE, "成立前", LocalDate.of(2023, 12, 31), 1, 10, 0, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
		mentoring.train(jingkai(), studio.id(), new TrainingDraft(TrainingDraft.Kind.DEMONSTRATION, "焊装示范",
				LocalDate.of(2024, 5, 1), 2, 40, 3, new BigDecimal("4.5")));
		assertThat(mentoring.trainings(jingkai(), studio.id())).singleElement()
			.satisfies(t -> assertThat(t.attendees()).isEqualTo(40));
		assertThat(mentoring.mentorships(jingkai(), studio.id())).isEmpty();
	}

	@Test
	void theCourtsStudioHoldsItsMentorshipsAndTrainings() {
		long court = jdbc.sql("SELECT id FROM studio WHERE name = '一中院职工创新工作室'").query(Long.class).single();
		Actor city = logins.actor(Demo.CITY_ADMIN);
		List<Mentorship> mentorships = mentoring.mentorships(city, court);
		assertThat(mentorships).hasSize(3);
		assertThat(mentorships).filteredOn(Mentorship::assessed)
			.singleElement()
			.satisfies(m -> assertThat(m.apprentices())
				.allSatisfy(a -> assertThat(a.achieved()).isEqualTo("全市法院书记员技能比赛金奖")));
		assertThat(mentoring.trainings(city, court)).hasSize(5)
			.extracting(Training::attendees)
			.containsExactlyInAnyOrder(260, 120, 420, 86, 350);
	}

	private MvcTestResult post(String uri, String body) {
		return json.post(Demo.JINGKAI_ADMIN, uri, body);
	}

	@Test
	void badInputOverJsonIsAProblemNamingTheFieldAndChangesNothing() {
		Made studio = studio();
		String trainings = "/api/v1/studios/" + studio.id() + "/trainings";
		String mentorships = "/api/v1/studios/" + studio.id() + "/mentorships";
		Problems.field(post(trainings, """
				{"kind": "LECTURE", "title": "x", "heldOn": "2024-05-01", "speakers": 1, "attendees": "很多"}"""),
				"attendees");
		Problems.field(post(trainings, """
				{"kind": "LECTURE", "title": "x", "heldOn": "2024-05-01", "speakers": 1, "attendees": -1}"""),
				"attendees");
		Problems.field(post(trainings, """
				{"kind": "PARTY", "title": "x", "heldOn": "2024-05-01", "speakers": 1, "attendees": 1}"""), "kind");
		Problems.field(post(trainings,
				"""
						{"kind": "LECTURE", "title": "x", "heldOn": "2024-05-01", "speakers": 1, "attendees": 1, "hours": 0.05}"""),
				"hours");
		Problems.field(post(mentorships, """
				{"mentorCardNo": "%s", "apprenticeCardNos": [], "startsOn": "2024-03-01", "endsOn": "2025-03-01",
				 "goals": "x"}""".formatted(studio.leader())), "apprenticeCardNos");
		Problems.field(post("/api/v1/mentorships/999999999/progress", """
				{"recordedOn": "2999-01-01", "note": "x"}"""), "recordedOn");
		assertThat(mentoring.trainings(jingkai(), studio.id())).isEmpty();
		assertThat(mentoring.mentorships(jingkai(), studio.id())).isEmpty();
	}

}
