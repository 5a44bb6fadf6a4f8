package cn.jiangxin.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in Jiangxin's own voice the errors Tomcat meets before any servlet runs (a
 * request line or header too long, an encoded slash, a malformed request): a problem
 * detail on {@code /api/**}, the localized error page elsewhere, instead of Tomcat's
 * English page. Two filters in front of everything else turn an over-long URL into a 414
 * and a malformed or oversized multipart body into a 400 or 413 before sign-in and CSRF
 * checks read the body; both are then answered by {@link ErrorAnswers}, from a request
 * whose body is not read again.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorConfiguration {

	/**
	 * The longest URL (path and query) a request may have; Tomcat itself reads request
	 * lines up to the header size.
	 */
	static final int MAX_URL_LENGTH = 8 * 1024;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReports(MessageSource messages, JsonMapper json) {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					if (context.getParent() instanceof StandardHost host) {
						for (Valve valve : host.getPipeline().getValves()) {
							if (valve instanceof ErrorReportValve) {
								host.getPipeline().removeValve(valve);
							}
						}
						host.setErrorReportValveClass(ErrorReports.class.getName());
						host.getPipeline().addValve(new ErrorReports(messages, json));
					}
				});
			}

		};
	}

	@Bean
	FilterRegistrationBean<ErrorDispatches> errorDispatches() {
		FilterRegistrationBean<ErrorDispatches> registration = new FilterRegistrationBean<>(new ErrorDispatches());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<LongUrls> longUrls() {
		FilterRegistrationBean<LongUrls> registration = new FilterRegistrationBean<>(new LongUrls());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<MultipartBodies> multipartBodies() {
		FilterRegistrationBean<MultipartBodies> registration = new FilterRegistrationBean<>(new MultipartBodies());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Renders an error page from a request whose body is never read again: the error
	 * being answered may be that the body could not be parsed (Tomcat then refuses every
	 * read of its parameters), so on the way to the error page the request is no
	 * multipart request and its unreadable parameters are none.
	 */
	static final class ErrorDispatches implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			chain.doFilter(request instanceof HttpServletRequest http ? new BodyUnread(http) : request, response);
		}

	}

	/** A request seen without its body. */
	static final class BodyUnread extends HttpServletRequestWrapper {

		BodyUnread(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			String type = super.getContentType();
			return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? null : type;
		}

		@Override
		public String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (IllegalStateException unreadable) {
				return null;
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				return Map.of();
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (IllegalStateException unreadable) {
				return Collections.emptyEnumeration();
			}
		}

		@Override
		public String[] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (IllegalStateException unreadable) {
				return null;
			}
		}

	}

	/** Refuses a URL longer than {@link #MAX_URL_LENGTH} with 414. */
	static final class LongUrls extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String query = request.getQueryString();
			if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_URL_LENGTH) {
				response.sendError(HttpStatus.URI_TOO_LONG.value());
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Reads a multipart body's parts once, before anything else reads its parameters (the
	 * CSRF check does): a body without a boundary or cut short is a 400, one past the
	 * upload limit a 413. Tomcat keeps the parts, so nothing is read twice.
	 */
	static final class MultipartBodies extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				try {
					request.getParts();
				}
				catch (Exception ex) {
					// Tomcat reports a body it cannot parse in several ways, some not
					// declared by getParts().
					boolean tooLarge = tooLarge(ex);
					request.setAttribute(ErrorAnswers.DETAIL, tooLarge ? "problem.tooLarge" : "problem.multipart");
					response
						.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
					return;
				}
			}
			chain.doFilter(request, response);
		}

		private static boolean tooLarge(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				String name = cause.getClass().getSimpleName();
				if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
					return true;
				}
				if (cause.getCause() == cause) {
					break;
				}
			}
			return false;
		}

	}

	/**
	 * Tomcat's error report in Jiangxin's voice: a problem detail for the API, a small
	 * localized page for the rest. Where Tomcat could not even read the request line, the
	 * path is looked for in the bytes it read.
	 */
	static final class ErrorReports extends ErrorReportValve {

		private final MessageSource messages;

		private final JsonMapper json;

		ErrorReports(MessageSource messages, JsonMapper json) {
			this.messages = messages;
			this.json = json;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int code = response.getStatus();
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			HttpStatus status = HttpStatus.resolve(code);
			if (status == null) {
				status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
			}
			String path = pathOf(request);
			boolean api = path != null && path.startsWith("/api/");
			Locale locale = api ? LocaleConfiguration.localeFor(path, header(request, HttpHeaders.ACCEPT_LANGUAGE))
					: pageLocale(request);
			String title = messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
					locale);
			String detail = messages.getMessage("problem.status." + status.value(), null, title, locale);
			try {
				String body;
				if (api) {
					ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
					problem.setTitle(title);
					if (path.indexOf('?') < 0 && path.length() < 2048) {
						problem.setInstance(URI.create(path));
					}
					body = json.writeValueAsString(problem);
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				}
				else {
					body = page(status, title, detail, locale);
					response.setContentType(MediaType.TEXT_HTML_VALUE);
				}
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | RuntimeException ex) {
				// The client is gone or the response cannot take a body; there is no one
				// left to tell.
			}
		}

		private String page(HttpStatus status, String title, String detail, Locale locale) {
			String heading = messages.getMessage("error.title", null, "Error", locale);
			String back = messages.getMessage("error.back", null, "Home", locale);
			return """
					<!DOCTYPE html>
					<html lang="%s"><head><meta charset="utf-8">
					<meta name="viewport" content="width=device-width, initial-scale=1">
					<title>%s · 匠心</title>
					<link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
					<body class="bg-body-tertiary"><main class="container py-5"><div class="card border-danger-subtle mx-auto" style="max-width: 32rem">
					<div class="card-body p-4 text-center"><div class="display-6 text-danger mb-2">%d</div><h1 class="h4">%s</h1>
					<p class="text-body-secondary">%s</p><a class="btn btn-primary" href="/">%s</a></div></div></main></body></html>
					"""
				.formatted(locale.toLanguageTag(), HtmlUtils.htmlEscape(title), status.value(),
						HtmlUtils.htmlEscape(heading), HtmlUtils.htmlEscape(detail), HtmlUtils.htmlEscape(back));
		}

		private static Locale pageLocale(Request request) {
			try {
				Cookie[] cookies = request.getCookies();
				if (cookies != null) {
					for (Cookie cookie : cookies) {
						if (LocaleConfiguration.COOKIE.equals(cookie.getName())) {
							Locale chosen = LocaleConfiguration.SupportedLocales.match(cookie.getValue());
							if (chosen != null) {
								return chosen;
							}
						}
					}
				}
			}
			catch (RuntimeException unreadableHeaders) {
				// Headers Tomcat could not parse carry no language.
			}
			return LocaleConfiguration.SupportedLocales.DEFAULT;
		}

		private static String header(Request request, String name) {
			try {
				return request.getHeader(name);
			}
			catch (RuntimeException unreadableHeaders) {
				return null;
			}
		}

		/**
		 * The request's path, or where Tomcat stopped before reading it, the path in the
		 * bytes it had read.
		 */
		static String pathOf(Request request) {
			String uri = request.getCoyoteRequest().requestURI().toString();
			if (uri != null && !uri.isEmpty()) {
				return uri;
			}
			if (request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler handler
					&& handler.getByteBuffer() != null) {
				ByteBuffer bytes = handler.getByteBuffer().duplicate();
				int end = Math.min(bytes.limit(), 4096);
				int at = 0;
				while (at < end && (bytes.get(at) == '\r' || bytes.get(at) == '\n')) {
					at++;
				}
				while (at < end && bytes.get(at) != ' ') {
					at++;
				}
				int start = ++at;
				while (at < end && bytes.get(at) != ' ' && bytes.get(at) != '?' && bytes.get(at) != '\r') {
					at++;
				}
				if (start < at && bytes.get(start) == '/') {
					byte[] path = new byte[at - start];
					bytes.get(start, path);
					return new String(path, StandardCharsets.ISO_8859_1);
				}
			}
			return null;
		}

	}

}
