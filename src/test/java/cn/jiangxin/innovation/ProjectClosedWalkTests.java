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
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Refusals;

/**
 * Closed means closed for a problem call and a joint project: once the call is closed, no
 * problem is posted, no studio applies or withdraws, no lead is chosen; once the project
 * is closed, its plan, reports, issues and outcomes stay as they are. Every write of
 * calls and projects, over JSON and from the pages, is sent at them, refused, and changes
 * nothing.
 */
@IntegrationTest
class ProjectClosedWalkTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	/** Writes that make a call or a project rather than change one. */
	static final Set<String> MAKING = Set.of("POST /api/v1/problem-calls", "POST /problem-calls",
			"POST /api/v1/joint-projects");

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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private WalkPosts posts() {
		return new WalkPosts(mvc, logins);
	}

	/** A write at a closed call or project: its pattern, its URL, its JSON body. */
	record Write(String key, String url, String body) {
	}

	/** The ids the writes aim at. */
	record Targets(long call, long problem, long studio, long newcomer, long project, long milestone, long issue) {
	}

	static List<Write> writes(Targets t, long owner) {
		String call = "/api/v1/problem-calls/" + t.call();
		String problem = "/api/v1/problems/" + t.problem();
		String project = "/api/v1/joint-projects/" + t.project();
		String problemJson = """
				{"ownerOrgId": %d, "title": "关闭后", "need": "x", "skills": "x", "expectedOutcome": "x", "field": "OTHER",
				 "deadline": "%s"}""".formatted(owner, LocalDate.now().plusDays(5));
		String problemForm = "?ownerOrgId=" + owner
				+ "&title=关闭后&need=x&skills=x&expectedOutcome=x&field=OTHER&deadline=" + LocalDate.now().plusDays(5);
		String today = LocalDate.now().toString();
		return List.of(new Write("POST /api/v1/problem-calls/{id}/problems", call + "/problems", problemJson),
				new Write("POST /api/v1/problem-calls/{id}/close", call + "/close", null),
				new Write("POST /api/v1/problems/{id}/applications", problem + "/applications",
						"{\"studioId\": " + t.newcomer() + ", \"offer\": \"关闭后报名\"}"),
				new Write("POST /api/v1/problems/{id}/applications/{studioId}/withdraw",
						problem + "/applications/" + t.studio() + "/withdraw", null),
				new Write("POST /api/v1/problems/{id}/selection", problem + "/selection",
						"{\"leadStudioId\": %d, \"startsOn\": \"%s\", \"planEndsOn\": \"2999-01-01\"}"
							.formatted(t.studio(), today)),
				new Write("POST /problem-calls/{id}/problems", "/problem-calls/" + t.call() + "/problems" + problemForm,
						null),
				new Write("POST /problem-calls/{id}/close", "/problem-calls/" + t.call() + "/close", null),
				new Write("POST /problems/{id}/applications",
						"/problems/" + t.problem() + "/applications?studioId=" + t.newcomer() + "&offer=关闭后报名", null),
				new Write("POST /problems/{id}/applications/{studioId}/withdraw",
						"/problems/" + t.problem() + "/applications/" + t.studio() + "/withdraw", null),
				new Write("POST /problems/{id}/selection",
						"/problems/" + t.problem() + "/selection?leadStudioId=" + t.studio() + "&startsOn=" + today
								+ "&planEndsOn=2999-01-01",
						null),
				new Write("POST /api/v1/joint-projects/{id}/advisers", project + "/advisers",
						"{\"name\": \"张\", \"institution\": \"北京交通大学\"}"),
				new Write("POST /api/v1/joint-projects/{id}/milestones", project + "/milestones",
						"{\"title\": \"关闭后\", \"dueOn\": \"2999-01-01\"}"),
				new Write("POST /api/v1/joint-projects/{id}/milestones/{milestoneId}/done",
						project + "/milestones/" + t.milestone() + "/done", "{\"doneOn\": \"" + today + "\"}"),
				new Write("POST /api/v1/joint-projects/{id}/reports", project + "/reports",
						"{\"reportedOn\": \"" + today + "\", \"progress\": \"关闭后\", \"percent\": 100}"),
				new Write("POST /api/v1/joint-projects/{id}/issues", project + "/issues",
						"{\"title\": \"关闭后\", \"raisedOn\": \"" + today + "\"}"),
				new Write("POST /api/v1/joint-projects/{id}/issues/{issueId}/resolve",
						project + "/issues/" + t.issue() + "/resolve",
						"{\"resolvedOn\": \"" + today + "\", \"resolution\": \"关闭后\"}"),
				new Write("POST /api/v1/joint-projects/{id}/outcomes", project + "/outcomes",
						"{\"kind\": \"OTHER\", \"title\": \"关闭后成果\", \"achievedOn\": \"" + today + "\"}"),
				new Write("POST /api/v1/joint-projects/{id}/close", project + "/close",
						"{\"rating\": \"FAIL\", \"evaluation\": \"再结题\", \"closedOn\": \"" + today + "\"}"),
				new Write("POST /api/v1/joint-projects/{id}/cancel", project + "/cancel",
						"{\"reason\": \"关闭后终止\", \"cancelledOn\": \"" + today + "\"}"),
				new Write("POST /joint-projects/{id}/milestones",
						"/joint-projects/" + t.project() + "/milestones?title=关闭后&dueOn=2999-01-01", null),
				new Write("POST /joint-projects/{id}/milestones/{milestoneId}/done",
						"/joint-projects/" + t.project() + "/milestones/" + t.milestone() + "/done", null),
				new Write("POST /joint-projects/{id}/reports",
						"/joint-projects/" + t.project() + "/reports?reportedOn=" + today + "&progress=关闭后&percent=100",
						null),
				new Write("POST /joint-projects/{id}/issues",
						"/joint-projects/" + t.project() + "/issues?title=关闭后&raisedOn=" + today, null),
				new Write("POST /joint-projects/{id}/outcomes",
						"/joint-projects/" + t.project() + "/outcomes?kind=OTHER&title=关闭后成果&achievedOn=" + today,
						null),
				new Write("POST /joint-projects/{id}/close",
						"/joint-projects/" + t.project() + "/close?rating=FAIL&evaluation=再结题&closedOn=" + today,
						null));
	}

	/** Every write of calls and projects, walked here or making something new. */
	static Set<String> walked() {
		Set<String> walked = new TreeSet<>(MAKING);
		writes(new Targets(0, 0, 0, 0, 0, 0, 0), 0).forEach(w -> walked.add(w.key()));
		return walked;
	}

	@Test
	void everyWriteOfCallsAndProjectsIsWalked() {
		Set<String> writes = new TreeSet<>();
		Refusals.writes(mappings, "cn.jiangxin.innovation")
			.stream()
			.filter(w -> w.contains("problem") || w.contains("joint-project"))
			.forEach(writes::add);
		assertThat(walked()).as("every write of calls and projects is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked());
	}

	private String studio() {
		return people.member(Demo.HAISITANPU).cardNo();
	}

	private Map<String, Object> state(Targets t) {
		return Map.of("call",
				jdbc.sql("SELECT status, closed_on, version FROM problem_call WHERE id = ?")
					.param(t.call())
					.query()
					.singleRow()
					.toString(),
				"problems",
				jdbc.sql("SELECT id, status, version FROM problem WHERE call_id = ? ORDER BY id")
					.param(t.call())
					.query()
					.listOfRows()
					.toString(),
				"applications", jdbc
					.sql("""
							SELECT a.studio_id, a.status, a.offer FROM problem_application a JOIN problem p ON p.id = a.problem_id
							WHERE p.call_id = ? ORDER BY a.id""")
					.param(t.call())
					.query()
					.listOfRows()
					.toString(),
				"projects",
				jdbc.sql(
						"SELECT id, status, rating, evaluation, version FROM joint_project WHERE id = ? OR problem_id = ?")
					.params(t.project(), t.problem())
					.query()
					.listOfRows()
					.toString(),
				"parts",
				jdbc.sql("""
						SELECT (SELECT COUNT(*) FROM project_adviser WHERE project_id = ?)
						     + (SELECT COUNT(*) FROM project_milestone WHERE project_id = ?)
						     + (SELECT COUNT(*) FROM project_milestone WHERE project_id = ? AND done_on IS NOT NULL)
						     + (SELECT COUNT(*) FROM project_report WHERE project_id = ?)
						     + (SELECT COUNT(*) FROM project_issue WHERE project_id = ?)
						     + (SELECT COUNT(*) FROM project_issue WHERE project_id = ? AND resolved_on IS NOT NULL)
						     + (SELECT COUNT(*) FROM achievement WHERE joint_project_id = ?)""")
					.params(t.project(), t.project(), t.project(), t.project(), t.project(), t.project(), t.project())
					.query(Long.class)
					.single(),
				"audit",
				jdbc.sql("""
						SELECT COUNT(*) FROM audit_event
						WHERE entity_type IN ('problem-call', 'problem', 'joint-project', 'achievement')""")
					.query(Long.class)
					.single());
	}

	@Test
	void nothingChangesInAClosedCallOrProject() throws Exception {
		String admin = Demo.JINGKAI_ADMIN;
		long owner = orgs.id(Demo.HAISITANPU);
		long call = posts().created("/api/v1/problem-calls", """
				{"title": "关闭测试%d", "orgId": %d, "opensOn": "%s", "closesOn": "%s"}"""
			.formatted(NAMES.incrementAndGet(), orgs.id(Demo.JINGKAI), LocalDate.now(), LocalDate.now().plusDays(30)));
		long matched = posts().created("/api/v1/problem-calls/" + call + "/problems", """
				{"ownerOrgId": %d, "title": "将揭榜", "need": "x", "skills": "x", "expectedOutcome": "x", "field": "OTHER",
				 "deadline": "%s"}""".formatted(owner, LocalDate.now().plusDays(10)));
		long left = posts().created("/api/v1/problem-calls/" + call + "/problems", """
				{"ownerOrgId": %d, "title": "将落空", "need": "x", "skills": "x", "expectedOutcome": "x", "field": "OTHER",
				 "deadline": "%s"}""".formatted(owner, LocalDate.now().plusDays(10)));
		long lead = setup.studio(logins.actor(admin), "关闭测试牵头" + NAMES.incrementAndGet(), owner, studio());
		long partner = setup.studio(logins.actor(admin), "关闭测试参与" + NAMES.incrementAndGet(), owner, studio());
		long newcomer = setup.studio(logins.actor(admin), "关闭测试新来" + NAMES.incrementAndGet(), owner, studio());
		for (long s : List.of(lead, partner)) {
			posts().ok("/api/v1/problems/" + matched + "/applications", "{\"studioId\": " + s + ", \"offer\": \"报名\"}");
		}
		posts().ok("/api/v1/problems/" + left + "/applications", "{\"studioId\": " + lead + ", \"offer\": \"报名\"}");
		posts().ok("/api/v1/problems/" + matched + "/selection", """
				{"leadStudioId": %d, "partnerStudioIds": [%d], "startsOn": "%s", "planEndsOn": "2999-01-01"}"""
			.formatted(lead, partner, LocalDate.now()));
		long project = jdbc.sql("SELECT id FROM joint_project WHERE problem_id = ?")
			.param(matched)
			.query(Long.class)
			.single();
		posts().ok("/api/v1/joint-projects/" + project + "/milestones",
				"{\"title\": \"样机\", \"dueOn\": \"2999-01-01\"}");
		posts().ok("/api/v1/joint-projects/" + project + "/issues",
				"{\"title\": \"接口\", \"raisedOn\": \"" + LocalDate.now() + "\"}");
		long milestone = jdbc.sql("SELECT id FROM project_milestone WHERE project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
		long issue = jdbc.sql("SELECT id FROM project_issue WHERE project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
		posts().ok("/api/v1/joint-projects/" + project + "/close",
				"{\"rating\": \"GOOD\", \"evaluation\": \"达到预期\", \"closedOn\": \"" + LocalDate.now() + "\"}");
		posts().ok("/api/v1/problem-calls/" + call + "/close", null);
		Targets targets = new Targets(call, left, lead, newcomer, project, milestone, issue);
		Map<String, Object> before = state(targets);
		for (Write write : writes(targets, owner)) {
			MvcResult result = posts().send(write.url(), write.body());
			Refusals.refused(result, write.url().startsWith("/api/"), write.key());
			assertThat(state(targets)).as(write.key() + " changes nothing").isEqualTo(before);
		}
	}

}
