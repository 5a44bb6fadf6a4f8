package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Walks every endpoint of Jiangxin as an anonymous caller and as the 经开区 admin reaching into
 * 北京市金融工会's subtree. A new endpoint fails this test until it is listed here with what an
 * outsider must get, so no endpoint ships without its scope check.
 */
@IntegrationTest
class ScopeWalkTests {

	/** What an out-of-scope admin must meet at an endpoint. */
	enum Outsider {

		/** 403 or 404. */
		REFUSED,
		/** 200, but nothing of the other subtree appears in the answer. */
		FILTERED,
		/** The endpoint concerns only the caller or is public; nothing to reach into. */
		OWN

	}

	/** An endpoint with a sample request into the finance subtree. */
	record Probe(HttpMethod method, String pattern, Function<Ids, String> url, String body, Outsider outsider) {
	}

	/** Ids in the finance subtree that the probes aim at. */
	record Ids(long finance, long bank, long financeAdmin) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	AccountApi accounts;

	@Autowired
	Logins logins;

	Ids ids;

	@BeforeEach
	void findTargets() {
		ids = new Ids(orgs.id(Demo.FINANCE), orgs.id(Demo.BANK),
				accounts.findByUsername(Demo.FINANCE_ADMIN).orElseThrow().id());
	}

	static List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Pages
		probes.add(get("/", i -> "/", Outsider.OWN));
		probes.add(get("/account/password", i -> "/account/password", Outsider.OWN));
		probes.add(post("/account/password", i -> "/account/password", null, Outsider.OWN));
		probes.add(get("/orgs", i -> "/orgs?q=银行", Outsider.FILTERED));
		probes.add(get("/orgs/picker", i -> "/orgs/picker?pickerQ=银行", Outsider.FILTERED));
		probes.add(get("/orgs/{id}", i -> "/orgs/" + i.bank(), Outsider.REFUSED));
		probes.add(get("/orgs/{id}/children", i -> "/orgs/" + i.finance() + "/children", Outsider.REFUSED));
		probes.add(get("/orgs/new", i -> "/orgs/new?parent=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/orgs/new", i -> "/orgs/new?parentId=" + i.finance() + "&name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/edit", i -> "/orgs/" + i.bank() + "/edit", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/edit", i -> "/orgs/" + i.bank() + "/edit?name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/move", i -> "/orgs/" + i.bank() + "/move", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/move", i -> "/orgs/" + i.bank() + "/move?parentId=" + i.finance(), null,
				Outsider.REFUSED));
		probes.add(post("/orgs/{id}/close", i -> "/orgs/" + i.bank() + "/close", null, Outsider.REFUSED));
		probes.add(post("/orgs/{id}/reopen", i -> "/orgs/" + i.bank() + "/reopen", null, Outsider.REFUSED));
		probes.add(get("/accounts", i -> "/accounts?org=" + i.finance(), Outsider.REFUSED));
		probes.add(get("/accounts/new", i -> "/accounts/new?org=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/accounts/new", i -> "/accounts/new?username=outsider1&displayName=x&roles=JUDGE&orgId="
				+ i.finance() + "&password=jiangxin-demo-9", null, Outsider.REFUSED));
		probes.add(get("/accounts/{id}", i -> "/accounts/" + i.financeAdmin(), Outsider.REFUSED));
		probes.add(post("/accounts/{id}", i -> "/accounts/" + i.financeAdmin()
				+ "?username=jinrong&displayName=x&roles=UNION_ADMIN&orgId=" + i.finance(), null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/password", i -> "/accounts/" + i.financeAdmin() + "/password?password=Abcdefgh-123",
				null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/unlock", i -> "/accounts/" + i.financeAdmin() + "/unlock", null, Outsider.REFUSED));
		probes.add(get("/audit", i -> "/audit?org=" + i.finance(), Outsider.REFUSED));
		// API
		probes.add(new Probe(HttpMethod.POST, "/api/v1/auth/token", i -> "/api/v1/auth/token",
				"{\"username\":\"nobody\",\"password\":\"wrong-password\"}", Outsider.OWN));
		probes.add(get("/api/v1/me", i -> "/api/v1/me", Outsider.OWN));
		probes.add(get("/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.bank(), Outsider.REFUSED));
		probes.add(get("/api/v1/orgs", i -> "/api/v1/orgs?parent=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/api/v1/orgs", i -> "/api/v1/orgs",
				"{\"parentId\":%d,\"name\":\"越权工会\",\"level\":\"GRASSROOTS\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PATCH, "/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.bank(),
				"{\"name\":\"改名\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/accounts", i -> "/api/v1/accounts?org=" + i.finance(), Outsider.REFUSED));
		probes.add(get("/api/v1/accounts/{id}", i -> "/api/v1/accounts/" + i.financeAdmin(), Outsider.REFUSED));
		probes.add(post("/api/v1/accounts", i -> "/api/v1/accounts",
				"{\"username\":\"outsider2\",\"displayName\":\"x\",\"roles\":[\"JUDGE\"],\"orgId\":%d,\"password\":\"jiangxin-demo-9\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/audit-events", i -> "/api/v1/audit-events?org=" + i.finance(), Outsider.REFUSED));
		return probes;
	}

	/** Endpoints anyone may call. */
	static final Set<String> PUBLIC = Set.of("GET /login", "POST /api/v1/auth/token");

	@Test
	void everyEndpointOfJiangxinIsProbed() {
		Set<String> probed = new TreeSet<>();
		probes().forEach(probe -> probed.add(probe.method() + " " + probe.pattern()));
		probed.add("GET /login");
		Set<String> registered = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					registered.add(method.name() + " " + pattern);
				}
			}
		}
		assertThat(probed).as("every endpoint has a scope probe").containsAll(registered);
		assertThat(registered).as("every probe still matches an endpoint").containsAll(probed);
	}

