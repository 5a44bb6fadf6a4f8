package cn.jiangxin.innovation;

/** The three kinds of Chinese patent: invention, utility model, design. */
public enum PatentKind {

	INVENTION, UTILITY, DESIGN;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "innovation.patent." + name();
	}

}
