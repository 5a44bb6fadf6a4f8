package cn.jiangxin.member;

/** The standing of a membership: 在会, 转出, 退会, or 保留会籍 for retired or unemployed members. */
public enum MemberStatus {

	ACTIVE, TRANSFERRED_OUT, WITHDRAWN, RETAINED;

	public String messageKey() {
		return "member.status." + name();
	}

}
