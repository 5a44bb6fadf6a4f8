package cn.jiangxin.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The 居民身份证 number of GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd for men) and a check character over the first 17 (ISO 7064 MOD 11-2, {@code X} for
 * 10). Legacy 15-digit numbers are converted to their 18-digit form, the number the
 * holder's current card carries, so that old spreadsheets import and duplicates are found
 * across both forms.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECKS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83", "91");

	private IdNumbers() {
	}

	/** What is wrong with a resident ID number, or why it is right. */
	public enum Verdict {

		VALID, WRONG_LENGTH, NOT_DIGITS, UNKNOWN_REGION, BAD_BIRTH_DATE, WRONG_CHECK_DIGIT;

		public String messageKey() {
			return "member.id." + name();
		}

	}

	/**
	 * Upper-cases, trims and converts a 15-digit number to 18 digits; leaves anything
	 * else as typed.
	 */
	public static String normalize(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
		if (value.length() == 15 && value.chars().allMatch(Character::isDigit)) {
			String first17 = value.substring(0, 6) + "19" + value.substring(6);
			return first17 + checkCharacter(first17);
		}
		return value;
	}

	/** Checks a normalized number. */
	public static Verdict check(String id) {
		if (id == null || id.length() != 18) {
			return Verdict.WRONG_LENGTH;
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(id.charAt(i))) {
				return Verdict.NOT_DIGITS;
			}
		}
		char last = id.charAt(17);
		if (!Character.isDigit(last) && last != 'X') {
			return Verdict.NOT_DIGITS;
		}
		if (!PROVINCES.contains(id.substring(0, 2))) {
			return Verdict.UNKNOWN_REGION;
		}
		LocalDate birth = birthDate(id);
		if (birth == null || birth.isAfter(LocalDate.now(Zones.BEIJING)) || birth.getYear() < 1900) {
			return Verdict.BAD_BIRTH_DATE;
		}
		return checkCharacter(id.substring(0, 17)) == last ? Verdict.VALID : Verdict.WRONG_CHECK_DIGIT;
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECKS[sum % 11];
	}

	/** The birth date a normalized 18-digit number carries, or null if it is no date. */
	public static LocalDate birthDate(String id) {
		try {
			return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** Whether the holder is a man: the 17th digit is odd. */
	public static boolean isMale(String id) {
		return (id.charAt(16) - '0') % 2 == 1;
	}

}
