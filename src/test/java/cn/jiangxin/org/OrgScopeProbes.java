package cn.jiangxin.org;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;
import cn.jiangxin.org.internal.OrgSetup;

/**
 * The unions' endpoints in the scope walk, and the unions its requests aim at: 北京市金融工会
 * and its bank union out of reach, a union of 经开区's own in reach.
 */
@TestComponent
@Order(10)
class OrgScopeProbes implements ScopeProbes {

	/** The 经开区 union the walk's own records belong to. */
	public static final String PROBE_ORG = "经开区越权探针工会";

	private final DemoOrgs orgs;

	private final OrgApi orgApi;

	private final OrgSetup setup;

	private final Logins logins;

	OrgScopeProbes(DemoOrgs orgs, OrgApi orgApi, Logins logins, OrgSetup setup) {
		this.setup = setup;
		this.orgs = orgs;
		this.orgApi = orgApi;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(get("/orgs", i -> "/orgs?q=银行", Outsider.FILTERED));
		probes.add(get("/orgs/picker", i -> "/orgs/picker?pickerQ=银行", Outsider.FILTERED));
		probes.add(get("/orgs/{id}", i -> "/orgs/" + i.id("bank"), Outsider.REFUSED));
		probes.add(get("/orgs/{id}/children", i -> "/orgs/" + i.id("finance") + "/children", Outsider.REFUSED));
		probes.add(get("/orgs/new", i -> "/orgs/new?parent=" + i.id("finance"), Outsider.REFUSED));
		probes.add(post("/orgs/new", i -> "/orgs/new?parentId=" + i.id("finance") + "&name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/edit", i -> "/orgs/" + i.id("bank") + "/edit", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/edit", i -> "/orgs/" + i.id("bank") + "/edit?name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/move", i -> "/orgs/" + i.id("bank") + "/move", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/move", i -> "/orgs/" + i.id("bank") + "/move?parentId=" + i.id("finance"), null,
				Outsider.REFUSED));
		probes.add(post("/orgs/{id}/close", i -> "/orgs/" + i.id("bank") + "/close", null, Outsider.REFUSED));
		probes.add(post("/orgs/{id}/reopen", i -> "/orgs/" + i.id("bank") + "/reopen", null, Outsider.REFUSED));
		probes.add(get("/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.id("bank"), Outsider.REFUSED));
		probes.add(get("/api/v1/orgs", i -> "/api/v1/orgs?parent=" + i.id("finance"), Outsider.REFUSED));
		probes.add(post("/api/v1/orgs", i -> "/api/v1/orgs",
				"{\"parentId\":%d,\"name\":\"越权工会\",\"level\":\"GRASSROOTS\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PATCH, "/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.id("bank"),
				"{\"name\":\"改名\"}", Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// Unions: the parent must be in reach
		probes.add(admin(HttpMethod.POST, "/orgs/new",
				(j, i) -> "/orgs/new?parentId=" + i.id("finance") + "&name=越权工会&level=GRASSROOTS", "parentId"));
		probes.add(admin(HttpMethod.POST, "/orgs/{id}/edit", (j, i) -> "/orgs/" + j.id("org") + "/edit?parentId="
				+ i.id("finance") + "&name=" + PROBE_ORG + "&level=GRASSROOTS", "parentId"));
		probes.add(admin(HttpMethod.POST, "/orgs/{id}/move",
				(j, i) -> "/orgs/" + j.id("org") + "/move?parentId=" + i.id("finance"), "parentId"));
		probes.add(api(HttpMethod.POST, "/api/v1/orgs", (j, i) -> "/api/v1/orgs", (j,
				i) -> "{\"parentId\": %d, \"name\": \"越权工会\", \"level\": \"GRASSROOTS\"}".formatted(i.id("finance")),
				"parentId"));
		probes.add(api(HttpMethod.PATCH, "/api/v1/orgs/{id}", (j, i) -> "/api/v1/orgs/" + j.id("org"),
				(j, i) -> "{\"parentId\": %d}".formatted(i.id("finance")), "parentId"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /orgs/{id}/close", "a version only"),
				Map.entry("POST /orgs/{id}/reopen", "a version only"));
	}

	@Override
	public void outOfReach(Targets finance) {
		finance.put("finance", orgs.id(Demo.FINANCE)).put("bank", orgs.id(Demo.BANK));
	}

	@Override
	public void inReach(Targets jingkai) {
		long jingkaiId = orgs.id(Demo.JINGKAI);
		jingkai.put("jingkai", jingkaiId)
			.put("org", setup.create(logins.actor(Demo.JINGKAI_ADMIN),
					OrgDraft.of(jingkaiId, PROBE_ORG, null, OrgLevel.GRASSROOTS)));
	}

}
