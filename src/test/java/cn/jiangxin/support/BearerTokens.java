package cn.jiangxin.support;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signs in through the API for a bearer token, as a client of the API does. */
public final class BearerTokens {

	private BearerTokens() {
	}

	/**
	 * The token {@code POST /api/v1/auth/token} issues for the account, or the answer's
	 * body if it issues none.
	 */
	public static String issue(MockMvcTester mvc, String username, String password) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
			.exchange();
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

}
