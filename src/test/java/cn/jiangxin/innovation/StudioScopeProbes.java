package cn.jiangxin.innovation;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.internal.StudioSetup;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * The studio registry's endpoints in the scope walk: a studio of the finance union led by
 * the judged contest's entrant, and one of 经开区 for the writes whose bodies name a union
 * or a member out of reach.
 */
@TestComponent
@Order(85)
class StudioScopeProbes implements ScopeProbes {

	/** The finance studio's name, which no outsider's list may show. */
	static final String STUDIO = "金融越权探针工作室";

	/** The finance studio's achievement, which no outsider's search may show. */
	static final String ACHIEVEMENT = "金融越权探针成果";

	/** Each walk's studios are new ones (a name is taken once per union). */
	private static final AtomicInteger RUNS = new AtomicInteger();

	private final StudioSetup setup;

	private final Logins logins;

	private final ContestFixtures people;

	StudioScopeProbes(StudioSetup setup, Logins logins, ContestFixtures people) {
		this.setup = setup;
		this.logins = logins;
		this.people = people;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		p.add(get("/api/v1/studios", i -> "/api/v1/studios", Outsider.FILTERED).hiding(STUDIO));
		p.add(post("/api/v1/studios", i -> "/api/v1/studios", """
				{"name": "越权工作室", "hostOrgId": FINANCE, "leaderCardNo": "CARD", "field": "OTHER",
				 "foundedOn": "2024-01-01"}""", Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}", i -> "/api/v1/studios/" + i.id("studio"), Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}/members", i -> "/api/v1/studios/" + i.id("studio") + "/members",
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/members", i -> "/api/v1/studios/" + i.id("studio") + "/members",
				"{\"cardNo\": \"CARD\", \"role\": \"CORE\"}", Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/levels", i -> "/api/v1/studios/" + i.id("studio") + "/levels", """
				{"level": "ENTERPRISE", "conferringOrgId": FINANCE, "decision": "越权", "conferredOn": "2025-01-01"}""",
				Outsider.REFUSED));
		p.add(get("/api/v1/studios", i -> "/api/v1/studios?orgId=" + i.id("finance"), Outsider.REFUSED));
		p.add(get("/studios", i -> "/studios", Outsider.FILTERED).hiding(STUDIO));
		p.add(get("/studios", i -> "/studios?org=" + i.id("finance"), Outsider.REFUSED));
		p.add(get("/studios/new", i -> "/studios/new", Outsider.OWN));
		p.add(post("/studios", i -> "/studios?name=越权工作室&hostOrgId=" + i.id("finance") + "&leaderCardNo="
				+ i.text("entrantCard") + "&field=OTHER&foundedOn=2024-01-01", null, Outsider.REFUSED));
		p.add(get("/studios/{id}", i -> "/studios/" + i.id("studio"), Outsider.REFUSED));
		p.add(post("/studios/{id}/members",
				i -> "/studios/" + i.id("studio") + "/members?cardNo=" + i.text("entrantCard") + "&role=CORE", null,
				Outsider.REFUSED));
		p.add(post("/studios/{id}/levels", i -> "/studios/" + i.id("studio")
				+ "/levels?level=ENTERPRISE&conferringOrgId=" + i.id("finance") + "&decision=越权&conferredOn=2025-01-01",
				null, Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}/achievements", i -> "/api/v1/studios/" + i.id("studio") + "/achievements",
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/achievements", i -> "/api/v1/studios/" + i.id("studio") + "/achievements",
				"{\"kind\": \"OTHER\", \"title\": \"越权成果\", \"achievedOn\": \"2025-01-01\"}", Outsider.REFUSED));
		p.add(post("/studios/{id}/achievements",
				i -> "/studios/" + i.id("studio") + "/achievements?kind=OTHER&title=越权成果&achievedOn=2025-01-01", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/achievements", i -> "/api/v1/achievements", Outsider.FILTERED).hiding(ACHIEVEMENT));
		p.add(get("/api/v1/achievements/counts", i -> "/api/v1/achievements/counts", Outsider.FILTERED)
			.hiding(Demo.FINANCE));
		p.add(post("/api/v1/achievements/{id}/files", i -> "/api/v1/achievements/" + i.id("achievement") + "/files",
				"%PDF-1.4 越权", Outsider.REFUSED));
		p.add(get("/api/v1/achievements/{id}/files", i -> "/api/v1/achievements/" + i.id("achievement") + "/files",
				Outsider.REFUSED));
		p.add(post("/achievements/{id}/files", i -> "/achievements/" + i.id("achievement") + "/files", "%PDF-1.4 越权",
				Outsider.REFUSED));
		p.add(get("/achievements/{id}/files/{hash}",
				i -> "/achievements/" + i.id("achievement") + "/files/" + i.text("evidence"), Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}/mentorships", i -> "/api/v1/studios/" + i.id("studio") + "/mentorships",
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/mentorships", i -> "/api/v1/studios/" + i.id("studio") + "/mentorships",
				"""
						{"mentorCardNo": "CARD", "apprenticeCardNos": ["CARD"], "startsOn": "2024-03-01", "endsOn": "2025-03-01",
						 "goals": "越权"}""",
				Outsider.REFUSED));
		p.add(post("/api/v1/mentorships/{id}/progress", i -> "/api/v1/mentorships/" + i.id("mentorship") + "/progress",
				"{\"recordedOn\": \"2024-06-01\", \"note\": \"越权\"}", Outsider.REFUSED));
		p.add(post("/api/v1/mentorships/{id}/assessments",
				i -> "/api/v1/mentorships/" + i.id("mentorship") + "/assessments", """
						{"apprenticeCardNo": "CARD", "goalsMet": "MET", "assessedOn": "2024-06-01"}""",
				Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}/trainings", i -> "/api/v1/studios/" + i.id("studio") + "/trainings",
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/trainings", i -> "/api/v1/studios/" + i.id("studio") + "/trainings", """
				{"kind": "LECTURE", "title": "越权", "heldOn": "2024-06-01", "speakers": 1, "attendees": 1}""",
				Outsider.REFUSED));
		p.add(post("/studios/{id}/mentorships",
				i -> "/studios/" + i.id("studio") + "/mentorships?mentorCardNo=" + i.text("entrantCard")
						+ "&apprenticeCardNos=" + i.text("memberCard")
						+ "&startsOn=2024-03-01&endsOn=2025-03-01&goals=越权",
				null, Outsider.REFUSED));
		p.add(post("/studios/{id}/trainings",
				i -> "/studios/" + i.id("studio")
						+ "/trainings?kind=LECTURE&title=越权&heldOn=2024-06-01&speakers=1&attendees=1",
				null, Outsider.REFUSED));
		p.add(post("/mentorships/{id}/progress",
				i -> "/mentorships/" + i.id("mentorship") + "/progress?recordedOn=2024-06-01&note=越权", null,
				Outsider.REFUSED));
		p.add(post("/mentorships/{id}/assessments", i -> "/mentorships/" + i.id("mentorship")
				+ "/assessments?apprenticeCardNo=" + i.text("memberCard") + "&goalsMet=MET&assessedOn=2024-06-01", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/alliances", i -> "/api/v1/alliances", Outsider.OWN));
		p.add(post("/api/v1/alliances", i -> "/api/v1/alliances", """
				{"name": "越权联盟", "foundingOrgId": FINANCE, "foundedOn": "2024-01-01", "chairOrgId": FINANCE,
				 "chairPerson": "越权"}""", Outsider.REFUSED));
		p.add(get("/api/v1/alliances/{id}", i -> "/api/v1/alliances/" + i.id("alliance"), Outsider.OWN));
		p.add(get("/api/v1/alliances/{id}/members", i -> "/api/v1/alliances/" + i.id("alliance") + "/members",
				Outsider.OWN));
		p.add(post("/api/v1/alliances/{id}/members", i -> "/api/v1/alliances/" + i.id("alliance") + "/members",
				"{\"studioId\": FINANCE}", Outsider.REJECTED));
		p.add(post("/api/v1/alliances/{id}/members/{studioId}/decision",
				i -> "/api/v1/alliances/" + i.id("alliance") + "/members/" + i.id("studio") + "/decision",
				"{\"approve\": true}", Outsider.REFUSED));
		p.add(post("/api/v1/alliances/{id}/members/{studioId}/leave",
				i -> "/api/v1/alliances/" + i.id("alliance") + "/members/" + i.id("studio") + "/leave",
				"{\"leftOn\": \"2025-01-01\"}", Outsider.REFUSED));
		p.add(get("/api/v1/alliances/{id}/chairs", i -> "/api/v1/alliances/" + i.id("alliance") + "/chairs",
				Outsider.OWN));
		p.add(post("/api/v1/alliances/{id}/chairs", i -> "/api/v1/alliances/" + i.id("alliance") + "/chairs",
				"{\"chairOrgId\": FINANCE, \"chairPerson\": \"越权\", \"on\": \"2025-01-01\"}", Outsider.REFUSED));
		p.add(get("/api/v1/alliances/{id}/groups", i -> "/api/v1/alliances/" + i.id("alliance") + "/groups",
				Outsider.OWN));
		p.add(post("/api/v1/alliances/{id}/groups", i -> "/api/v1/alliances/" + i.id("alliance") + "/groups",
				"{\"name\": \"越权组\", \"leadStudioId\": FINANCE}", Outsider.REFUSED));
		p.add(get("/api/v1/alliances/{id}/events", i -> "/api/v1/alliances/" + i.id("alliance") + "/events",
				Outsider.OWN));
		p.add(post("/api/v1/alliances/{id}/events", i -> "/api/v1/alliances/" + i.id("alliance") + "/events",
				"{\"kind\": \"FORUM\", \"title\": \"越权\", \"heldOn\": \"2025-01-01\"}", Outsider.REFUSED));
		p.add(get("/alliances", i -> "/alliances", Outsider.OWN));
		p.add(post("/alliances/{id}/applications",
				i -> "/alliances/" + i.id("alliance") + "/applications?studioId=" + i.id("studio"), null,
				Outsider.REJECTED));
		p.add(post("/alliances/{id}/members/{studioId}/decision",
				i -> "/alliances/" + i.id("alliance") + "/members/" + i.id("studio") + "/decision?approve=true", null,
				Outsider.REFUSED));
		p.add(post("/alliances/{id}/chairs", i -> "/alliances/" + i.id("alliance") + "/chairs?chairOrgId="
				+ i.id("finance") + "&chairPerson=越权&on=2025-01-01", null, Outsider.REFUSED));
		p.add(get("/alliances/{id}", i -> "/alliances/" + i.id("alliance"), Outsider.OWN));
		p.add(post("/alliances/{id}/groups",
				i -> "/alliances/" + i.id("alliance") + "/groups?name=越权组&leadStudioId=" + i.id("studio"), null,
				Outsider.REFUSED));
		p.add(post("/alliances/{id}/events",
				i -> "/alliances/" + i.id("alliance") + "/events?kind=FORUM&title=越权&heldOn=2025-01-01", null,
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/dissolve", i -> "/api/v1/studios/" + i.id("studio") + "/dissolve",
				"{\"dissolvedOn\": \"2025-01-01\", \"reason\": \"越权\"}", Outsider.REFUSED));
		p.add(post("/studios/{id}/dissolve",
				i -> "/studios/" + i.id("studio") + "/dissolve?dissolvedOn=2025-01-01&reason=越权", null,
				Outsider.REFUSED));
		return p;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> p = new ArrayList<>();
		p.add(admin(HttpMethod.POST, "/studios", (j, i) -> "/studios?name=越权工作室&hostOrgId=" + i.id("finance")
				+ "&leaderCardNo=" + j.text("memberCard") + "&field=OTHER&foundedOn=2024-01-01", "hostOrgId"));
		p.add(admin(
				HttpMethod.POST, "/studios", (j, i) -> "/studios?name=越权工作室&hostOrgId=" + j.id("jingkai")
						+ "&leaderCardNo=" + i.text("entrantCard") + "&field=OTHER&foundedOn=2024-01-01",
				"leaderCardNo"));
		p.add(admin(HttpMethod.POST, "/studios/{id}/members",
				(j, i) -> "/studios/" + j.id("studio") + "/members?cardNo=" + i.text("entrantCard") + "&role=CORE",
				"cardNo"));
		p.add(admin(HttpMethod.POST, "/studios/{id}/levels", (j, i) -> "/studios/" + j.id("studio")
				+ "/levels?level=ENTERPRISE&conferringOrgId=" + i.id("finance") + "&decision=越权&conferredOn=2025-01-01",
				"conferringOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/studios", (j, i) -> "/api/v1/studios", (j, i) -> """
				{"name": "越权工作室", "hostOrgId": %d, "leaderCardNo": "%s", "field": "OTHER",
				 "foundedOn": "2024-01-01"}""".formatted(i.id("finance"), j.text("memberCard")), "hostOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/studios", (j, i) -> "/api/v1/studios", (j, i) -> """
				{"name": "越权工作室", "hostOrgId": %d, "leaderCardNo": "%s", "field": "OTHER",
				 "foundedOn": "2024-01-01"}""".formatted(j.id("jingkai"), i.text("entrantCard")), "leaderCardNo"));
		p.add(api(HttpMethod.POST, "/api/v1/studios/{id}/members",
				(j, i) -> "/api/v1/studios/" + j.id("studio") + "/members",
				(j, i) -> "{\"cardNo\": \"%s\", \"role\": \"CORE\"}".formatted(i.text("entrantCard")), "cardNo"));
		p.add(api(HttpMethod.POST, "/api/v1/studios/{id}/levels",
				(j, i) -> "/api/v1/studios/" + j.id("studio") + "/levels", (j, i) -> """
						{"level": "ENTERPRISE", "conferringOrgId": %d, "decision": "越权",
						 "conferredOn": "2025-01-01"}""".formatted(i.id("finance")), "conferringOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/studios/{id}/achievements",
				(j, i) -> "/api/v1/studios/" + j.id("studio") + "/achievements", (j, i) -> """
						{"kind": "OTHER", "title": "越权成果", "achievedOn": "2025-01-01", "partnerStudioIds": [%d]}"""
					.formatted(i.id("studio")),
				"partnerStudioIds"));
		p.add(api(HttpMethod.POST, "/api/v1/studios/{id}/achievements",
				(j, i) -> "/api/v1/studios/" + j.id("studio") + "/achievements", (j, i) -> """
						{"kind": "OTHER", "title": "越权成果", "achievedOn": "2025-01-01", "contributorCardNos": ["%s"]}"""
					.formatted(i.text("entrantCard")),
				"contributorCardNos"));
		p.add(admin(HttpMethod.POST, "/studios/{id}/achievements",
				(j, i) -> "/studios/" + j.id("studio")
						+ "/achievements?kind=OTHER&title=越权成果&achievedOn=2025-01-01&contributorCardNos="
						+ i.text("entrantCard"),
				"contributorCardNos"));
		p.add(api(HttpMethod.POST, "/api/v1/studios/{id}/mentorships",
				(j, i) -> "/api/v1/studios/" + j.id("studio") + "/mentorships", (j, i) -> """
						{"mentorCardNo": "%s", "apprenticeCardNos": ["%s"], "startsOn": "2024-03-01",
						 "endsOn": "2025-03-01", "goals": "越权"}""".formatted(j.text("memberCard"),
						i.text("memberCard")),
				"apprenticeCardNos"));
		p.add(admin(HttpMethod.POST, "/studios/{id}/mentorships",
				(j, i) -> "/studios/" + j.id("studio") + "/mentorships?mentorCardNo=" + j.text("memberCard")
						+ "&apprenticeCardNos=" + i.text("memberCard")
						+ "&startsOn=2024-03-01&endsOn=2025-03-01&goals=越权",
				"apprenticeCardNos"));
		p.add(api(HttpMethod.POST, "/api/v1/mentorships/{id}/assessments",
				(j, i) -> "/api/v1/mentorships/" + j.id("mentorship") + "/assessments", (j, i) -> """
						{"apprenticeCardNo": "%s", "goalsMet": "MET", "assessedOn": "2024-06-01"}"""
					.formatted(i.text("memberCard")),
				"apprenticeCardNo"));
		p.add(admin(HttpMethod.POST, "/mentorships/{id}/assessments", (j, i) -> "/mentorships/" + j.id("mentorship")
				+ "/assessments?apprenticeCardNo=" + i.text("memberCard") + "&goalsMet=MET&assessedOn=2024-06-01",
				"apprenticeCardNo"));
		p.add(api(HttpMethod.POST, "/api/v1/alliances", (j, i) -> "/api/v1/alliances", (j, i) -> """
				{"name": "越权联盟", "foundingOrgId": %d, "foundedOn": "2024-01-01", "chairOrgId": %d,
				 "chairPerson": "越权"}""".formatted(j.id("jingkai"), i.id("finance")), "chairOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/alliances/{id}/members",
				(j, i) -> "/api/v1/alliances/" + j.id("alliance") + "/members",
				(j, i) -> "{\"studioId\": " + i.id("studio") + "}", "studioId"));
		p.add(api(HttpMethod.POST, "/api/v1/alliances/{id}/chairs",
				(j, i) -> "/api/v1/alliances/" + j.id("alliance") + "/chairs",
				(j, i) -> "{\"chairOrgId\": " + i.id("finance") + ", \"chairPerson\": \"越权\", \"on\": \"2025-01-01\"}",
				"chairOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/alliances/{id}/groups",
				(j, i) -> "/api/v1/alliances/" + j.id("alliance") + "/groups",
				(j, i) -> "{\"name\": \"越权组\", \"leadStudioId\": " + i.id("studio") + "}", "leadStudioId"));
		p.add(admin(HttpMethod.POST, "/alliances/{id}/applications",
				(j, i) -> "/alliances/" + j.id("alliance") + "/applications?studioId=" + i.id("studio"), "studioId"));
		p.add(admin(HttpMethod.POST, "/alliances/{id}/groups",
				(j, i) -> "/alliances/" + j.id("alliance") + "/groups?name=越权组&leadStudioId=" + i.id("studio"),
				"leadStudioId"));
		p.add(admin(HttpMethod.POST, "/alliances/{id}/chairs", (j, i) -> "/alliances/" + j.id("alliance")
				+ "/chairs?chairOrgId=" + i.id("finance") + "&chairPerson=越权&on=2025-01-01", "chairOrgId"));
		return p;
	}

	@Override
	public Map<String, String> multipart() {
		return Map.of("POST /api/v1/achievements/{id}/files", "file", "POST /achievements/{id}/files", "file");
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /api/v1/studios/{id}/dissolve", "a day and a reason"),
				Map.entry("POST /studios/{id}/dissolve", "a day and a reason"),
				Map.entry("POST /api/v1/mentorships/{id}/progress", "a day and a note"),
				Map.entry("POST /mentorships/{id}/progress", "a day and a note"),
				Map.entry("POST /api/v1/studios/{id}/trainings", "a title, a day and counts"),
				Map.entry("POST /studios/{id}/trainings", "a title, a day and counts"),
				Map.entry("POST /api/v1/alliances/{id}/members/{studioId}/decision", "a yes or no"),
				Map.entry("POST /api/v1/alliances/{id}/members/{studioId}/leave", "a day"),
				Map.entry("POST /api/v1/alliances/{id}/events", "a title, a day and project titles"),
				Map.entry("POST /alliances/{id}/members/{studioId}/decision", "a yes or no"),
				Map.entry("POST /alliances/{id}/events", "a title, a day and project titles"),
				Map.entry("POST /api/v1/achievements/{id}/files", "a file"),
				Map.entry("POST /achievements/{id}/files", "a file"));
	}

	@Override
	public void outOfReach(Targets finance) {
		long studio = setup.studio(logins.actor(Demo.FINANCE_ADMIN), STUDIO + RUNS.incrementAndGet(),
				finance.id("finance"), finance.text("entrantCard"));
		finance.put("studio", studio);
		long achievement = setup.achievement(logins.actor(Demo.FINANCE_ADMIN), studio, ACHIEVEMENT);
		finance.put("achievement", achievement);
		finance.put("evidence", setup.evidence(logins.actor(Demo.FINANCE_ADMIN), achievement));
		finance.put("alliance", setup.alliance(logins.actor(Demo.FINANCE_ADMIN), "金融越权探针联盟" + RUNS.incrementAndGet(),
				finance.id("finance"), studio));
		finance.put("mentorship", setup.mentorship(logins.actor(Demo.FINANCE_ADMIN), studio,
				finance.text("entrantCard"), people.member(Demo.BANK).cardNo()));
	}

	@Override
	public void inReach(Targets jingkai) {
		long studio = setup.studio(logins.actor(Demo.JINGKAI_ADMIN), "经开区探针工作室" + RUNS.incrementAndGet(),
				jingkai.id("jingkai"), jingkai.text("memberCard"));
		jingkai.put("studio", studio);
		jingkai.put("alliance", setup.alliance(logins.actor(Demo.JINGKAI_ADMIN), "经开区探针联盟" + RUNS.incrementAndGet(),
				jingkai.id("jingkai"), studio));
		jingkai.put("mentorship", setup.mentorship(logins.actor(Demo.JINGKAI_ADMIN), studio, jingkai.text("memberCard"),
				people.member(Demo.HAISITANPU).cardNo()));
	}

}
