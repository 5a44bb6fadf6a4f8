package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.ScopeProbes.BodyProbe;
import cn.jiangxin.support.ScopeProbes.Outsider;
import cn.jiangxin.support.ScopeProbes.Probe;
import cn.jiangxin.support.Targets;

/**
 * Walks every endpoint of Jiangxin as an anonymous caller and as the 经开区 admin reaching
 * into 北京市金融工会's subtree. Each module's tests list their own endpoints with what an
 * outsider must get ({@link ScopeProbes}); a new endpoint fails this test until its
 * module probes it, so no endpoint ships without its scope check.
 */
@IntegrationTest
class ScopeWalkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Logins logins;

	@Autowired
	ScopeTargets targets;

	Targets ids;

	@BeforeEach
	void findTargets() {
		ids = targets.finance();
	}

	/** Every module's endpoints, each with a sample request into the finance subtree. */
	List<Probe> probes() {
		return targets.modules().stream().flatMap(module -> module.probes().stream()).toList();
	}

	/**
	 * Every write that names records in its body or query, aimed at an object of the 经开区
	 * admin's subtree with an id of the finance subtree in its body. Ids that may rightly
	 * point anywhere (the union a member moves to, a contest's co-hosts beside an own
	 * host, a judge's declared conflict with any union) are probed through the ids beside
	 * them that must be in reach.
	 */
	List<BodyProbe> bodyProbes() {
		return targets.modules().stream().flatMap(module -> module.bodyProbes().stream()).toList();
	}

	/**
	 * Writes that name no records in their body or query, or only records that may
	 * rightly be anywhere; each with why. A write missing here and from
	 * {@link #bodyProbes()} fails the walk.
	 */
	Map<String, String> noIdsInBody() {
		return merged(ScopeProbes::noIdsInBody);
	}

	/** Endpoints that take a file: the probe's body is sent as the file. */
	Map<String, String> multipart() {
		return merged(ScopeProbes::multipart);
	}

	/** Endpoints anyone may call. */
	Set<String> publicEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		targets.modules().forEach(module -> endpoints.addAll(module.publicEndpoints()));
		return endpoints;
	}

	private Map<String, String> merged(Function<ScopeProbes, Map<String, String>> part) {
		Map<String, String> merged = new TreeMap<>();
		for (ScopeProbes module : targets.modules()) {
			part.apply(module).forEach((key, value) -> {
				if (merged.putIfAbsent(key, value) != null) {
					throw new IllegalStateException(key + " is listed by two modules");
				}
			});
		}
		return merged;
	}

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

	/**
	 * An anonymous caller is asked to sign in, whether or not a write carries a CSRF
	 * token.
	 */
	@Test
	void anonymousCallersAreSentToSignInOrRefused() throws Exception {
		Set<String> publicEndpoints = publicEndpoints();
		for (Probe probe : probes()) {
			String key = probe.method() + " " + probe.pattern();
			if (publicEndpoints.contains(key)) {
				continue;
			}
			List<MvcResult> results = new ArrayList<>();
			results.add(mvc.perform(request(probe).with(csrf())).andReturn());
			if (probe.method() != HttpMethod.GET) {
				results.add(mvc.perform(request(probe)).andReturn());
			}
			for (MvcResult result : results) {
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
				case REFUSED, MEMBER_ONLY -> assertThat(status).as(key).isIn(403, 404);
				case FILTERED -> {
					assertThat(status).as(key).isEqualTo(200);
					assertThat(body).as(key)
						.doesNotContain(probe.secret())
						.doesNotContain("/orgs/" + ids.id("bank") + "\"");
				}
				case OWN -> assertThat(status).as(key).isLessThan(500);
				case REJECTED -> {
					if (probe.pattern().startsWith("/api/")) {
						assertThat(status).as(key).isIn(400, 403, 404);
					}
					else {
						assertThat(status).as(key).isIn(200, 403, 404);
						if (status == 200) {
							assertThat(body).as(key).containsAnyOf("is-invalid", "role=\"alert\"");
						}
					}
				}
			}
		}
		assertThat(outcomes).isNotEmpty();
	}

	@Test
	void theCityAdminReadsWhatTheJingkaiAdminCannot() throws Exception {
		for (Probe probe : probes()) {
			if (probe.method() != HttpMethod.GET || probe.outsider() == Outsider.OWN
					|| probe.outsider() == Outsider.MEMBER_ONLY) {
				continue;
			}
			String key = probe.method() + " " + probe.pattern();
			MvcResult result = mvc.perform(request(probe).with(logins.as(Demo.CITY_ADMIN))).andReturn();
			assertThat(result.getResponse().getStatus()).as(key).isEqualTo(200);
			if (probe.outsider() == Outsider.FILTERED) {
				assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(key)
					.contains(probe.secret());
			}
		}
	}

	@Test
	void everyWriteIsProbedWithIdsOutOfReachInItsBody() {
		Set<String> writes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					if (method != RequestMethod.GET) {
						writes.add(method.name() + " " + pattern);
					}
				}
			}
		}
		Map<String, String> noIdsInBody = noIdsInBody();
		Set<String> covered = new TreeSet<>(noIdsInBody.keySet());
		bodyProbes().forEach(probe -> covered.add(probe.method() + " " + probe.pattern()));
		assertThat(covered).as("every write has a body probe or says why it needs none").containsAll(writes);
		assertThat(writes).as("every body probe still matches a write").containsAll(covered);
		assertThat(bodyProbes()).allSatisfy(probe -> assertThat(noIdsInBody)
			.as(probe.method() + " " + probe.pattern() + " is probed, so it takes ids")
			.doesNotContainKey(probe.method() + " " + probe.pattern()));
	}

	@Test
	void writesAimedInReachWithIdsOutOfReachInTheirBodyAreRefusedAndChangeNothing() throws Exception {
		Targets reach = targets.jingkai();
		SoftAssertions softly = new SoftAssertions();
		for (BodyProbe probe : bodyProbes()) {
			String key = probe.method() + " " + probe.pattern() + " (" + probe.field() + ")";
			String caller = switch (probe.caller()) {
				case ADMIN -> Demo.JINGKAI_ADMIN;
				case JUDGE -> reach.text("judgeLogin");
				case MEMBER -> reach.text("freeCard");
			};
			long before = auditRowsBy(caller);
			MvcResult result = mvc.perform(request(probe, reach).with(csrf()).with(logins.as(caller))).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (probe.pattern().startsWith("/api/")) {
				softly.assertThat(status).as(key + ": " + body).isIn(400, 403, 404);
				if (status == 400 && probe.field() != null) {
					softly.assertThat(body).as(key).contains("\"field\":\"" + probe.field() + "\"");
				}
			}
			else if (status == 200) {
				BindingResult form = formOf(result);
				if (probe.field() == null) {
					softly.assertThat(form != null || body.contains("role=\"alert\""))
						.as(key + " shows the error")
						.isTrue();
				}
				else {
					softly.assertThat(form).as(key + " shows its form again with the error").isNotNull();
					if (form != null) {
						softly.assertThat(form.hasFieldErrors(probe.field()))
							.as(key + ": " + form.getAllErrors())
							.isTrue();
					}
				}
			}
			else if (status == 302) {
				softly.assertThat(result.getFlashMap().get("failure")).as(key + " says why it failed").isNotNull();
			}
			else {
				softly.assertThat(status).as(key).isIn(403, 404);
			}
			softly.assertThat(auditRowsBy(caller)).as(key + " changes nothing").isEqualTo(before);
		}
		softly.assertAll();
	}

	@Test
	void theJingkaiAdminReachesTheRecordsTheBodyProbesAimAt() throws Exception {
		Targets reach = targets.jingkai();
		for (String url : List.of("/orgs/" + reach.id("org"), "/accounts/" + reach.id("account"),
				"/members/" + reach.id("member"), "/manage/contests/" + reach.id("draftContest"),
				"/manage/contests/" + reach.id("openContest"), "/entries/" + reach.id("entry"),
				"/manage/rounds/" + reach.id("round"), "/manage/contests/" + reach.id("judgingContest") + "/awards")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.get(url).with(logins.as(Demo.JINGKAI_ADMIN)))
				.andReturn()
				.getResponse()
				.getStatus()).as(url).isEqualTo(200);
		}
	}

	private long auditRowsBy(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/** The form a page showed again, if it did. */
	private static BindingResult formOf(MvcResult result) {
		if (result.getModelAndView() == null) {
			return null;
		}
		return result.getModelAndView()
			.getModel()
			.values()
			.stream()
			.filter(BindingResult.class::isInstance)
			.map(BindingResult.class::cast)
			.filter(BindingResult::hasErrors)
			.findFirst()
			.orElse(null);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(BodyProbe probe, Targets reach) {
		String url = probe.url().apply(reach, ids);
		String content = probe.body() == null ? null : probe.body().apply(reach, ids);
		String part = multipart().get(probe.method() + " " + probe.pattern());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (part != null) {
			builder = MockMvcRequestBuilders.multipart(url)
				.file(new MockMultipartFile(part, "upload.csv", "text/csv",
						(content == null ? "姓名,证件号码,就业类型\n" : content).getBytes(StandardCharsets.UTF_8)));
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), url);
			if (content != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(content);
			}
		}
		builder.with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		});
		return builder;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Probe probe) {
		String part = multipart().get(probe.method() + " " + probe.pattern());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (part != null) {
			String content = probe.body() == null ? "姓名,证件号码,就业类型\n" : fill(probe.body());
			builder = MockMvcRequestBuilders.multipart(probe.url().apply(ids))
				.file(new MockMultipartFile(part, "upload.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), probe.url().apply(ids));
			if (probe.body() != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(fill(probe.body()));
			}
		}
		builder.with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		});
		return builder;
	}

	/**
	 * The probe body with the fixture's ids in place of MEMBER, CARD, TRACK, FINANCE and
	 * %d (the finance union).
	 */
	private String fill(String body) {
		return body.replace("MEMBER", String.valueOf(ids.id("member")))
			.replace("CARD", ids.text("memberCard"))
			.replace("TRACK", String.valueOf(ids.id("openTrack")))
			.replace("FINANCE", String.valueOf(ids.id("finance")))
			.replace("%d", String.valueOf(ids.id("finance")));
	}

}
