package cn.jiangxin.exam.internal.sitting;

import java.util.Set;

/**
 * What the invigilator's log of an attempt records: its start, a resume on the same
 * device, a take-over by another device, the page losing focus or being hidden (another
 * app or tab), the connection lost for a while, a new network address, extra time, and
 * the hand-in.
 */
public enum EventKind {

	START, RESUME, TAKEOVER, FOCUS_LOST, HIDDEN, OFFLINE, IP_CHANGED, EXTRA_TIME, SUBMIT;

	/** What the candidate's page reports by itself. */
	public static final Set<EventKind> REPORTED = Set.of(FOCUS_LOST, HIDDEN, OFFLINE);

	public String messageKey() {
		return "exam.event." + name();
	}

	/** Whether the invigilator should look twice. */
	public boolean notable() {
		return this == TAKEOVER || this == FOCUS_LOST || this == HIDDEN || this == IP_CHANGED;
	}

}
