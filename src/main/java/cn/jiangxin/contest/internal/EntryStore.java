package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.InvitationStatus;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Masking;
import cn.jiangxin.shared.OrgDirectory;

/**
 * Reads and writes entries, the people in them and the one-entry-per-person-per-track
 * claims, with plain SQL. The claims table's primary key keeps a person in at most one
 * entry of a track even when two invitations are accepted at the same moment.
 */
@Component
class EntryStore {

	/** The people of an entry as stored. */
	record PersonRow(long entryId, long memberId, boolean leader, InvitationStatus status, String invitedBy,
			Instant respondedAt) {

		boolean counts() {
			return leader || status == InvitationStatus.ACCEPTED;
		}

	}

	private final JdbcClient jdbc;

	private final MemberApi members;

	private final OrgDirectory orgNames;

	private final Clock clock;

	EntryStore(JdbcClient jdbc, MemberApi members, OrgDirectory orgNames, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.members = members;
		this.orgNames = orgNames;
	}

	long insert(long contestId, long trackId, long unitOrgId, String title, long leaderMemberId, String registeredBy,
			boolean declared) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO entry (contest_id, track_id, unit_org_id, title, leader_member_id, status, registered_by,
				                   declaration_at, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 0, ?, ?)
				""")
			.params(contestId, trackId, unitOrgId, title.strip(), leaderMemberId, registeredBy, declared ? now : null,
					now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void addPerson(long entryId, long memberId, boolean leader, InvitationStatus status, String invitedBy) {
		jdbc.sql("""
				INSERT INTO entry_member (entry_id, member_id, role, status, invited_by, responded_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(entryId, memberId, leader ? "LEADER" : "MEMBER", status.name(), invitedBy,
					status == InvitationStatus.INVITED ? null : Timestamp.from(Instant.now(clock)),
					Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** Invites someone who declined or left before: the same row, invited again. */
	boolean reinvite(long entryId, long memberId, String invitedBy) {
		return jdbc.sql("""
				UPDATE entry_member SET status = 'INVITED', invited_by = ?, responded_at = NULL, created_at = ?
				WHERE entry_id = ? AND member_id = ? AND status IN ('DECLINED', 'LEFT')
				""").params(invitedBy, Timestamp.from(Instant.now(clock)), entryId, memberId).update() == 1;
	}

	/**
	 * Moves a person's standing in an entry if it still is {@code from}; false if it is
	 * not.
	 */
	boolean movePerson(long entryId, long memberId, InvitationStatus from, InvitationStatus to) {
		return jdbc.sql(
				"UPDATE entry_member SET status = ?, responded_at = ? WHERE entry_id = ? AND member_id = ? AND status = ?")
			.params(to.name(), Timestamp.from(Instant.now(clock)), entryId, memberId, from.name())
			.update() == 1;
	}

	/** Hands the lead of an entry to one of its accepted members. */
	void handLead(long entryId, long fromMemberId, long toMemberId) {
		jdbc.sql("UPDATE entry_member SET role = 'MEMBER' WHERE entry_id = ? AND member_id = ?")
			.params(entryId, fromMemberId)
			.update();
		jdbc.sql("UPDATE entry_member SET role = 'LEADER' WHERE entry_id = ? AND member_id = ?")
			.params(entryId, toMemberId)
			.update();
		jdbc.sql("UPDATE entry SET leader_member_id = ?, version = version + 1, updated_at = ? WHERE id = ?")
			.params(toMemberId, Timestamp.from(Instant.now(clock)), entryId)
			.update();
	}

	/**
	 * Claims the person's one place in a track for an entry; the entry already holding
	 * it, if another does (also when a concurrent claim won first).
	 */
	Optional<Long> claim(long trackId, long memberId, long entryId) {
		Optional<Long> holder = holder(trackId, memberId);
		if (holder.isPresent()) {
			return holder.filter(id -> id != entryId);
		}
		int claimed = jdbc.sql("""
				INSERT INTO entry_participant (track_id, member_id, entry_id, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(trackId, memberId, entryId, Timestamp.from(Instant.now(clock)))
			.update();
		return claimed == 1 ? Optional.empty() : Optional.of(holder(trackId, memberId).orElse(-1L));
	}

	/** The entry holding a person's place in a track, if any. */
	Optional<Long> holder(long trackId, long memberId) {
		return jdbc.sql("SELECT entry_id FROM entry_participant WHERE track_id = ? AND member_id = ?")
			.params(trackId, memberId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The members among {@code memberIds} who already hold a place in the track, with the
	 * entry holding it.
	 */
	Map<Long, Long> holders(long trackId, Collection<Long> memberIds) {
		if (memberIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> holders = new HashMap<>();
		jdbc.sql("SELECT member_id, entry_id FROM entry_participant WHERE track_id = :track AND member_id IN (:ids)")
			.param("track", trackId)
			.param("ids", List.copyOf(memberIds))
			.query((rs, n) -> Map.entry(rs.getLong("member_id"), rs.getLong("entry_id")))
			.list()
			.forEach(e -> holders.put(e.getKey(), e.getValue()));
		return holders;
	}

	void release(long trackId, long memberId, long entryId) {
		jdbc.sql("DELETE FROM entry_participant WHERE track_id = ? AND member_id = ? AND entry_id = ?")
			.params(trackId, memberId, entryId)
			.update();
	}

	void releaseAll(long entryId) {
		jdbc.sql("DELETE FROM entry_participant WHERE entry_id = ?").params(entryId).update();
	}

	/**
	 * Takes the entry's row lock for the rest of the transaction, so that changes to one
	 * team queue up.
	 */
	void lock(long entryId) {
		jdbc.sql("SELECT id FROM entry WHERE id = ? FOR UPDATE").params(entryId).query(Long.class).optional();
	}

	/**
	 * Takes the track's row lock, so that confirmations against one unit quota queue up.
	 */
	void lockTrack(long trackId) {
		jdbc.sql("SELECT id FROM track WHERE id = ? FOR UPDATE").params(trackId).query(Long.class).optional();
	}

	/** Moves an entry's status if it still is {@code from}; false if it is not. */
	boolean moveStatus(long entryId, EntryStatus from, EntryStatus to, String by) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		String set = switch (to) {
			case CONFIRMED -> "confirmed_by = ?, confirmed_at = ?";
			case WITHDRAWN -> "withdrawn_by = ?, withdrawn_at = ?";
			case REGISTERED -> "confirmed_by = ?, confirmed_at = ?";
		};
		boolean clear = to == EntryStatus.REGISTERED;
		return jdbc
			.sql("UPDATE entry SET status = ?, " + set
					+ ", version = version + 1, updated_at = ? WHERE id = ? AND status = ?")
			.params(to.name(), clear ? null : by, clear ? null : now, now, entryId, from.name())
			.update() == 1;
	}

	void rename(long entryId, String title) {
		jdbc.sql("UPDATE entry SET title = ?, version = version + 1, updated_at = ? WHERE id = ?")
			.params(title.strip(), Timestamp.from(Instant.now(clock)), entryId)
			.update();
	}

	long countConfirmed(long trackId, long unitOrgId) {
		return jdbc.sql("SELECT COUNT(*) FROM entry WHERE track_id = ? AND unit_org_id = ? AND status = 'CONFIRMED'")
			.params(trackId, unitOrgId)
			.query(Long.class)
			.single();
	}

	List<PersonRow> people(long entryId) {
		return people(List.of(entryId)).getOrDefault(entryId, List.of());
	}

	Map<Long, List<PersonRow>> people(Collection<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<PersonRow>> people = new HashMap<>();
		jdbc.sql(
				"SELECT * FROM entry_member WHERE entry_id IN (:ids) ORDER BY CASE role WHEN 'LEADER' THEN 0 ELSE 1 END, id")
			.param("ids", List.copyOf(entryIds))
			.query((rs, n) -> new PersonRow(rs.getLong("entry_id"), rs.getLong("member_id"),
					"LEADER".equals(rs.getString("role")), InvitationStatus.valueOf(rs.getString("status")),
					rs.getString("invited_by"), ContestStore.instant(rs.getTimestamp("responded_at"))))
			.list()
			.forEach(row -> people.computeIfAbsent(row.entryId(), k -> new ArrayList<>()).add(row));
		return people;
	}

	Optional<EntryView> find(long entryId) {
		return views(jdbc.sql(SELECT + " WHERE e.id = ?").params(entryId).query(EntryStore::row).list()).stream()
			.findFirst();
	}

	/**
	 * Entries of a query on {@code entry e JOIN track t}, completed with their unit names
	 * and people.
	 */
	List<EntryView> views(List<EntryView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<PersonRow>> people = people(rows.stream().map(EntryView::id).toList());
		Set<Long> memberIds = people.values()
			.stream()
			.flatMap(List::stream)
			.map(PersonRow::memberId)
			.collect(Collectors.toSet());
		Map<Long, MemberView> persons = members.findAll(memberIds)
			.stream()
			.collect(Collectors.toMap(MemberView::id, m -> m));
		Map<Long, String> units = orgNames.names(rows.stream().map(EntryView::unitOrgId).collect(Collectors.toSet()));
		return rows.stream().map(row -> {
			List<EntryView.Person> mine = people.getOrDefault(row.id(), List.of()).stream().map(p -> {
				MemberView m = persons.get(p.memberId());
				boolean shown = p.counts();
				String name = m == null ? "?" : shown ? m.name() : Masking.name(m.name());
				return new EntryView.Person(p.memberId(), name, m == null || !shown ? null : m.cardNo(),
						m == null ? 0 : m.orgId(), m == null ? null : m.orgName(), p.leader(), p.status());
			}).toList();
			return new EntryView(row.id(), row.contestId(), row.trackId(), row.trackName(), row.unitOrgId(),
					units.get(row.unitOrgId()), row.title(), row.status(), row.leaderMemberId(), mine,
					row.registeredBy(), row.confirmedBy(), row.confirmedAt(), row.version(), row.createdAt());
		}).toList();
	}

	static final String SELECT = "SELECT e.*, t.name AS track_name FROM entry e JOIN track t ON t.id = e.track_id";

	static EntryView row(ResultSet rs, int n) throws SQLException {
		return new EntryView(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("track_id"),
				rs.getString("track_name"), rs.getLong("unit_org_id"), null, rs.getString("title"),
				EntryStatus.valueOf(rs.getString("status")), rs.getLong("leader_member_id"), List.of(),
				rs.getString("registered_by"), rs.getString("confirmed_by"),
				ContestStore.instant(rs.getTimestamp("confirmed_at")), rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant());
	}

}
