package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Every answer, page or API, error or static file, sends the same referrer policy and
 * framing rules; an anonymous write is asked to sign in (401 by the API, the sign-in page
 * for pages), not refused as forged.
 */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Test
	void everyAnswerSendsTheSameReferrerPolicyAndFramingRules() {
		Map<String, MockHttpServletResponse> answers = Map.of("sign-in page",
				mvc.get().uri("/login").exchange().getResponse(), "page",
				mvc.get().uri("/").with(logins.as(Demo.JINGKAI_ADMIN)).exchange().getResponse(), "missing page",
				mvc.get().uri("/no-such-page").with(logins.as(Demo.JINGKAI_ADMIN)).exchange().getResponse(),
				"static file", mvc.get().uri("/css/jiangxin.css").exchange().getResponse(), "API",
				mvc.get().uri("/api/v1/me").with(logins.as(Demo.JINGKAI_ADMIN)).exchange().getResponse(), "API error",
				mvc.get().uri("/api/v1/orgs/999999999").with(logins.as(Demo.JINGKAI_ADMIN)).exchange().getResponse(),
				"API sign-in needed", mvc.get().uri("/api/v1/me").exchange().getResponse());
		answers.forEach((what, response) -> {
			assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
			assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
			assertThat(response.getHeader("Content-Security-Policy")).as(what).contains("frame-ancestors 'self'");
		});
	}

	@Test
	void anonymousWritesWithoutACsrfTokenAreAskedToSignIn() {
		assertThat(mvc.post()
			.uri("/api/v1/orgs")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"level\": \"GRASSROOTS\"}")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("请先登录。");
		assertThat(mvc.delete().uri("/api/v1/auth/token")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/orgs/new").param("name", "x")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.post().uri("/orgs/new").param("name", "x").header("HX-Request", "true")).hasHeader("HX-Refresh",
				"true");
		assertThat(mvc.post().uri("/orgs/new").param("name", "x").with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/join/status").param("phone", "13912345678")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/join/status");
	}

}
