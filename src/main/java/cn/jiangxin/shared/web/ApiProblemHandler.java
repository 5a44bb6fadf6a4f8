package cn.jiangxin.shared.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail in the caller's
 * language, with an {@code errors} list naming the fields at fault. Bad input is a 400,
 * never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	static final URI VALIDATION = URI.create("urn:jiangxin:problem:validation");

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<Object> rule(BusinessRuleException ex, WebRequest request) {
		ProblemDetail problem = ruleProblem(ex.status(), ex.field(), ex.code(), ex.args());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
	}

	/**
	 * The problem a broken rule is answered with, for an endpoint that answers an
	 * expected refusal itself rather than by throwing (a crowd's hot path: no exception
	 * to build and resolve).
	 */
	public ProblemDetail ruleProblem(HttpStatus status, String field, String code, Object... args) {
		String message = text(code, args);
		ProblemDetail problem = problem(status, field == null ? message : text("problem.validation.detail"));
		problem.setProperty("code", code);
		if (field != null) {
			problem.setType(VALIDATION);
			problem.setProperty("errors", List.of(new FieldProblem(field, message)));
		}
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		String entity = text("entity." + ex.entity());
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND,
				text("problem.notFound", entity, String.valueOf(ex.id())));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler({ OutOfScopeException.class, AccessDeniedException.class })
	ResponseEntity<Object> forbidden(RuntimeException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, text("problem.forbidden"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, text(SignInFailures.messageKey(ex)));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNAUTHORIZED, request);
	}

	@ExceptionHandler(RateLimits.TooManyRequestsException.class)
	ResponseEntity<Object> tooMany(RateLimits.TooManyRequestsException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, text("problem.tooMany"));
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "60");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.TOO_MANY_REQUESTS, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleWrite(OptimisticLockingFailureException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, text("problem.staleWrite"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
		log.warn("integrity violation answered as 409: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, text("problem.conflict"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return validationProblem(ex, errors, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return validationProblem(ex, List.of(new FieldProblem(ex.getName(), text("problem.field.type"))), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("unexpected failure on {}", request.getDescription(false), ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), resolve(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), resolve(error))));
		return validationProblem(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, resolve(error))));
		});
		return validationProblem(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
		return validationProblem(ex, List.of(new FieldProblem(field, text("problem.field.type"))), request);
	}

	/**
	 * A body that cannot be read. Where the failure lies in one field (a wrong JSON type,
	 * an enum sent as a number, a fraction for an integer, a number out of range, a text
	 * that is not well-formed Unicode, null in a list, broken JSON inside a field's
	 * value), the problem names that field; otherwise the whole body is malformed.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = pathOf(unknown);
			return validationProblem(ex,
					List.of(new FieldProblem(field == null ? "body" : field, text("problem.field.unknown"))), request);
		}
		for (Throwable link = ex.getCause(); link != null; link = link.getCause()) {
			if (link instanceof UnexpectedEndOfInputException) {
				break;
			}
			if (link instanceof JacksonException jackson) {
				String field = pathOf(jackson);
				if (field == null && jackson.processor() instanceof JsonParser parser) {
					field = pathAt(parser.streamReadContext());
				}
				if (field != null) {
					return validationProblem(ex, List.of(new FieldProblem(field, text(messageCode(jackson)))), request);
				}
				break;
			}
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.malformed"));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * An upload that is no well-formed multipart body: no boundary, cut off, broken
	 * headers.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> malformedUpload(MultipartException ex, WebRequest request) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE,
					request);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.multipart"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(ex, List.of(new FieldProblem(ex.getParameterName(), text("problem.field.required"))),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(ex, List.of(new FieldProblem(ex.getRequestPartName(), text("problem.field.required"))),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, text("problem.tooLarge"));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	/**
	 * Spring's own answers (405, 406, 415, a missing header and the like) carry an
	 * English detail unless a message says otherwise; they get the detail of their status
	 * in the caller's language instead.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse error) {
			ProblemDetail problem = error.updateAndGetBody(messages, locale());
			if (messages.getMessage(error.getDetailMessageCode(), error.getDetailMessageArguments(), null,
					locale()) == null) {
				problem.setDetail(
						messages.getMessage("problem.status." + status.value(), null, problem.getDetail(), locale()));
			}
			body = problem;
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}

	/** Every problem goes out with its title in the caller's language. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(titleFor(status));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ResponseEntity<Object> validationProblem(Exception ex, List<FieldProblem> errors, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.validation.detail"));
		problem.setType(VALIDATION);
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(titleFor(status));
		return problem;
	}

	private String titleFor(HttpStatusCode status) {
		return messages.getMessage("problem.title." + status.value(), null,
				HttpStatus.valueOf(status.value()).getReasonPhrase(), locale());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, locale());
	}

	private String resolve(MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * The field a failure of Jackson lies in ({@code parts[0].weight}), or null at the
	 * top of the body.
	 */
	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	/**
	 * Where the parser stood when it failed, for failures raised below data binding (a
	 * number out of range).
	 */
	private static String pathAt(TokenStreamContext context) {
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inObject() && at.currentName() != null) {
				segments.push((segments.isEmpty() || segments.peek().startsWith("[") ? "" : ".") + at.currentName());
			}
			else if (at.inArray() && at.hasCurrentIndex()) {
				segments.push("[" + at.getCurrentIndex() + "]");
			}
		}
		if (segments.isEmpty()) {
			return null;
		}
		String path = String.join("", segments);
		return path.startsWith(".") ? path.substring(1) : path;
	}

	/** What to say about a field Jackson could not read. */
	private static String messageCode(JacksonException ex) {
		if (ex instanceof InputConfiguration.InvalidInput invalid) {
			return invalid.messageCode();
		}
		if (ex instanceof InputCoercionException || ex instanceof StreamConstraintsException) {
			return "problem.field.range";
		}
		if (ex instanceof InvalidNullException) {
			return "problem.field.null";
		}
		if (ex instanceof StreamReadException) {
			// Bytes that are no UTF-8, or control characters, inside a field's text are
			// bad text, not bad JSON.
			String message = ex.getOriginalMessage();
			return message != null
					&& (message.contains("UTF-8") || message.contains("CTRL-CHAR") || message.contains("surrogate"))
							? "problem.field.text" : "problem.field.syntax";
		}
		return "problem.field.type";
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}

	/** One entry of a problem's {@code errors}: the field and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

}
