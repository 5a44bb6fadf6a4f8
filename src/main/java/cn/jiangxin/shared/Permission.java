package cn.jiangxin.shared;

/** A grant beyond a role: what an account may additionally do. */
public enum Permission {

	/**
	 * See ID numbers and phone numbers in clear, one at a time (audited), and export them
	 * unmasked.
	 */
	REVEAL_PERSONAL_DATA;

	public String authority() {
		return "PERM_" + name();
	}

	public String messageKey() {
		return "permission." + name();
	}

}
