package cn.jiangxin.contest.internal;

/**
 * Counts words as Chinese word limits mean them (字数): every Chinese character is one, and
 * every run of Latin letters or digits is one more; spaces and punctuation count nothing.
 */
final class WordCount {

	private WordCount() {
	}

	static int of(String text) {
		if (text == null) {
			return 0;
		}
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
				count++;
				inWord = false;
			}
			else if (Character.isLetterOrDigit(cp)) {
				if (!inWord) {
					count++;
					inWord = true;
				}
			}
			else {
				inWord = cp == '\'' || cp == '-' ? inWord : false;
			}
		}
		return count;
	}

}
