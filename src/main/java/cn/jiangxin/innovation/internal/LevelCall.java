package cn.jiangxin.innovation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.StudioLevel;

/**
 * A call for applications to a level (申报通知), by the union that confers it: the level, the
 * year, the days it is open, and how long a studio stays on notice (公示) before the level
 * is conferred.
 */
record LevelCall(long id, long conferringOrgId, String conferringOrgName, StudioLevel level, int year, String title,
		LocalDate opensOn, LocalDate closesOn, int noticeDays, Status status) {

	/** Whether a call takes applications. */
	enum Status {

		OPEN, CLOSED;

		public String messageKey() {
			return "innovation.call.status." + name();
		}

	}

	/**
	 * The message key of the call's state on the day: open, or closed once its last day
	 * has passed.
	 */
	public String stateKey(LocalDate day) {
		return (status == Status.OPEN && !day.isAfter(closesOn) ? Status.OPEN : Status.CLOSED).messageKey();
	}

	/** Whether the call takes applications on the day. */
	public boolean openOn(LocalDate day) {
		return status == Status.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	/** A studio's application to a level, with its timeline. */
	record Application(long id, long callId, String callTitle, StudioLevel level, long conferringOrgId, long studioId,
			String studioName, long hostOrgId, Stage status, String summary, LocalDate submittedOn, String reason,
			LocalDate noticeEndsOn, String decision, LocalDate conferredOn, List<Step> steps) {
	}

	/** Where an application stands. */
	enum Stage {

		SUBMITTED, RECOMMENDED, NOT_RECOMMENDED, ON_NOTICE, CONFERRED, REFUSED, WITHDRAWN;

		public String messageKey() {
			return "innovation.application.stage." + name();
		}

		/** Whether nothing changes the application any more. */
		public boolean finished() {
			return this == NOT_RECOMMENDED || this == CONFERRED || this == REFUSED || this == WITHDRAWN;
		}

	}

	/** One step of an application: from which stage to which, why, by whom, when. */
	record Step(Stage from, Stage to, String note, String by, Instant at) {
	}

}
