package cn.jiangxin.member;

/** A member's gender, as on the identity document. */
public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "member.gender." + name();
	}

}
