package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint project (联合攻关): from a matched problem or signed at an alliance's forum; a lead
 * studio and partners, advisers from universities and institutes, milestones, progress
 * reports, issues, outcomes recorded as achievements of every participant, and a closing
 * rating with its evaluation.
 */
record JointProject(long id, String title, Origin origin, Long problemId, Long allianceId, Long eventId,
		long ownerOrgId, String ownerName, String goal, LocalDate startsOn, LocalDate planEndsOn, Status status,
		Rating rating, String evaluation, LocalDate closedOn, List<String> tags, List<Participant> participants,
		List<Adviser> advisers, List<Milestone> milestones, List<Report> reports, List<Issue> issues) {

	/** Where a project came from: a problem call or a forum's signing. */
	enum Origin {

		CALL, SIGNING;

		public String messageKey() {
			return "innovation.project.origin." + name();
		}

	}

	/** Where a project stands. */
	enum Status {

		RUNNING, CLOSED, CANCELLED;

		public String messageKey() {
			return "innovation.project.status." + name();
		}

	}

	/** The closing rating. */
	enum Rating {

		EXCELLENT, GOOD, PASS, FAIL;

		public String messageKey() {
			return "innovation.project.rating." + name();
		}

	}

	/** A participating studio, lead or partner. */
	record Participant(long studioId, String studioName, long hostOrgId, boolean lead) {
	}

	/** An adviser from outside (no member record). */
	record Adviser(long id, String name, String institution, String expertise) {
	}

	/** A milestone of the plan, done or not. */
	record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn) {
	}

	/** A progress report. */
	record Report(long id, LocalDate reportedOn, String progress, int percent, String by) {
	}

	/** An issue raised, and how it was resolved. */
	record Issue(long id, String title, LocalDate raisedOn, LocalDate resolvedOn, String resolution) {
	}

	/** A project in a list. */
	record Summary(long id, String title, Origin origin, Status status, Rating rating, String leadStudio,
			int participants, LocalDate startsOn, LocalDate planEndsOn, LocalDate closedOn) {
	}

	public boolean running() {
		return status == Status.RUNNING;
	}

	/** The lead studio. */
	public Participant lead() {
		return participants.stream().filter(Participant::lead).findFirst().orElseThrow();
	}

	/** The latest reported percent done, 0 before any report. */
	public int percent() {
		return reports.isEmpty() ? 0 : reports.get(reports.size() - 1).percent();
	}

}
