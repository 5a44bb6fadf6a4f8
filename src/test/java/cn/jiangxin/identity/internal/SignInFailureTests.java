package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * A failed sign-in does not tell an existing account from an unknown name: a locked or
 * disabled account, a wrong password and an unknown name get the same answer after the
 * same work; the audit log says why in words.
 */
@IntegrationTest
class SignInFailureTests {

	static final String PASSWORD = "Failure-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountApi accounts;

	@Autowired
	AccountService service;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuthenticationEventPublisher events;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Logins logins;

	@Test
	void lockedDisabledWrongAndUnknownLookTheSame() {
		String locked = lockedJudge();
		String disabled = disabledJudge();
		String wrong = newJudge();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		List<String> pages = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String[] attempt : new String[][] { { locked, PASSWORD }, { disabled, PASSWORD }, { wrong, "Not-it-2026" },
				{ unknown, PASSWORD } }) {
			MvcTestResult signIn = mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1]));
			assertThat(signIn).hasRedirectedUrl("/login?error");
			MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
			pages.add(text(mvc.get().uri("/login").param("error", "").session(session).exchange())
				.replaceAll("(?s).*id=\"login-error\"[^>]*>([^<]*)<.*", "$1"));
			MvcTestResult token = mvc.post()
				.uri("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(attempt[0], attempt[1]))
				.exchange();
			assertThat(token).hasStatus(HttpStatus.UNAUTHORIZED);
			problems.add(text(token).replaceAll("\"instance\":\"[^\"]*\"", ""));
		}
		assertThat(pages).as("the sign-in page's messages").hasSize(4).allMatch(pages.get(0)::equals);
		assertThat(pages.get(0)).contains("用户名或密码错误");
		assertThat(problems).as("the API's problems").hasSize(4).allMatch(problems.get(0)::equals);
	}

	@Test
	void everyFailureChecksAPasswordSoTimingTellsNothing() {
		AtomicInteger checks = new AtomicInteger();
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return passwords.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				checks.incrementAndGet();
				return passwords.matches(raw, encoded);
			}
		};
		AuthenticationManager manager = new SecurityConfiguration().authenticationManager(users, counting, events);
		for (String[] attempt : new String[][] { { lockedJudge(), PASSWORD }, { disabledJudge(), PASSWORD },
				{ newJudge(), "Not-it-2026" },
				{ "nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD } }) {
			int before = checks.get();
			assertThatThrownBy(() -> manager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1])))
				.as(attempt[0])
				.isInstanceOf(AuthenticationException.class);
			assertThat(checks.get() - before).as("password checks for " + attempt[0]).isEqualTo(1);
		}
	}

	@Test
	void theAuditLogSaysWhyASignInFailedInWords() {
		String locked = lockedJudge();
		mvc.perform(formLogin("/login").user(locked).password(PASSWORD));
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(formLogin("/login").user(unknown).password(PASSWORD));

		String api = text(mvc.get()
			.uri("/api/v1/audit-events?actor=" + locked)
			.with(logins.as(Demo.ADMIN))
			.header("Accept-Language", "zh-CN")
			.exchange());
		assertThat(api).contains("密码错误").contains("账号已锁定").doesNotContain("Exception");
		String english = text(mvc.get()
			.uri("/api/v1/audit-events?actor=" + locked)
			.with(logins.as(Demo.ADMIN))
			.header("Accept-Language", "en")
			.exchange());
		assertThat(english).contains("Wrong password").contains("Account locked").doesNotContain("Exception");
		String page = text(mvc.get().uri("/audit?actor=" + unknown).with(logins.as(Demo.ADMIN)).exchange());
		assertThat(page).contains("无此账号").doesNotContain("Exception");
	}

	@Test
	void rowsWrittenBeforeShowTheirReasonInWordsToo() {
		String username = newJudge();
		long id = accounts.findByUsername(username).orElseThrow().id();
		jdbc.sql("""
				INSERT INTO audit_event (created_at, actor_id, actor_name, org_id, entity_type, entity_id, action,
				                         before_state, after_state)
				VALUES (CURRENT_TIMESTAMP, ?, ?, ?, 'account', ?, 'LOGIN_FAILED', NULL,
				        '{"reason":"BadCredentialsException","lockedNow":false}')
				""").params(id, username, orgs.id(Demo.JINGKAI), String.valueOf(id)).update();
		assertThat(text(mvc.get().uri("/api/v1/audit-events?actor=" + username).with(logins.as(Demo.ADMIN)).exchange()))
			.contains("用户名或密码错误")
			.doesNotContain("BadCredentialsException");
	}

	private String lockedJudge() {
		String username = newJudge();
		for (int i = 0; i < SignInEvents.MAX_FAILURES; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i));
		}
		return username;
	}

	private String disabledJudge() {
		String username = newJudge();
		long id = accounts.findByUsername(username).orElseThrow().id();
		service.update(logins.actor(Demo.ADMIN), id, new AccountForm(username, "测试专家", orgs.id(Demo.JINGKAI),
				Set.of(Role.JUDGE), Set.of(), false, null, null));
		return username;
	}

	private String newJudge() {
		String username = "failure-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.provision(username, "测试专家", PASSWORD, orgs.id(Demo.JINGKAI), Set.of(Role.JUDGE), Set.of());
		return username;
	}

	private static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
