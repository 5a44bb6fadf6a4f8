package cn.jiangxin.contest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An entry with its unit and people: the leader, the members who accepted, and those
 * still invited.
 */
public record EntryView(long id, long contestId, long trackId, String trackName, long unitOrgId, String unitName,
		String title, EntryStatus status, long leaderMemberId, List<Person> people, String registeredBy,
		String confirmedBy, Instant confirmedAt, int version, Instant createdAt) {

	public EntryView {
		people = List.copyOf(people);
	}

	/**
	 * Someone of an entry, with their standing in it: INVITED, ACCEPTED, DECLINED, LEFT
	 * or CANCELLED (the leader is ACCEPTED). Until someone has accepted, their name is
	 * masked and their card number left out.
	 */
	public record Person(long memberId, String name, String cardNo, long orgId, String orgName, boolean leader,
			InvitationStatus status) {

		/** The leader, or a member who accepted: someone of the team. */
		public boolean accepted() {
			return leader || status == InvitationStatus.ACCEPTED;
		}

		public boolean invited() {
			return status == InvitationStatus.INVITED;
		}

	}

	/** The leader and the members who accepted. */
	public List<Person> team() {
		return people.stream().filter(Person::accepted).toList();
	}

	/** Invitations not yet answered. */
	public List<Person> invited() {
		return people.stream().filter(Person::invited).toList();
	}

	public Optional<Person> person(long memberId) {
		return people.stream().filter(p -> p.memberId() == memberId).findFirst();
	}

	public Person leader() {
		return people.stream().filter(Person::leader).findFirst().orElseThrow();
	}

	/**
	 * Where the entry stands and who it is, in one line: its track, its title (unless
	 * just its leader's name), its unit.
	 */
	public String summary() {
		boolean named = title != null && !title.isBlank() && !title.equals(leader().name());
		return trackName + (named ? " · " + title : "") + " · " + unitName;
	}

	public boolean withdrawn() {
		return status == EntryStatus.WITHDRAWN;
	}

}
