package cn.jiangxin.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import cn.jiangxin.shared.web.SignInFailures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's 401 and 403 answers from the security filters as localized problem
 * details.
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> write(request, response, HttpStatus.UNAUTHORIZED,
				SignInFailures.messageKey(ex));
	}

	AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailCode)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailCode, null, detailCode, locale));
		problem
			.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"jiangxin\"");
		}
		json.writeValue(response.getOutputStream(), problem);
	}

}
