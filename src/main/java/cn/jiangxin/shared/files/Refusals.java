package cn.jiangxin.shared.files;

import java.time.Instant;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * The answers to a spreadsheet past one of its {@link SpreadsheetLimits}: a field error
 * on {@code file} whose message names the bound, and the clock that tells when a read has
 * taken too long.
 */
final class Refusals {

	/** The most parts (zip entries) an xlsx may have; Excel writes about a dozen. */
	static final int PARTS = 1_000;

	private final SpreadsheetLimits limits;

	private final Instant deadline;

	Refusals(SpreadsheetLimits limits) {
		this.limits = limits;
		this.deadline = Instant.now().plus(limits.time());
	}

	SpreadsheetLimits limits() {
		return limits;
	}

	/** Refuses the file once the time for reading it is up. */
	void checkTime() {
		if (Instant.now().isAfter(deadline)) {
			throw refuse("spreadsheet.limit.time", Math.max(1, limits.time().toSeconds()));
		}
	}

	BusinessRuleException inflatedSize() {
		return refuse("spreadsheet.limit.inflatedSize", megabytes(limits.inflatedSize().toBytes()));
	}

	BusinessRuleException inflationRatio() {
		return refuse("spreadsheet.limit.inflationRatio", limits.inflationRatio());
	}

	BusinessRuleException cellLength() {
		return refuse("spreadsheet.limit.cellLength", limits.cellLength());
	}

	BusinessRuleException rows() {
		return refuse("spreadsheet.limit.rows", limits.rows());
	}

	BusinessRuleException columns() {
		return refuse("spreadsheet.limit.columns", limits.columns());
	}

	BusinessRuleException sharedStrings() {
		return refuse("spreadsheet.limit.sharedStrings", limits.sharedStrings());
	}

	BusinessRuleException sharedStringsLength() {
		return refuse("spreadsheet.limit.sharedStringsLength", limits.sharedStringsLength());
	}

	BusinessRuleException tooManyParts() {
		return refuse("spreadsheet.limit.parts", PARTS);
	}

	/**
	 * Markup no spreadsheet program writes: over-long tags, deep nesting, a DTD, dangling
	 * references.
	 */
	BusinessRuleException structure() {
		return refuse("spreadsheet.limit.structure");
	}

	static BusinessRuleException unreadable() {
		return BusinessRuleException.invalid("file", "spreadsheet.unreadable");
	}

	/**
	 * The refusal inside a failure of a library that read on our guarded streams, if
	 * there is one.
	 */
	static BusinessRuleException within(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BusinessRuleException refusal) {
				return refusal;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

	private static BusinessRuleException refuse(String code, Object... args) {
		return BusinessRuleException.invalid("file", code, args);
	}

}
