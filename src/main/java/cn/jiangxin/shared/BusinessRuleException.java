package cn.jiangxin.shared;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain. It carries a message code (resolved in the
 * user's language), its arguments, the form field it concerns (if any) and the HTTP
 * status to answer with.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] args;

	private final HttpStatus status;

	private BusinessRuleException(HttpStatus status, String field, String code, Object... args) {
		super(code);
		this.status = status;
		this.field = field;
		this.code = code;
		this.args = args;
	}

	/** Bad input in one field: 400 with a field error. */
	public static BusinessRuleException invalid(String field, String code, Object... args) {
		return new BusinessRuleException(HttpStatus.BAD_REQUEST, field, code, args);
	}

	/** A request that conflicts with the current state: 409. */
	public static BusinessRuleException conflict(String code, Object... args) {
		return new BusinessRuleException(HttpStatus.CONFLICT, null, code, args);
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	public HttpStatus status() {
		return status;
	}

}
