package cn.jiangxin.innovation.internal;

/** A member's part in a studio: its leader (领军人), a deputy, or a core member. */
enum StudioRole {

	LEADER, DEPUTY, CORE;

	/** The message key of the role's name. */
	public String messageKey() {
		return "innovation.role." + name();
	}

}
