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
 * Level applications and annual reviews in the scope walk: the finance union's call for
 * the district level with the finance studio's application, and a review of that studio
 * once it holds the level; 经开区's own call for the writes whose bodies name a call or a
 * studio out of reach.
 */
@TestComponent
@Order(87)
class LevelScopeProbes implements ScopeProbes {

	/** The finance call's title, which no outsider's list may show. */
	static final String CALL = "金融越权探针申报";

	private static final AtomicInteger RUNS = new AtomicInteger(2200);

	private final StudioSetup setup;

	private final Logins logins;

	LevelScopeProbes(StudioSetup setup, Logins logins) {
		this.setup = setup;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		String today = LocalDate.now().toString();
		int last = LocalDate.now().getYear() - 1;
		String callJson = """
				{"conferringOrgId": FINANCE, "level": "DISTRICT", "year": 2090, "title": "越权", "opensOn": "%s",
				 "closesOn": "2999-01-01", "noticeDays": 7}""".replace("%s", today);
		p.add(get("/api/v1/level-calls", i -> "/api/v1/level-calls", Outsider.FILTERED).hiding(CALL));
		p.add(get("/level-calls", i -> "/level-calls", Outsider.FILTERED).hiding(CALL));
		p.add(post("/api/v1/level-calls", i -> "/api/v1/level-calls", callJson, Outsider.REJECTED));
		p.add(post(
				"/level-calls", i -> "/level-calls?conferringOrgId=" + i.id("finance")
						+ "&level=DISTRICT&year=2090&title=越权&opensOn=" + today + "&closesOn=2999-01-01&noticeDays=7",
				null, Outsider.REJECTED));
		p.add(get("/api/v1/level-calls/{id}", i -> "/api/v1/level-calls/" + i.id("levelCall"), Outsider.REFUSED));
		p.add(get("/level-calls/{id}", i -> "/level-calls/" + i.id("levelCall"), Outsider.REFUSED));
		p.add(post("/api/v1/level-calls/{id}/close", i -> "/api/v1/level-calls/" + i.id("levelCall") + "/close", null,
				Outsider.REFUSED));
		p.add(post("/level-calls/{id}/close", i -> "/level-calls/" + i.id("levelCall") + "/close", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/studio-applications", i -> "/api/v1/studio-applications?callId=" + i.id("levelCall"),
				Outsider.REFUSED));
		p.add(post("/api/v1/studio-applications", i -> "/api/v1/studio-applications",
				"{\"callId\": " + 0 + ", \"studioId\": FINANCE, \"summary\": \"越权\"}", Outsider.REJECTED));
		p.add(post("/level-calls/{id}/applications", i -> "/level-calls/" + i.id("levelCall") + "/applications?callId="
				+ i.id("levelCall") + "&studioId=" + i.id("studio") + "&summary=越权", null, Outsider.REFUSED));
		String app = "/api/v1/studio-applications/";
		String page = "/studio-applications/";
		p.add(get("/api/v1/studio-applications/{id}", i -> app + i.id("levelApplication"), Outsider.REFUSED));
		p.add(get("/studio-applications/{id}", i -> page + i.id("levelApplication"), Outsider.REFUSED));
		for (String step : List.of("recommend", "notice")) {
			p.add(post("/api/v1/studio-applications/{id}/" + step, i -> app + i.id("levelApplication") + "/" + step,
					"{}", Outsider.REFUSED));
			p.add(post("/studio-applications/{id}/" + step, i -> page + i.id("levelApplication") + "/" + step, null,
					Outsider.REFUSED));
		}
		for (String step : List.of("not-recommend", "refuse")) {
			p.add(post("/api/v1/studio-applications/{id}/" + step, i -> app + i.id("levelApplication") + "/" + step,
					"{\"reason\": \"越权\"}", Outsider.REFUSED));
			p.add(post("/studio-applications/{id}/" + step,
					i -> page + i.id("levelApplication") + "/" + step + "?reason=越权", null, Outsider.REFUSED));
		}
		p.add(post("/api/v1/studio-applications/{id}/confer", i -> app + i.id("levelApplication") + "/confer",
				"{\"decision\": \"越权\", \"conferredOn\": \"" + today + "\"}", Outsider.REFUSED));
		p.add(post("/studio-applications/{id}/confer",
				i -> page + i.id("levelApplication") + "/confer?decision=越权&conferredOn=" + today, null,
				Outsider.REFUSED));
		p.add(post("/api/v1/studio-applications/{id}/withdraw", i -> app + i.id("levelApplication") + "/withdraw", null,
				Outsider.REFUSED));
		p.add(post("/studio-applications/{id}/withdraw", i -> page + i.id("levelApplication") + "/withdraw", null,
				Outsider.REFUSED));
		p.add(get("/api/v1/studios/{id}/reviews", i -> "/api/v1/studios/" + i.id("studio") + "/reviews",
				Outsider.REFUSED));
		p.add(post("/api/v1/studios/{id}/reviews", i -> "/api/v1/studios/" + i.id("studio") + "/reviews",
				"{\"year\": " + last + ", \"report\": \"越权\"}", Outsider.REFUSED));
		p.add(get("/api/v1/studio-reviews", i -> "/api/v1/studio-reviews?year=" + last, Outsider.FILTERED)
			.hiding(StudioScopeProbes.STUDIO));
		p.add(get("/api/v1/studio-reviews/missing", i -> "/api/v1/studio-reviews/missing?year=" + last,
				Outsider.FILTERED)
			.hiding("中国工商银行北京市分行"));
		p.add(get("/studio-reviews", i -> "/studio-reviews?year=" + last, Outsider.FILTERED)
			.hiding(StudioScopeProbes.STUDIO));
		p.add(get("/api/v1/studio-reviews/{id}", i -> "/api/v1/studio-reviews/" + i.id("review"), Outsider.REFUSED));
		p.add(get("/studio-reviews/{id}", i -> "/studio-reviews/" + i.id("review"), Outsider.REFUSED));
		p.add(post("/api/v1/studio-reviews/{id}/scores", i -> "/api/v1/studio-reviews/" + i.id("review") + "/scores",
				"{\"output\": 1, \"talent\": 1, \"mechanism\": 1, \"demonstration\": 1}", Outsider.REFUSED));
		p.add(post("/studio-reviews/{id}/scores",
				i -> "/studio-reviews/" + i.id("review") + "/scores?output=1&talent=1&mechanism=1&demonstration=1",
				null, Outsider.REFUSED));
		p.add(post("/api/v1/studio-reviews/{id}/decision",
				i -> "/api/v1/studio-reviews/" + i.id("review") + "/decision", "{\"outcome\": \"KEEP\"}",
				Outsider.REFUSED));
		p.add(post("/studio-reviews/{id}/decision", i -> "/studio-reviews/" + i.id("review") + "/decision?outcome=KEEP",
				null, Outsider.REFUSED));
		p.add(post("/me/studios/{id}/reviews",
				i -> "/me/studios/" + i.id("studio") + "/reviews?year=" + last + "&report=越权", null,
				Outsider.MEMBER_ONLY));
		return p;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		String today = LocalDate.now().toString();
		List<BodyProbe> p = new ArrayList<>();
		p.add(api(HttpMethod.POST, "/api/v1/level-calls", (j, i) -> "/api/v1/level-calls", (j, i) -> """
				{"conferringOrgId": %d, "level": "DISTRICT", "year": 2091, "title": "越权", "opensOn": "%s",
				 "closesOn": "2999-01-01", "noticeDays": 7}""".formatted(i.id("finance"), today), "conferringOrgId"));
		p.add(admin(HttpMethod.POST, "/level-calls",
				(j, i) -> "/level-calls?conferringOrgId=" + i.id("finance")
						+ "&level=DISTRICT&year=2091&title=越权&opensOn=" + today + "&closesOn=2999-01-01&noticeDays=7",
				"conferringOrgId"));
		p.add(api(HttpMethod.POST, "/api/v1/studio-applications", (j, i) -> "/api/v1/studio-applications",
				(j, i) -> "{\"callId\": %d, \"studioId\": %d, \"summary\": \"越权\"}".formatted(j.id("levelCall"),
						i.id("studio")),
				"studioId"));
		p.add(api(HttpMethod.POST, "/api/v1/studio-applications", (j, i) -> "/api/v1/studio-applications",
				(j, i) -> "{\"callId\": %d, \"studioId\": %d, \"summary\": \"越权\"}".formatted(i.id("levelCall"),
						j.id("studio")),
				"callId"));
		p.add(admin(
				HttpMethod.POST, "/level-calls/{id}/applications", (j, i) -> "/level-calls/" + j.id("levelCall")
						+ "/applications?callId=" + j.id("levelCall") + "&studioId=" + i.id("studio") + "&summary=越权",
				"studioId"));
		return p;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		String words = "a note or a reason";
		return Map.ofEntries(Map.entry("POST /api/v1/level-calls/{id}/close", "no body"),
				Map.entry("POST /level-calls/{id}/close", "no body"),
				Map.entry("POST /api/v1/studio-applications/{id}/recommend", words),
				Map.entry("POST /api/v1/studio-applications/{id}/not-recommend", words),
				Map.entry("POST /api/v1/studio-applications/{id}/notice", words),
				Map.entry("POST /api/v1/studio-applications/{id}/refuse", words),
				Map.entry("POST /api/v1/studio-applications/{id}/confer", "a decision's number and a day"),
				Map.entry("POST /api/v1/studio-applications/{id}/withdraw", "no body"),
				Map.entry("POST /studio-applications/{id}/recommend", words),
				Map.entry("POST /studio-applications/{id}/not-recommend", words),
				Map.entry("POST /studio-applications/{id}/notice", words),
				Map.entry("POST /studio-applications/{id}/refuse", words),
				Map.entry("POST /studio-applications/{id}/confer", "a decision's number and a day"),
				Map.entry("POST /studio-applications/{id}/withdraw", "no body"),
				Map.entry("POST /api/v1/studios/{id}/reviews", "a year and a report"),
				Map.entry("POST /me/studios/{id}/reviews", "a year and a report"),
				Map.entry("POST /api/v1/studio-reviews/{id}/scores", "four numbers and a comment"),
				Map.entry("POST /api/v1/studio-reviews/{id}/decision", "an outcome, a reason and a decision's number"),
				Map.entry("POST /studio-reviews/{id}/scores", "four numbers and a comment"),
				Map.entry("POST /studio-reviews/{id}/decision", "an outcome, a reason and a decision's number"));
	}

	@Override
	public void outOfReach(Targets finance) {
		var admin = logins.actor(Demo.FINANCE_ADMIN);
		long studio = finance.id("studio");
		long call = setup.levelCall(admin, CALL + RUNS.incrementAndGet(), finance.id("finance"), RUNS.get());
		finance.put("levelCall", call);
		finance.put("levelApplication", setup.applyForLevel(admin, call, studio));
		setup.confer(admin, studio, StudioLevel.DISTRICT, finance.id("finance"));
		finance.put("review", setup.report(admin, studio, LocalDate.now().getYear() - 1));
	}

	@Override
	public void inReach(Targets jingkai) {
		var admin = logins.actor(Demo.JINGKAI_ADMIN);
		jingkai.put("levelCall",
				setup.levelCall(admin, "经开区探针申报" + RUNS.incrementAndGet(), jingkai.id("jingkai"), RUNS.get()));
	}

}
