package cn.jiangxin.honor;

/** Who holds a title: a member, a team, or a unit. */
public enum HolderKind {

	MEMBER, TEAM, UNIT;

	public String messageKey() {
		return "honor.kind." + name();
	}

}
