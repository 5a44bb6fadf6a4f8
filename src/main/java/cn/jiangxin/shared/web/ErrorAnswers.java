package cn.jiangxin.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to every error that no controller answered itself: an unknown path (404), a
 * method or content type a path does not take (405, 415), an upload past the size limit
 * (413) or not a well-formed multipart body (400), a URL the firewall refuses, a failure
 * outside any controller. The API ({@code /api/**}) gets a problem detail, pages get the
 * localized error page, both with the right status and in the caller's language; never
 * Tomcat's page, never a 500 for bad input.
 */
@Controller
class ErrorAnswers implements ErrorController {

	/**
	 * A request attribute naming the message that says more than the status does (a bad
	 * upload, say).
	 */
	static final String DETAIL = ErrorAnswers.class.getName() + ".detail";

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorAnswers(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Locale locale = LocaleContextHolder.getLocale();
		String detail = request.getAttribute(DETAIL) instanceof String code ? messages.getMessage(code, null, locale)
				: detail(status, locale);
		response.setStatus(status.value());
		if (path != null && path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title(status, locale));
			problem.setInstance(URI.create(path.replace(" ", "%20")));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", detail);
		return page;
	}

	/**
	 * The status of the error, with bad uploads and refused URLs as what they are rather
	 * than as failures.
	 */
	static HttpStatus statusOf(HttpServletRequest request) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException) {
				request.setAttribute(DETAIL, "problem.tooLarge");
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			if (cause instanceof MultipartException) {
				request.setAttribute(DETAIL, "problem.multipart");
				return HttpStatus.BAD_REQUEST;
			}
			if (cause instanceof RequestRejectedException) {
				return HttpStatus.BAD_REQUEST;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private String detail(HttpStatus status, Locale locale) {
		return messages.getMessage("problem.status." + status.value(), null,
				messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale), locale);
	}

	private String title(HttpStatus status, Locale locale) {
		return messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
	}

}
