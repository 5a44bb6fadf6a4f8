package cn.jiangxin.contest;

/** A contest's life: 草稿 → 报名中 → 评审中 → 公示中 → 已归档, one step forward at a time. */
public enum ContestStatus {

	DRAFT, OPEN, JUDGING, PUBLICIZING, ARCHIVED;

	/** The only status this one may become, or null at the end. */
	public ContestStatus next() {
		return this == ARCHIVED ? null : values()[ordinal() + 1];
	}

	public boolean mayBecome(ContestStatus target) {
		return target != null && target == next();
	}

	/**
	 * Whether the basics and tracks may still change: as a draft or while registration is
	 * open.
	 */
	public boolean setupOpen() {
		return this == DRAFT || this == OPEN;
	}

	/** Whether rounds may still change: until results go on notice. */
	public boolean roundsOpen() {
		return this != PUBLICIZING && this != ARCHIVED;
	}

	public String messageKey() {
		return "contest.status." + name();
	}

}
