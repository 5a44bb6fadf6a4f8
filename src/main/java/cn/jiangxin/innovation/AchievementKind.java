package cn.jiangxin.innovation;

/**
 * What a studio achieved: a patent, a new method or technique, a standard, a publication,
 * software, an award won, or something else.
 */
public enum AchievementKind {

	PATENT, METHOD, STANDARD, PUBLICATION, SOFTWARE, AWARD, OTHER;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "innovation.achievement.kind." + name();
	}

}
