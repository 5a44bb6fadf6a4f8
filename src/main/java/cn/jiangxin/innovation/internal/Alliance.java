package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An alliance as its page and the API show it: founding union, members with their state,
 * the council's terms (the chair history), working groups and events.
 */
record Alliance(long id, String name, long foundingOrgId, String foundingOrgName, LocalDate foundedOn,
		String description, List<Member> members, List<Term> terms, List<Group> groups, List<Event> events) {

	/** A member studio's state in the alliance. */
	enum MemberStatus {

		APPLIED, MEMBER, REFUSED, LEFT;

		public String messageKey() {
			return "innovation.alliance.status." + name();
		}

	}

	/** What kind of event. */
	enum EventKind {

		FORUM, SIGNING, HANDOVER, OTHER;

		public String messageKey() {
			return "innovation.alliance.event." + name();
		}

	}

	/**
	 * A studio in the alliance, its host union, and whether the viewer may open its page.
	 */
	record Member(long studioId, String studioName, String hostName, MemberStatus status, LocalDate appliedOn,
			LocalDate joinedOn, LocalDate leftOn, String note, boolean inReach) {
	}

	/**
	 * A council term: the chair unit and person, vice-chairs, from and to (null:
	 * current).
	 */
	record Term(long id, long chairOrgId, String chairOrgName, String chairPerson, String viceChairs,
			LocalDate startsOn, LocalDate endsOn) {
	}

	/** A working group with its lead and member studios, by name. */
	record Group(long id, String name, String leadStudio, List<String> studios, String purpose) {
	}

	/** A forum or signing, with the projects signed. */
	record Event(long id, EventKind kind, String title, LocalDate heldOn, String venue, List<String> projects) {
	}

	/** The current term, or null. */
	public Term chair() {
		return terms.stream().filter(t -> t.endsOn() == null).findFirst().orElse(null);
	}

	public long memberCount() {
		return members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
	}

}
