package cn.jiangxin.exam.internal.bank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How answers are written down and compared: option keys A–H, true or false as T and F,
 * and filled-in blanks compared without regard to case, full- or half-width forms and
 * spacing (ＡＢＣ，abc and "a b c" stand for the same).
 */
public final class Answers {

	/** The option keys in order; a question has at most eight options. */
	public static final String KEYS = "ABCDEFGH";

	/** Separates a blank's accepted answers in a key. */
	public static final String ALTERNATIVES = "|";

	private Answers() {
	}

	/** A blank's text as compared: NFKC, lower case, trimmed, inner spaces collapsed. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		return folded.replaceAll("\\s+", " ");
	}

	/** Option keys as a sorted string without repeats: "CA" and "AC" are "AC". */
	public static String choiceSet(List<String> keys) {
		TreeSet<Character> set = new TreeSet<>();
		for (String key : keys) {
			for (char c : key.toCharArray()) {
				set.add(Character.toUpperCase(c));
			}
		}
		StringBuilder out = new StringBuilder();
		set.forEach(out::append);
		return out.toString();
	}

	/** The blanks of a fill-in key: one list of accepted answers per blank. */
	public static List<List<String>> blanks(String key) {
		List<List<String>> blanks = new ArrayList<>();
		if (key == null || key.isBlank()) {
			return blanks;
		}
		for (String line : key.split("\n")) {
			List<String> accepted = new ArrayList<>();
			for (String alternative : line.split("\\" + ALTERNATIVES)) {
				String value = normalise(alternative);
				if (!value.isEmpty()) {
					accepted.add(value);
				}
			}
			blanks.add(accepted);
		}
		return blanks;
	}

	/**
	 * The number of options a key of a choice question may name, from its option count.
	 */
	public static String keysFor(int options) {
		return KEYS.substring(0, Math.min(options, KEYS.length()));
	}

	/** Whether every character of {@code keys} is one of {@code allowed}. */
	public static boolean within(String keys, String allowed) {
		return keys.chars().allMatch(c -> allowed.indexOf(c) >= 0);
	}

	/** A key's option letters as a list of one-letter strings. */
	public static List<String> letters(String keys) {
		return Arrays.stream(keys.split("")).filter(s -> !s.isEmpty()).toList();
	}

}
