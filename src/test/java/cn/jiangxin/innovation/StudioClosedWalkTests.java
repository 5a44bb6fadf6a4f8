package cn.jiangxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.internal.StudioSetup;
import cn.jiangxin.org.OrgMembership;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Refusals;

/**
 * Closed means closed for a dissolved studio: every write of the innovation module aimed
 * at it, over JSON and from its page, is refused and changes nothing (its row, members,
 * levels, achievements, audit trail); a new write endpoint fails this test until it is
 * walked here (or, for problem calls and joint projects, in ProjectClosedWalkTests). A
 * union hosting an active studio does not close.
 */
@IntegrationTest
class StudioClosedWalkTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	/**
	 * Writes that create a studio rather than change one, and the alliance's, which
	 * change the alliance: a dissolved studio leaves its alliances and cannot apply
	 * (AllianceTests); and the evidence uploads, which take a file rather than the fields
	 * this walk sends (AchievementTests attaches one to a dissolved studio's achievement
	 * and is refused).
	 */
	private static final Set<String> NOT_ABOUT_A_STUDIO = Set.of("POST /api/v1/studios", "POST /studios",
			"POST /api/v1/alliances", "POST /api/v1/alliances/{id}/members",
			"POST /api/v1/alliances/{id}/members/{studioId}/decision",
			"POST /api/v1/alliances/{id}/members/{studioId}/leave", "POST /api/v1/alliances/{id}/chairs",
			"POST /api/v1/alliances/{id}/groups", "POST /api/v1/alliances/{id}/events",
			"POST /alliances/{id}/applications", "POST /alliances/{id}/members/{studioId}/decision",
			"POST /alliances/{id}/chairs", "POST /alliances/{id}/groups", "POST /alliances/{id}/events",
			"POST /api/v1/achievements/{id}/files", "POST /achievements/{id}/files");

	@Autowired
	MockMvc mvc;

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
	List<OrgMembership> memberships;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * A write aimed at a studio: its pattern, and the request for a studio id and a card.
	 */
	private record Write(String key, String url, String body) {
	}

	private List<Write> writes(long id, long mentorship, String card) {
		return List.of(new Write("POST /api/v1/studios/{id}/mentorships", "/api/v1/studios/" + id + "/mentorships", """
				{"mentorCardNo": "%s", "apprenticeCardNos": ["%s"], "startsOn": "2024-03-01",
				 "endsOn": "2025-03-01", "goals": "撤销后带徒"}""".formatted(card, card)), new Write(
				"POST /api/v1/studios/{id}/trainings", "/api/v1/studios/" + id + "/trainings",
				"""
						{"kind": "LECTURE", "title": "撤销后培训", "heldOn": "2024-06-01", "speakers": 1, "attendees": 1}"""),
				new Write("POST /api/v1/mentorships/{id}/progress", "/api/v1/mentorships/" + mentorship + "/progress",
						"{\"recordedOn\": \"2024-06-01\", \"note\": \"撤销后进展\"}"),
				new Write("POST /api/v1/mentorships/{id}/assessments",
						"/api/v1/mentorships/" + mentorship + "/assessments",
						"""
								{"apprenticeCardNo": "%s", "goalsMet": "MET", "assessedOn": "2024-06-01"}"""
							.formatted(card)),
				new Write("POST /studios/{id}/mentorships",
						"/studios/" + id + "/mentorships?mentorCardNo=" + card + "&apprenticeCardNos=" + card
								+ "&startsOn=2024-03-01&endsOn=2025-03-01&goals=撤销后带徒",
						null),
				new Write("POST /studios/{id}/trainings",
						"/studios/" + id
								+ "/trainings?kind=LECTURE&title=撤销后培训&heldOn=2024-06-01&speakers=1&attendees=1",
						null),
				new Write("POST /mentorships/{id}/progress",
						"/mentorships/" + mentorship + "/progress?recordedOn=2024-06-01&note=撤销后进展", null),
				new Write("POST /mentorships/{id}/assessments",
						"/mentorships/" + mentorship + "/assessments?apprenticeCardNo=" + card
								+ "&goalsMet=MET&assessedOn=2024-06-01",
						null),
				new Write("POST /api/v1/studios/{id}/members", "/api/v1/studios/" + id + "/members",
						"{\"cardNo\": \"" + card + "\", \"role\": \"CORE\"}"),
				new Write("POST /api/v1/studios/{id}/levels", "/api/v1/studios/" + id + "/levels",
						"""
								{"level": "ENTERPRISE", "conferringOrgId": %d, "decision": "撤销后命名", "conferredOn": "2025-01-01"}"""
							.formatted(orgs.id(Demo.HAISITANPU))),
				new Write("POST /api/v1/studios/{id}/achievements", "/api/v1/studios/" + id + "/achievements",
						"{\"kind\": \"OTHER\", \"title\": \"撤销后成果\", \"achievedOn\": \"2025-01-01\"}"),
				new Write("POST /api/v1/studios/{id}/reviews", "/api/v1/studios/" + id + "/reviews",
						"{\"year\": 2025, \"report\": \"撤销后报送\"}"),
				new Write("POST /me/studios/{id}/reviews", "/me/studios/" + id + "/reviews?year=2025&report=撤销后报送",
						null),
				new Write("POST /api/v1/studios/{id}/dissolve", "/api/v1/studios/" + id + "/dissolve",
						"{\"dissolvedOn\": \"2025-02-01\", \"reason\": \"再次撤销\"}"),
				new Write("POST /studios/{id}/members", "/studios/" + id + "/members?cardNo=" + card + "&role=CORE",
						null),
				new Write("POST /studios/{id}/levels",
						"/studios/" + id + "/levels?level=ENTERPRISE&conferringOrgId=" + orgs.id(Demo.HAISITANPU)
								+ "&decision=撤销后命名&conferredOn=2025-01-01",
						null),
				new Write("POST /studios/{id}/achievements",
						"/studios/" + id + "/achievements?kind=OTHER&title=撤销后成果&achievedOn=2025-01-01", null),
				new Write("POST /studios/{id}/dissolve",
						"/studios/" + id + "/dissolve?dissolvedOn=2025-02-01&reason=再次撤销", null));
	}

	@Test
	void everyWriteOfTheInnovationModuleIsWalked() {
		Set<String> walked = new TreeSet<>(NOT_ABOUT_A_STUDIO);
		walked.addAll(ProjectClosedWalkTests.walked());
		walked.addAll(LevelClosedWalkTests.walked());
		writes(0, 0, "x").forEach(w -> walked.add(w.key()));
		Set<String> writes = Refusals.writes(mappings, "cn.jiangxin.innovation");
		assertThat(walked).as("every write of the innovation module is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked);
	}

	private Map<String, Object> state(long id) {
		return Map.of("studio",
				jdbc.sql("SELECT status, level, version, dissolved_on, dissolved_reason FROM studio WHERE id = ?")
					.param(id)
					.query()
					.singleRow()
					.toString(),
				"members",
				jdbc.sql("SELECT COUNT(*) FROM studio_member WHERE studio_id = ?").param(id).query(Long.class).single(),
				"levels",
				jdbc.sql("SELECT COUNT(*) FROM studio_level WHERE studio_id = ?").param(id).query(Long.class).single(),
				"achievements",
				jdbc.sql("SELECT COUNT(*) FROM achievement_studio WHERE studio_id = ?")
					.param(id)
					.query(Long.class)
					.single(),
				"mentoring",
				jdbc.sql("""
						SELECT (SELECT COUNT(*) FROM mentorship WHERE studio_id = ?)
						     + (SELECT COUNT(*) FROM mentorship_progress p JOIN mentorship m ON m.id = p.mentorship_id
						        WHERE m.studio_id = ?)
						     + (SELECT COUNT(*) FROM mentorship_apprentice a JOIN mentorship m ON m.id = a.mentorship_id
						        WHERE m.studio_id = ? AND a.goals_met IS NOT NULL)
						     + (SELECT COUNT(*) FROM studio_training WHERE studio_id = ?)""")
					.params(id, id, id, id)
					.query(Long.class)
					.single(),
				"reviews",
				jdbc.sql("SELECT COUNT(*) FROM studio_review WHERE studio_id = ?").param(id).query(Long.class).single(),
				"audit",
				jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'studio' AND entity_id = ?")
					.param(String.valueOf(id))
					.query(Long.class)
					.single());
	}

	@Test
	void nothingChangesInADissolvedStudio() throws Exception {
		String leader = people.member(Demo.HAISITANPU).cardNo();
		long id = setup.studio(logins.actor(Demo.JINGKAI_ADMIN), "撤销测试工作室" + NAMES.incrementAndGet(),
				orgs.id(Demo.HAISITANPU), leader);
		long host = orgs.id(Demo.HAISITANPU);
		String apprentice = people.member(Demo.HAISITANPU).cardNo();
		long mentorship = setup.mentorship(logins.actor(Demo.JINGKAI_ADMIN), id, leader, apprentice);
		long hosting = memberships.stream().mapToLong(m -> m.activeCount(host)).sum();
		setup.dissolve(logins.actor(Demo.JINGKAI_ADMIN), id, LocalDate.of(2025, 1, 2), "并入其他工作室");
		assertThat(memberships.stream().mapToLong(m -> m.activeCount(host)).sum())
			.as("a dissolved studio no longer holds its union open")
			.isEqualTo(hosting - 1);
		Map<String, Object> before = state(id);
		for (Write write : writes(id, mentorship, apprentice)) {
			MvcResult result = new WalkPosts(mvc, logins).send(write.url(), write.body());
			Refusals.refused(result, write.url().startsWith("/api/"), write.key());
			assertThat(state(id)).as(write.key() + " changes nothing").isEqualTo(before);
		}
	}

}
