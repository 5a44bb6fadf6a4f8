package cn.jiangxin.contest;

/** An entry's standing: registered, confirmed (推荐) by its unit's union, or withdrawn. */
public enum EntryStatus {

	REGISTERED, CONFIRMED, WITHDRAWN;

	public String messageKey() {
		return "entry.status." + name();
	}

}
