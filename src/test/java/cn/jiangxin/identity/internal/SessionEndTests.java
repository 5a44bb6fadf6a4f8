package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.BearerTokens;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * A new password or a disabled account ends the account's page sessions and API tokens at
 * once, except the session in which the person changed their own password; a token can be
 * revoked by its holder.
 */
@IntegrationTest
class SessionEndTests {

	static final String PASSWORD = "Session-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountApi accounts;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Test
	void disablingAnAccountEndsItsSessionsAndTokens() {
		String username = newJudge();
		MockHttpSession session = signIn(username, PASSWORD);
		String token = BearerTokens.issue(mvc, username, PASSWORD);
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();

		long id = accounts.findByUsername(username).orElseThrow().id();
		assertThat(mvc.post()
			.uri("/accounts/{id}", id)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("username", username)
			.param("displayName", "测试专家")
			.param("orgId", String.valueOf(orgs.id(Demo.JINGKAI)))
			.param("roles", "JUDGE")
			.param("enabled", "false")).hasStatus(HttpStatus.FOUND);

		assertSignedOut(session);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anAdminsNewPasswordEndsTheAccountsSessions() {
		String username = newJudge();
		MockHttpSession session = signIn(username, PASSWORD);
		long id = accounts.findByUsername(username).orElseThrow().id();
		assertThat(mvc.post()
			.uri("/accounts/{id}/password", id)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("password", "Reset-by-admin-2026")).hasStatus(HttpStatus.FOUND);
		assertSignedOut(session);
		assertThat(mvc.perform(formLogin("/login").user(username).password("Reset-by-admin-2026")))
			.hasRedirectedUrl("/");
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
		String username = newJudge();
		MockHttpSession here = signIn(username, PASSWORD);
		MockHttpSession elsewhere = signIn(username, PASSWORD);
		String token = BearerTokens.issue(mvc, username, PASSWORD);
		assertThat(mvc.post()
			.uri("/account/password")
			.session(here)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Changed-here-2026")
			.param("confirmation", "Changed-here-2026")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");

		assertThat(mvc.get().uri("/account/password").session(here)).hasStatusOk();
		assertSignedOut(elsewhere);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aTokenHolderRevokesTheirToken() {
		String username = newJudge();
		String revoked = BearerTokens.issue(mvc, username, PASSWORD);
		String kept = BearerTokens.issue(mvc, username, PASSWORD);
		long id = accounts.findByUsername(username).orElseThrow().id();
		long audited = orgs.auditRows("account", id);

		assertThat(mvc.delete().uri("/api/v1/auth/token").header("Authorization", "Bearer " + revoked))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(orgs.auditRows("account", id)).isEqualTo(audited + 1);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + revoked))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.delete().uri("/api/v1/auth/token").header("Authorization", "Bearer " + revoked))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + kept)).hasStatusOk();

		assertThat(mvc.delete().uri("/api/v1/auth/token")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.delete().uri("/api/v1/auth/token").with(logins.as(username)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("Authorization");
	}

	private void assertSignedOut(MockHttpSession session) {
		assertThat(mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	private MockHttpSession signIn(String username, String password) {
		MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(password));
		assertThat(result).hasRedirectedUrl("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String newJudge() {
		String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.provision(username, "测试专家", PASSWORD, orgs.id(Demo.JINGKAI), Set.of(Role.JUDGE), Set.of());
		return username;
	}

}
