package cn.jiangxin.innovation.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Small text helpers the module's stores and page forms share. */
final class Texts {

	/** What separates the items typed in one box: commas, 、, semicolons, line ends. */
	static final String LINES = "[,，、;；\\n]+";

	/** The same, and spaces as well (for card numbers and tags, which hold none). */
	static final String WORDS = "[,，、;；\\s]+";

	private Texts() {
	}

	/** The text stripped, or null when blank. */
	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The items typed in one box, split by {@code separators}, stripped, blanks left out.
	 */
	static List<String> items(String text, String separators) {
		return text == null ? List.of()
				: Arrays.stream(text.split(separators)).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	/** {@code n} JDBC placeholders for an IN list, such as ?, ?, ? for three. */
	static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

}
