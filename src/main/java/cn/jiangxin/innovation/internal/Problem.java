package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.StudioField;

/**
 * A problem (难题) posted to a call by its owner unit: the need, the skills wanted, the
 * outcome expected, a field and tags, the deadline for applications; matched when the
 * owner picks a lead studio and partners, which makes a joint project.
 */
record Problem(long id, long callId, long ownerOrgId, String ownerName, String title, String need, String skills,
		String expectedOutcome, StudioField field, List<String> tags, LocalDate deadline, Status status,
		int applications, Long projectId) {

	/** Where a problem stands. */
	enum Status {

		OPEN, MATCHED, UNMATCHED, WITHDRAWN;

		public String messageKey() {
			return "innovation.problem.status." + name();
		}

	}

	/** A studio's application to a problem, with what it brings. */
	record Application(long id, long problemId, String problemTitle, long studioId, String studioName, long hostOrgId,
			String offer, ApplicationStatus status, LocalDate appliedOn) {
	}

	/**
	 * Where an application stands: applied, withdrawn, chosen as lead or partner, or not.
	 */
	enum ApplicationStatus {

		APPLIED, WITHDRAWN, LEAD, PARTNER, NOT_SELECTED;

		public String messageKey() {
			return "innovation.application.status." + name();
		}

	}

}
