package cn.jiangxin.innovation;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.innovation.internal.StudioSetup;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * Problem calls and joint projects in the scope walk: the finance union's call, its
 * problem (owned by the bank union, applied to by the finance studio), the project it
 * started with a milestone and an issue; and 经开区's own, for the writes whose bodies name
 * a union or a studio out of reach.
 */
@TestComponent
@Order(86)
class ProjectScopeProbes implements ScopeProbes {

	/** The finance call's title, which no outsider's list may show. */
	static final String CALL = "金融越权探针征集";

	private static final AtomicInteger RUNS = new AtomicInteger();

	private final StudioSetup setup;

	private final Logins logins;

	ProjectScopeProbes(StudioSetup setup, Logins logins) {
		this.setup = setup;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		String today = LocalDate.now().toString();
		p.add(get("/api/v1/problem-calls", i -> "/api/v1/problem-calls", Outsider.FILTERED).hiding(CALL));
		p.add(get("/problem-calls", i -> "/problem-calls", Outsider.FILTERED).hiding(CALL));
		p.add(post("/api/v1/problem-calls", i -> "/api/v1/problem-calls", """
				{"title": "越权征集", "orgId": FINANCE, "opensOn": "%s", "closesOn": "2999-01-01"}""".replace("%s", today),
				Outsider.REJECTED));
		p.add(post("/problem-calls", i -> "/problem-calls?title=越权征集&orgId=" + i.id("finance") + "&opensOn=" + today
				+ "&closesOn=2999-01-01", null, Outsider.REJECTED));
		p.add(get("/api/v1/problem-calls/{id}", i -> "/api/v1/problem-calls/" + i.id("call"), Outsider.REFUSED));
		p.add(get("/problem-calls/{id}", i -> "/problem-calls/" + i.id("call"), Outsider.REFUSED));
		p.add(post("/api/v1/problem-calls/{id}/close", i -> "/api/v1/problem-calls/" + i.id("call") + "/close", null,
				Outsider.REFUSED));
		p.add(post("/problem-calls/{id}/close", i -> "/problem-calls/" + i.id("call") + "/close", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/problem-calls/{id}/problems", i -> "/api/v1/problem-calls/" + i.id("call") + "/problems",
				Outsider.REFUSED));
		p.add(post("/api/v1/problem-calls/{id}/problems", i -> "/api/v1/problem-calls/" + i.id("call") + "/problems",
				"""
						{"ownerOrgId": FINANCE, "title": "越权", "need": "x", "skills": "x", "expectedOutcome": "x",
						 "field": "OTHER", "deadline": "2999-01-01"}""", Outsider.REFUSED));
		p.add(post("/problem-calls/{id}/problems",
				i -> "/problem-calls/" + i.id("call") + "/problems?ownerOrgId=" + i.id("finance")
						+ "&title=越权&need=x&skills=x&expectedOutcome=x&field=OTHER&deadline=2999-01-01",
				null, Outsider.REFUSED));
		p.add(get("/api/v1/problems/{id}", i -> "/api/v1/problems/" + i.id("problem"), Outsider.REFUSED));
		p.add(get("/problems/{id}", i -> "/problems/" + i.id("problem"), Outsider.REFUSED));
		p.add(get("/api/v1/problems/{id}/applications", i -> "/api/v1/problems/" + i.id("problem") + "/applications",
				Outsider.REFUSED));
		p.add(post("/api/v1/problems/{id}/applications", i -> "/api/v1/problems/" + i.id("problem") + "/applications",
				"{\"studioId\": FINANCE, \"offer\": \"越权\"}", Outsider.REFUSED));
		p.add(post("/problems/{id}/applications",
				i -> "/problems/" + i.id("problem") + "/applications?studioId=" + i.id("studio") + "&offer=越权", null,
				Outsider.REFUSED));
		p.add(post("/api/v1/problems/{id}/applications/{studioId}/withdraw",
				i -> "/api/v1/problems/" + i.id("problem") + "/applications/" + i.id("studio") + "/withdraw", null,
				Outsider.REFUSED));
		p.add(post("/problems/{id}/applications/{studioId}/withdraw",
				i -> "/problems/" + i.id("problem") + "/applications/" + i.id("studio") + "/withdraw", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/problems/{id}/recommendations",
				i -> "/api/v1/problems/" + i.id("problem") + "/recommendations", Outsider.REFUSED));
		p.add(post("/api/v1/problems/{id}/selection", i -> "/api/v1/problems/" + i.id("problem") + "/selection",
				"{\"leadStudioId\": FINANCE, \"startsOn\": \"" + today + "\", \"planEndsOn\": \"2999-01-01\"}",
				Outsider.REFUSED));
		p.add(post("/problems/{id}/selection", i -> "/problems/" + i.id("problem") + "/selection?leadStudioId="
				+ i.id("studio") + "&startsOn=" + today + "&planEndsOn=2999-01-01", null, Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects", i -> "/api/v1/joint-projects", """
				{"allianceId": FINANCE, "title": "越权", "leadStudioId": FINANCE, "startsOn": "2025-01-01",
				 "planEndsOn": "2999-01-01"}""", Outsider.REJECTED));
		String project = "/api/v1/joint-projects/";
		p.add(get("/api/v1/joint-projects/{id}", i -> project + i.id("project"), Outsider.REFUSED));
		p.add(get("/joint-projects/{id}", i -> "/joint-projects/" + i.id("project"), Outsider.REFUSED));
		p.add(get("/api/v1/joint-projects/{id}/milestones", i -> project + i.id("project") + "/milestones",
				Outsider.REFUSED));
		p.add(get("/api/v1/joint-projects/{id}/reports", i -> project + i.id("project") + "/reports",
				Outsider.REFUSED));
		p.add(get("/api/v1/joint-projects/{id}/outcomes", i -> project + i.id("project") + "/outcomes",
				Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/advisers", i -> project + i.id("project") + "/advisers",
				"{\"name\": \"越权\", \"institution\": \"越权大学\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/milestones", i -> project + i.id("project") + "/milestones",
				"{\"title\": \"越权\", \"dueOn\": \"2999-01-01\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/milestones/{milestoneId}/done",
				i -> project + i.id("project") + "/milestones/" + i.id("milestone") + "/done",
				"{\"doneOn\": \"" + today + "\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/reports", i -> project + i.id("project") + "/reports",
				"{\"reportedOn\": \"" + today + "\", \"progress\": \"越权\", \"percent\": 10}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/issues", i -> project + i.id("project") + "/issues",
				"{\"title\": \"越权\", \"raisedOn\": \"" + today + "\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/issues/{issueId}/resolve",
				i -> project + i.id("project") + "/issues/" + i.id("issue") + "/resolve",
				"{\"resolvedOn\": \"" + today + "\", \"resolution\": \"越权\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/outcomes", i -> project + i.id("project") + "/outcomes",
				"{\"kind\": \"OTHER\", \"title\": \"越权\", \"achievedOn\": \"" + today + "\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/close", i -> project + i.id("project") + "/close",
				"{\"rating\": \"FAIL\", \"evaluation\": \"越权\", \"closedOn\": \"" + today + "\"}", Outsider.REFUSED));
		p.add(post("/api/v1/joint-projects/{id}/cancel", i -> project + i.id("project") + "/cancel",
				"{\"reason\": \"越权\", \"cancelledOn\": \"" + today + "\"}", Outsider.REFUSED));
		String page = "/joint-projects/";
		p.add(post("/joint-projects/{id}/milestones",
				i -> page + i.id("project") + "/milestones?title=越权&dueOn=2999-01-01", null, Outsider.REFUSED));
		p.add(post("/joint-projects/{id}/milestones/{milestoneId}/done",
				i -> page + i.id("project") + "/milestones/" + i.id("milestone") + "/done", null, Outsider.REFUSED));
		p.add(post("/joint-projects/{id}/reports",
				i -> page + i.id("project") + "/reports?reportedOn=" + today + "&progress=越权&percent=10", null,
				Outsider.REFUSED));
		p.add(post("/joint-projects/{id}/issues", i -> page + i.id("project") + "/issues?title=越权&raisedOn=" + today,
				null, Outsider.REFUSED));
		p.add(post("/joint-projects/{id}/outcomes",
				i -> page + i.id("project") + "/outcomes?kind=OTHER&title=越权&achievedOn=" + today, null,
				Outsider.REFUSED));
		p.add(post("/joint-projects/{id}/close",
				i -> page + i.id("project") + "/close?rating=FAIL&evaluation=越权&closedOn=" + today, null,
				Outsider.REFUSED));
		p.add(get("/me/studios", i -> "/me/studios", Outsider.MEMBER_ONLY));
		return p;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		String today = LocalDate.now().toString();
		List<BodyProbe> p = new ArrayList<>();
		p.add(api(HttpMethod.POST, "/api/v1/problem-calls", (j, i) -> "/api/v1/problem-calls", (j, i) -> """
				{"title": "越权征集", "orgId": %d, "opensOn": "%s", "closesOn": "2999-01-01"}""".formatted(i.id("finance"),
				today), "orgId"));
		p.add(admin(HttpMethod.POST, "/problem-calls", (j, i) -> "/problem-calls?title=越权征集&orgId=" + i.id("finance")
				+ "&opensOn=" + today + "&closesOn=2999-01-01", "orgId"));
		p.add(api(HttpMethod.POST, "/api/v1/problem-calls/{id}/problems",
				(j, i) -> "/api/v1/problem-calls/" + j.id("call") + "/problems", (j, i) -> """
						{"ownerOrgId": %d, "title": "越权", "need": "x", "skills": "x", "expectedOutcome": "x",
						 "field": "OTHER", "deadline": "%s"}""".formatted(i.id("finance"), today), "ownerOrgId"));
		p.add(admin(HttpMethod.POST, "/problem-calls/{id}/problems",
				(j, i) -> "/problem-calls/" + j.id("call") + "/problems?ownerOrgId=" + i.id("finance")
						+ "&title=越权&need=x&skills=x&expectedOutcome=x&field=OTHER&deadline=" + today,
				"ownerOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/problems/{id}/applications",
				(j, i) -> "/api/v1/problems/" + j.id("problem") + "/applications",
				(j, i) -> "{\"studioId\": " + i.id("studio") + ", \"offer\": \"越权\"}", "studioId"));
		p.add(admin(HttpMethod.POST, "/problems/{id}/applications",
				(j, i) -> "/problems/" + j.id("problem") + "/applications?studioId=" + i.id("studio") + "&offer=越权",
				"studioId"));
		p.add(api(HttpMethod.POST, "/api/v1/problems/{id}/selection",
				(j, i) -> "/api/v1/problems/" + j.id("problem") + "/selection",
				(j, i) -> "{\"leadStudioId\": %d, \"startsOn\": \"%s\", \"planEndsOn\": \"2999-01-01\"}"
					.formatted(i.id("studio"), today),
				"leadStudioId"));
		p.add(admin(
				HttpMethod.POST, "/problems/{id}/selection", (j, i) -> "/problems/" + j.id("problem")
						+ "/selection?leadStudioId=" + i.id("studio") + "&startsOn=" + today + "&planEndsOn=2999-01-01",
				"leadStudioId"));
		p.add(api(HttpMethod.POST, "/api/v1/joint-projects", (j, i) -> "/api/v1/joint-projects", (j, i) -> """
				{"allianceId": %d, "title": "越权", "leadStudioId": %d, "startsOn": "2025-01-01",
				 "planEndsOn": "2999-01-01"}""".formatted(i.id("alliance"), j.id("studio")), "allianceId"));
		p.add(api(HttpMethod.POST, "/api/v1/joint-projects/{id}/outcomes",
				(j, i) -> "/api/v1/joint-projects/" + j.id("project") + "/outcomes", (j, i) -> """
						{"kind": "OTHER", "title": "越权", "achievedOn": "%s", "contributorCardNos": ["%s"]}"""
					.formatted(today, i.text("entrantCard")),
				"contributorCardNos"));
		return p;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		String days = "days and words";
		return Map.ofEntries(Map.entry("POST /api/v1/problem-calls/{id}/close", "no body"),
				Map.entry("POST /problem-calls/{id}/close", "no body"),
				Map.entry("POST /api/v1/problems/{id}/applications/{studioId}/withdraw", "no body"),
				Map.entry("POST /problems/{id}/applications/{studioId}/withdraw", "no body"),
				Map.entry("POST /api/v1/joint-projects/{id}/advisers", "a person from outside by name"),
				Map.entry("POST /api/v1/joint-projects/{id}/milestones", days),
				Map.entry("POST /api/v1/joint-projects/{id}/milestones/{milestoneId}/done", days),
				Map.entry("POST /api/v1/joint-projects/{id}/reports", days),
				Map.entry("POST /api/v1/joint-projects/{id}/issues", days),
				Map.entry("POST /api/v1/joint-projects/{id}/issues/{issueId}/resolve", days),
				Map.entry("POST /api/v1/joint-projects/{id}/close", "a rating, words and a day"),
				Map.entry("POST /api/v1/joint-projects/{id}/cancel", days),
				Map.entry("POST /joint-projects/{id}/milestones", days),
				Map.entry("POST /joint-projects/{id}/milestones/{milestoneId}/done", "no body"),
				Map.entry("POST /joint-projects/{id}/reports", days),
				Map.entry("POST /joint-projects/{id}/issues", days),
				Map.entry("POST /joint-projects/{id}/close", "a rating, words and a day"),
				Map.entry("POST /joint-projects/{id}/outcomes", "the page takes no contributors or studios"));
	}

	@Override
	public void outOfReach(Targets finance) {
		var admin = logins.actor(Demo.FINANCE_ADMIN);
		long call = setup.call(admin, CALL + RUNS.incrementAndGet(), finance.id("finance"));
		long problem = setup.problem(admin, call, finance.id("finance"));
		setup.apply(admin, problem, finance.id("studio"));
		long project = setup.project(admin, problem, finance.id("studio"));
		long[] parts = setup.milestoneAndIssue(admin, project);
		long other = setup.problem(admin, call, finance.id("finance"));
		setup.apply(admin, other, finance.id("studio"));
		finance.put("call", call);
		finance.put("problem", other);
		finance.put("project", project);
		finance.put("milestone", parts[0]);
		finance.put("issue", parts[1]);
	}

	@Override
	public void inReach(Targets jingkai) {
		var admin = logins.actor(Demo.JINGKAI_ADMIN);
		long call = setup.call(admin, "经开区探针征集" + RUNS.incrementAndGet(), jingkai.id("jingkai"));
		long matched = setup.problem(admin, call, jingkai.id("jingkai"));
		setup.apply(admin, matched, jingkai.id("studio"));
		jingkai.put("project", setup.project(admin, matched, jingkai.id("studio")));
		jingkai.put("call", call);
		jingkai.put("problem", setup.problem(admin, call, jingkai.id("jingkai")));
	}

}
