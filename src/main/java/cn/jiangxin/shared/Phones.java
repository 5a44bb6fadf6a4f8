package cn.jiangxin.shared;

import java.util.regex.Pattern;

/** Telephone numbers as Jiangxin accepts them. */
public final class Phones {

	/** A mainland mobile number: 11 digits starting 13–19. */
	public static final String MOBILE = "1[3-9]\\d{9}";

	/**
	 * An office contact: a mobile, a landline with area code (010-12345678, ext.
	 * optional), or a service line such as 12351.
	 */
	public static final String CONTACT = "(" + MOBILE + "|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|\\d{5,8})";

	private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE);

	private Phones() {
	}

	public static boolean isMobile(String value) {
		return value != null && MOBILE_PATTERN.matcher(value).matches();
	}

	/**
	 * Strips spaces, dashes and a +86 / 0086 prefix from what someone typed as a mobile
	 * number.
	 */
	public static String normalizeMobile(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.replaceAll("[\\s\\-()]", "");
		if (value.startsWith("+86")) {
			value = value.substring(3);
		}
		else if (value.startsWith("0086")) {
			value = value.substring(4);
		}
		return value;
	}

}
