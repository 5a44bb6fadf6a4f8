package cn.jiangxin.member;

import java.util.regex.Pattern;

/** The identity document a member is known by. */
public enum IdType {

	/**
	 * 居民身份证 (including the 18-digit residence permits of Hong Kong, Macao and Taiwan
	 * residents).
	 */
	RESIDENT_ID(null),
	/** 护照. */
	PASSPORT("[A-Z0-9]{5,17}"),
	/** 港澳居民来往内地通行证. */
	HK_MACAO_PERMIT("[HM]\\d{8}(\\d{2})?"),
	/** 台湾居民来往大陆通行证. */
	TAIWAN_PERMIT("\\d{8}(\\d{2})?");

	private final Pattern pattern;

	IdType(String regex) {
		this.pattern = regex == null ? null : Pattern.compile(regex);
	}

	/**
	 * Whether a normalized number has the form of this document; resident IDs are checked
	 * in full elsewhere.
	 */
	public boolean matchesForm(String number) {
		return pattern == null || pattern.matcher(number).matches();
	}

	public String messageKey() {
		return "member.idType." + name();
	}

}
