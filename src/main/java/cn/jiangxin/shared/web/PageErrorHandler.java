package cn.jiangxin.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;

/** Shows domain failures on pages as the localized error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	private final MessageSource messages;

	PageErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletResponse response) {
		String entity = text("entity." + ex.entity());
		return page(HttpStatus.NOT_FOUND, text("problem.notFound", entity, String.valueOf(ex.id())), response);
	}

	@ExceptionHandler({ OutOfScopeException.class, AccessDeniedException.class })
	ModelAndView forbidden(RuntimeException ex, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, text("problem.forbidden"), response);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView rule(BusinessRuleException ex, HttpServletResponse response) {
		return page(ex.status(), text(ex.code(), ex.args()), response);
	}

	@ExceptionHandler(RateLimits.TooManyRequestsException.class)
	ModelAndView tooMany(RateLimits.TooManyRequestsException ex, HttpServletResponse response) {
		response.setHeader("Retry-After", "60");
		return page(HttpStatus.TOO_MANY_REQUESTS, text("problem.tooMany"), response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView stale(OptimisticLockingFailureException ex, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, text("problem.staleWrite"), response);
	}

	/** An upload past the size limit, or no well-formed multipart body at all. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView badUpload(MultipartException ex, HttpServletResponse response) {
		return ex instanceof MaxUploadSizeExceededException
				? page(HttpStatus.CONTENT_TOO_LARGE, text("problem.tooLarge"), response)
				: page(HttpStatus.BAD_REQUEST, text("problem.multipart"), response);
	}

	private ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