	@Test
	void anonymousCallersAreSentToSignInOrRefused() throws Exception {
		for (Probe probe : probes()) {
			String key = probe.method() + " " + probe.pattern();
			if (PUBLIC.contains(key)) {
				continue;
			}
			MvcResult result = mvc.perform(request(probe).with(csrf())).andReturn();
			int status = result.getResponse().getStatus();
			if (probe.pattern().startsWith("/api/")) {
				assertThat(status).as(key).isEqualTo(401);
				assertThat(result.getResponse().getContentType()).as(key).startsWith("application/problem+json");
			}
			else {
				assertThat(status).as(key).isEqualTo(302);
				assertThat(result.getResponse().getRedirectedUrl()).as(key).endsWith("/login");
			}
		}
	}

	@Test
	void theJingkaiAdminCannotReachIntoTheFinanceSubtree() throws Exception {
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		for (Probe probe : probes()) {
			String key = probe.method() + " " + probe.pattern();
			MvcResult result = mvc.perform(request(probe).with(csrf()).with(logins.as(Demo.JINGKAI_ADMIN))).andReturn();
			int status = result.getResponse().getStatus();
			outcomes.put(key, status);
			String body = result.getResponse().getContentAsString();
			switch (probe.outsider()) {
				case REFUSED -> assertThat(status).as(key).isIn(403, 404);
				case FILTERED -> {
					assertThat(status).as(key).isEqualTo(200);
					assertThat(body).as(key).doesNotContain(Demo.BANK).doesNotContain("/orgs/" + ids.bank() + "\"");
				}
				case OWN -> assertThat(status).as(key).isLessThan(500);
			}
		}
		assertThat(outcomes).isNotEmpty();
	}

	@Test
	void theCityAdminReadsWhatTheJingkaiAdminCannot() throws Exception {
		for (Probe probe : probes()) {
			if (probe.method() != HttpMethod.GET || probe.outsider() == Outsider.OWN) {
				continue;
			}
			String key = probe.method() + " " + probe.pattern();
			MvcResult result = mvc.perform(request(probe).with(logins.as(Demo.CITY_ADMIN))).andReturn();
			assertThat(result.getResponse().getStatus()).as(key).isEqualTo(200);
			if (probe.outsider() == Outsider.FILTERED) {
				assertThat(result.getResponse().getContentAsString()).as(key).contains(Demo.BANK);
			}
		}
	}

	private MockHttpServletRequestBuilder request(Probe probe) {
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(probe.method(), probe.url().apply(ids));
		if (probe.body() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(probe.body().formatted(ids.finance()));
		}
		return builder;
	}

	private static Probe get(String pattern, Function<Ids, String> url, Outsider outsider) {
		return new Probe(HttpMethod.GET, pattern, url, null, outsider);
	}

	private static Probe post(String pattern, Function<Ids, String> url, String body, Outsider outsider) {
		return new Probe(HttpMethod.POST, pattern, url, body, outsider);
	}

}
