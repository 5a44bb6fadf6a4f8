package cn.jiangxin.member;

/**
 * The standing of a membership: 在会, 转出, 退会, or 保留会籍 for retired or unemployed members.
 */
public enum MemberStatus {

	ACTIVE, TRANSFERRED_OUT, WITHDRAWN, RETAINED;

	/** 在会: the member may take part in competitions and use member services. */
	public boolean isActive() {
		return this == ACTIVE;
	}

	/** 在会 or 保留会籍: the membership continues. */
	public boolean inGoodStanding() {
		return this == ACTIVE || this == RETAINED;
	}

	public String messageKey() {
		return "member.status." + name();
	}

}
