package cn.jiangxin.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.PublicPaths;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

/**
 * How every request is let in: the API by bearer token or the page session (401/403 as
 * problem details), pages by form sign-in; sessions end when their account's credentials
 * change; Argon2id password hashes; roles checked on each handler; the same security
 * headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

	/**
	 * No observation of the filter chain, sign-ins or checks: the property
	 * {@code management.observations.enable.spring.security=false} silences them, this
	 * also takes away the wrapper around every filter that would still run per request.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** The strict firewall, its header checks without regular expressions. */
	@Bean
	HttpFirewall httpFirewall() {
		return HeaderFirewall.strict();
	}

	/** Every filter chain behind that firewall. */
	@Bean
	WebSecurityCustomizer firewallForEveryChain(HttpFirewall firewall) {
		return web -> web.httpFirewall(firewall);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Signs in by user name and password. A locked or disabled account's password is
	 * checked all the same, and an unknown name's against a dummy hash, so that every
	 * failure takes the same work (SignInFailureTests).
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwords,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * The filter chains and method security, only where there is a web server to guard.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	@EnableMethodSecurity
	static class Chains {

		@Bean
		@Order(1)
		SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
				ProblemResponses problems, CurrentCredentials credentials, ObjectProvider<PublicPaths> publicPaths)
				throws Exception {
			var entryPoint = problems.entryPoint();
			String[] publicApiReads = all(publicPaths, PublicPaths::apiReads);
			String[] publicApiPosts = all(publicPaths, PublicPaths::apiPosts);
			http.securityMatcher("/api/**")
				.authenticationManager(authenticationManager)
				.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, publicApiPosts)
					.permitAll()
					.requestMatchers(HttpMethod.GET, publicApiReads)
					.permitAll()
					.anyRequest()
					.authenticated())
				.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken)
					.ignoringRequestMatchers(postsTo(publicApiPosts)))
				.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(signInFirst(entryPoint, problems.accessDenied())))
				.addFilterAfter(new CredentialsCheckFilter(credentials), SecurityContextHolderFilter.class)
				.addFilterBefore(new BearerTokenFilter(tokens, entryPoint), AnonymousAuthenticationFilter.class)
				.formLogin(AbstractHttpConfigurer::disable)
				.httpBasic(AbstractHttpConfigurer::disable)
				.logout(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				.headers(SecurityConfiguration::headers);
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
				CurrentCredentials credentials, ObjectProvider<PublicPaths> publicPaths) throws Exception {
			AuthenticationEntryPoint entryPoint = pageEntryPoint();
			String[] publicPages = all(publicPaths, PublicPaths::pages);
			http.authenticationManager(authenticationManager)
				.authorizeHttpRequests(requests -> requests
					.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
					.permitAll()
					.requestMatchers(publicPages)
					.permitAll()
					.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
					.permitAll()
					.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.access(loopbackOrSystemAdmin())
					.anyRequest()
					.authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
				.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(signInFirst(formAgainOnPublicPages(publicPages, entryPoint),
							new AccessDeniedHandlerImpl())))
				.addFilterAfter(new CredentialsCheckFilter(credentials), SecurityContextHolderFilter.class)
				.headers(SecurityConfiguration::headers);
			return http.build();
		}

	}

	/**
	 * The same headers on every answer: the content security policy, framing by this site
	 * only (X-Frame-Options and frame-ancestors agree), and no referrer sent to other
	 * sites.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/** The paths of one kind that every module opens to anyone ({@link PublicPaths}). */
	private static String[] all(ObjectProvider<PublicPaths> publicPaths, Function<PublicPaths, List<String>> kind) {
		return publicPaths.stream().flatMap(paths -> kind.apply(paths).stream()).toArray(String[]::new);
	}

	/**
	 * Only POST is public on the public API paths, so only POST there goes without a CSRF
	 * token.
	 */
	private static RequestMatcher[] postsTo(String[] publicApiPosts) {
		return Arrays.stream(publicApiPosts)
			.map(path -> PathPatternRequestMatcher.pathPattern(HttpMethod.POST, path))
			.toArray(RequestMatcher[]::new);
	}

	/**
	 * An anonymous write without a valid CSRF token is asked to sign in (401 by the API,
	 * the sign-in page for pages) like any anonymous request; a signed-in one is refused
	 * as before.
	 */
	private static AccessDeniedHandler signInFirst(AuthenticationEntryPoint entryPoint, AccessDeniedHandler otherwise) {
		return (request, response, ex) -> {
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated();
			if (ex instanceof CsrfException && anonymous) {
				entryPoint.commence(request, response, new InsufficientAuthenticationException("sign in first", ex));
			}
			else {
				otherwise.handle(request, response, ex);
			}
		};
	}

	/**
	 * Where an anonymous page write with a missing or stale CSRF token goes: a public
	 * form (joining, say) is shown again with a fresh token; anything else goes to the
	 * sign-in page.
	 */
	private static AuthenticationEntryPoint formAgainOnPublicPages(String[] publicPages,
			AuthenticationEntryPoint signIn) {
		List<RequestMatcher> matchers = Arrays.stream(publicPages)
			.<RequestMatcher>map(PathPatternRequestMatcher::pathPattern)
			.toList();
		return (request, response, ex) -> {
			if (matchers.stream().anyMatch(matcher -> matcher.matches(request))) {
				response.sendRedirect(request.getRequestURI());
			}
			else {
				signIn.commence(request, response, ex);
			}
		};
	}

	/**
	 * An expired session makes htmx reload the page (and so reach the sign-in page);
	 * anything else is redirected.
	 */
	private static AuthenticationEntryPoint pageEntryPoint() {
		AuthenticationEntryPoint htmx = new HxRefreshHeaderAuthenticationEntryPoint();
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, ex) -> ("true".equals(request.getHeader("HX-Request")) ? htmx : login)
			.commence(request, response, ex);
	}

	/** Metrics are for the scraper on this host and for system admins. */
	private static AuthorizationManager<RequestAuthorizationContext> loopbackOrSystemAdmin() {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				boolean loopback = LOOPBACK.contains(context.getRequest().getRemoteAddr());
				Authentication user = authentication.get();
				boolean admin = user != null && user.getAuthorities()
					.stream()
					.anyMatch(authority -> Role.SYSTEM_ADMIN.authority().equals(authority.getAuthority()));
				return new AuthorizationDecision(loopback || admin);
			}
		};
	}

}
