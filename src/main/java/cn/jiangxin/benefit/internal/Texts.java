package cn.jiangxin.benefit.internal;

/** Small text helpers for what the benefit forms take. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
