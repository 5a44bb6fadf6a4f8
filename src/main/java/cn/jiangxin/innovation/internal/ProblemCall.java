package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

/**
 * A call for problems (创新项目征集): by an alliance (run by its managers) or by a union (run
 * by the admins covering it), open for applications from its first day to its last,
 * closed for good after that or when its managers close it.
 */
record ProblemCall(long id, String title, Long allianceId, String allianceName, long orgId, String orgName,
		String description, LocalDate opensOn, LocalDate closesOn, Status status, LocalDate closedOn, int problems) {

	/** Whether a call takes problems and applications. */
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

	/** Whether the call takes problems and applications on the day. */
	public boolean openOn(LocalDate day) {
		return status == Status.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

}
