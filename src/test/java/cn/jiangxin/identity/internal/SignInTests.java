package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.support.BearerTokens;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Signing in: the lockout after five failures, bearer tokens, and changing a password.
 */
@IntegrationTest
class SignInTests {

	static final String PASSWORD = "Sign-in-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountApi accounts;

	@Autowired
	AccountService service;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Logins logins;

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveFailures() {
		String username = newJudge();
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i)))
				.hasRedirectedUrl("/login?error");
		}
		Instant lockedUntil = jdbc.sql("SELECT locked_until FROM account WHERE username = ?")
			.params(username)
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14),
				Duration.ofMinutes(15));

		MvcTestResult withRightPassword = mvc.perform(formLogin("/login").user(username).password(PASSWORD));
		assertThat(withRightPassword).hasRedirectedUrl("/login?error");
		assertThat(mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD)))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("锁定");
		long failures = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_name = ? AND action = 'LOGIN_FAILED'")
			.params(username)
			.query(Long.class)
			.single();
		assertThat(failures).isEqualTo(7);

		service.unlock(logins.actor(Demo.ADMIN), accounts.findByUsername(username).orElseThrow().id());
		assertThat(mvc.perform(formLogin("/login").user(username).password(PASSWORD))).hasRedirectedUrl("/");
	}

	@Test
	void aSuccessResetsTheCountOfFailures() {
		String username = newJudge();
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-password"));
		}
		assertThat(mvc.perform(formLogin("/login").user(username).password(PASSWORD))).hasRedirectedUrl("/");
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-password"));
		}
		assertThat(mvc.perform(formLogin("/login").user(username).password(PASSWORD))).hasRedirectedUrl("/");
	}

	@Test
	void issuesABearerTokenThatOpensTheApi() {
		String token = BearerTokens.issue(mvc, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.username")
			.isEqualTo(Demo.JINGKAI_ADMIN);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer not-a-token"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"jingkai\", \"password\": \"nope\"}")).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("用户名或密码错误");
		assertThat(mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("username", "password");
	}

	@Test
	void aTokenWritesWithoutACsrfTokenButASessionNeedsOne() {
		String token = BearerTokens.issue(mvc, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
		String body = "{\"parentId\": %d, \"name\": \"令牌公司工会%s\", \"level\": \"GRASSROOTS\"}"
			.formatted(orgs.id(Demo.JINGKAI), UUID.randomUUID().toString().substring(0, 5));
		assertThat(mvc.post()
			.uri("/api/v1/orgs")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.CREATED);
		assertThat(mvc.post()
			.uri("/api/v1/orgs")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void changingThePasswordRevokesTokens() {
		String username = newJudge();
		String token = BearerTokens.issue(mvc, username, PASSWORD);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk();
		logins.runAs(username,
				() -> service.changeOwnPassword(logins.actor(username), PASSWORD, "Changed-2026!", "Changed-2026!"));
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.perform(formLogin("/login").user(username).password("Changed-2026!"))).hasRedirectedUrl("/");
	}

	@Test
	void thePasswordPageNamesTheFieldAtFault() {
		String username = newJudge();
		assertThat(mvc.post()
			.uri("/account/password")
			.with(logins.as(username))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("currentPassword", "wrong")
			.param("newPassword", "Another-2026")
			.param("confirmation", "Another-2026")).hasStatusOk().bodyText().contains("当前密码不正确");
	}

	@Test
	void theHomePageShowsTheSignInBeforeThisOne() {
		String username = newJudge();
		assertThat(mvc.perform(formLogin("/login").user(username).password(PASSWORD))).hasRedirectedUrl("/");
		Instant first = jdbc.sql("SELECT last_login_at FROM account WHERE username = ?")
			.param(username)
			.query(Instant.class)
			.single();
		assertThat(mvc.get().uri("/").with(logins.as(username))).hasStatusOk()
			.bodyText()
			.as("no sign-in before the first")
			.doesNotContain("上次登录");
		jdbc.sql("UPDATE account SET last_login_at = ? WHERE username = ?")
			.params(Timestamp.from(first.minusSeconds(86_400 * 3)), username)
			.update();
		assertThat(mvc.perform(formLogin("/login").user(username).password(PASSWORD))).hasRedirectedUrl("/");
		String earlier = Zones.minute(first.minusSeconds(86_400 * 3));
		assertThat(mvc.get().uri("/").with(logins.as(username))).hasStatusOk().bodyText().contains("上次登录", earlier);
	}

	private String newJudge() {
		String username = "judge-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.provision(username, "测试专家", PASSWORD, orgs.id(Demo.JINGKAI), Set.of(Role.JUDGE), Set.of());
		return username;
	}

}
