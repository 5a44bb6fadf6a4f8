package cn.jiangxin.award;

/**
 * What decides between units tied on the last place of a unit award (团体奖, 优秀组织奖), as the
 * organiser chooses before publishing: every tied unit gets the award, or the tie goes to
 * the unit whose entries scored more in the contest's first round (the round every
 * confirmed entry was judged in); units tied on that too all get it.
 */
public enum UnitTies {

	SHARE, FIRST_ROUND_RESULTS;

	public String messageKey() {
		return "award.unitTies." + name();
	}

}
