package cn.jiangxin.contest;

/** Whether a track takes individuals or teams. */
public enum EntryKind {

	INDIVIDUAL, TEAM;

	public String messageKey() {
		return "contest.entryKind." + name();
	}

}
