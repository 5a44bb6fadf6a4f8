package cn.jiangxin.benefit;

/**
 * How a campaign's stock goes out: first come first served, or drawn by lot among those
 * who registered.
 */
public enum Allocation {

	FIRST, LOTTERY;

	public String messageKey() {
		return "benefit.allocation." + name();
	}

}
