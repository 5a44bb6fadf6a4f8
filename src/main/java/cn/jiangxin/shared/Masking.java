package cn.jiangxin.shared;

/**
 * Masks personal data for display, logs and the audit trail: {@code 110105********1234},
 * {@code 138****5678}.
 */
public final class Masking {

	private Masking() {
	}

	/** Keeps the first six and last four characters of an identity document number. */
	public static String idNumber(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= 10) {
			return keepEnds(value, 1, 1);
		}
		return keepEnds(value, 6, 4);
	}

	/** Keeps the first three and last four digits of a phone number. */
	public static String phone(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() < 8) {
			return keepEnds(value, 1, 1);
		}
		return keepEnds(value, 3, 4);
	}

	/**
	 * Keeps a name's first character: {@code 宗**}, for people who have not yet agreed to
	 * be shown.
	 */
	public static String name(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int first = Character.charCount(value.codePointAt(0));
		return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
	}

	/** Replaces everything: for secrets such as passwords and tokens. */
	public static String secret(String value) {
		return value == null ? null : "******";
	}

	private static String keepEnds(String value, int head, int tail) {
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
