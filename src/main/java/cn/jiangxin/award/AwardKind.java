package cn.jiangxin.award;

/**
 * An award to an entry by its tier, 团体奖 to a unit by its entrants' results, or 优秀组织奖 to a
 * unit.
 */
public enum AwardKind {

	ENTRY, TEAM_UNIT, ORGANISATION;

	public String messageKey() {
		return "award.kind." + name();
	}

}
