package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentorship as the pages and the API show it: the mentor, the period, the goals, each
 * apprentice with their assessment (null fields until assessed), and the progress records
 * in order.
 */
record Mentorship(long id, long studioId, long mentorId, String mentorName, LocalDate startsOn, LocalDate endsOn,
		String goals, boolean assessed, List<Apprentice> apprentices, List<Progress> progress) {

	/** An apprentice and, once assessed, the outcome. */
	record Apprentice(long memberId, String name, Assessment.GoalsMet goalsMet, String achieved, String comment,
			LocalDate assessedOn) {
	}

	/** A progress record. */
	record Progress(LocalDate recordedOn, String note, String recordedBy) {
	}

	Mentorship named(String mentor, List<Apprentice> named) {
		return new Mentorship(id, studioId, mentorId, mentor, startsOn, endsOn, goals, assessed, named, progress);
	}

}
