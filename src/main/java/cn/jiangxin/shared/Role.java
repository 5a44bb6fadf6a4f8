package cn.jiangxin.shared;

/**
 * What an account may do; a union admin's reach is further limited to the subtree of its
 * org.
 */
public enum Role {

	SYSTEM_ADMIN, UNION_ADMIN, JUDGE, MEMBER, MERCHANT_CLERK, STATION_KEEPER;

	/** The Spring Security authority name, e.g. {@code ROLE_UNION_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
