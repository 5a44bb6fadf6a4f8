package cn.jiangxin.member;

/** The highest education a member has completed. */
public enum Education {

	JUNIOR_HIGH_OR_BELOW, SENIOR_HIGH, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE;

	public String messageKey() {
		return "member.education." + name();
	}

}
