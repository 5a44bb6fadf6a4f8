package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes alliances, their members, terms, groups and events. */
@Component
class AllianceStore {

	private final JdbcClient jdbc;

	AllianceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An alliance's own row. */
	record Head(long id, String name, long foundingOrgId, LocalDate foundedOn, String description) {
	}

	/** A membership row: the studio, its host, its state. */
	record Row(long studioId, String studioName, long hostOrgId, Alliance.MemberStatus status, LocalDate appliedOn,
			LocalDate joinedOn, LocalDate leftOn, String note) {
	}

	long insert(AllianceDrafts.Founding draft, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO alliance (name, founding_org_id, founded_on, description, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(draft.name().strip(), draft.foundingOrgId(), Date.valueOf(draft.foundedOn()),
					Texts.blankToNull(draft.description()), by, Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<Head> lock(long id) {
		return head("SELECT * FROM alliance WHERE id = ? FOR UPDATE", id);
	}

	Optional<Head> find(long id) {
		return head("SELECT * FROM alliance WHERE id = ?", id);
	}

	private Optional<Head> head(String sql, long id) {
		return jdbc.sql(sql)
			.param(id)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getString("name"), rs.getLong("founding_org_id"),
					rs.getDate("founded_on").toLocalDate(), rs.getString("description")))
			.optional();
	}

	List<Head> all() {
		return jdbc.sql("SELECT * FROM alliance ORDER BY founded_on, id")
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getString("name"), rs.getLong("founding_org_id"),
					rs.getDate("founded_on").toLocalDate(), rs.getString("description")))
			.list();
	}

	void startTerm(long allianceId, long chairOrgId, String chairPerson, String viceChairs, LocalDate on, String by,
			Instant at) {
		jdbc.sql("""
				INSERT INTO alliance_term (alliance_id, chair_org_id, chair_person, vice_chairs, starts_on, created_by,
				                           created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(allianceId, chairOrgId, chairPerson.strip(), Texts.blankToNull(viceChairs), Date.valueOf(on), by,
					Timestamp.from(at))
			.update();
	}

	/** Ends the current term on a day; its start, or empty if none runs. */
	Optional<LocalDate> currentStart(long allianceId) {
		return jdbc.sql("SELECT starts_on FROM alliance_term WHERE alliance_id = ? AND ends_on IS NULL")
			.param(allianceId)
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.optional();
	}

	void endTerm(long allianceId, LocalDate on) {
		jdbc.sql("UPDATE alliance_term SET ends_on = ? WHERE alliance_id = ? AND ends_on IS NULL")
			.params(Date.valueOf(on), allianceId)
			.update();
	}

	Optional<Row> member(long allianceId, long studioId) {
		return rows("AND m.studio_id = ?", allianceId, studioId).stream().findFirst();
	}

	List<Row> members(long allianceId) {
		return rows("", allianceId);
	}

	private List<Row> rows(String and, Object... params) {
		return jdbc
			.sql("""
					SELECT m.*, s.name, s.host_org_id FROM alliance_member m JOIN studio s ON s.id = m.studio_id
					WHERE m.alliance_id = ? %s
					ORDER BY CASE m.status WHEN 'MEMBER' THEN 0 WHEN 'APPLIED' THEN 1 ELSE 2 END, s.name, s.id"""
				.formatted(and))
			.params(List.of(params))
			.query((rs, n) -> {
				Date joined = rs.getDate("joined_on");
				Date left = rs.getDate("left_on");
				return new Row(rs.getLong("studio_id"), rs.getString("name"), rs.getLong("host_org_id"),
						Alliance.MemberStatus.valueOf(rs.getString("status")), rs.getDate("applied_on").toLocalDate(),
						joined == null ? null : joined.toLocalDate(), left == null ? null : left.toLocalDate(),
						rs.getString("note"));
			})
			.list();
	}

	/**
	 * Records an application, or renews a refused or left one; false if it is pending or
	 * a member.
	 */
	boolean apply(long allianceId, long studioId, LocalDate on, String note) {
		int renewed = jdbc
			.sql("""
					UPDATE alliance_member SET status = 'APPLIED', applied_on = ?, joined_on = NULL, left_on = NULL, note = ?
					WHERE alliance_id = ? AND studio_id = ? AND status IN ('REFUSED', 'LEFT')""")
			.params(Date.valueOf(on), Texts.blankToNull(note), allianceId, studioId)
			.update();
		if (renewed == 1) {
			return true;
		}
		return jdbc
			.sql("""
					INSERT INTO alliance_member (alliance_id, studio_id, status, applied_on, note) VALUES (?, ?, 'APPLIED', ?, ?)
					ON CONFLICT DO NOTHING""")
			.params(allianceId, studioId, Date.valueOf(on), Texts.blankToNull(note))
			.update() == 1;
	}

	/** Admits a studio directly (a founding member). */
	void admit(long allianceId, long studioId, LocalDate on) {
		jdbc.sql("""
				INSERT INTO alliance_member (alliance_id, studio_id, status, applied_on, joined_on)
				VALUES (?, ?, 'MEMBER', ?, ?)""")
			.params(allianceId, studioId, Date.valueOf(on), Date.valueOf(on))
			.update();
	}

	boolean decide(long allianceId, long studioId, boolean approve, LocalDate on, String note) {
		return jdbc.sql("""
				UPDATE alliance_member SET status = ?, joined_on = ?, note = COALESCE(?, note)
				WHERE alliance_id = ? AND studio_id = ? AND status = 'APPLIED'""")
			.params(approve ? "MEMBER" : "REFUSED", approve ? Date.valueOf(on) : null, Texts.blankToNull(note),
					allianceId, studioId)
			.update() == 1;
	}

	boolean leave(long allianceId, long studioId, LocalDate on) {
		return jdbc.sql("""
				UPDATE alliance_member SET status = 'LEFT', left_on = ?
				WHERE alliance_id = ? AND studio_id = ? AND status = 'MEMBER' AND joined_on <= ?""")
			.params(Date.valueOf(on), allianceId, studioId, Date.valueOf(on))
			.update() == 1;
	}

	long insertGroup(long allianceId, AllianceDrafts.Group draft, List<Long> studios) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO alliance_group (alliance_id, name, lead_studio_id, purpose) VALUES (?, ?, ?, ?)")
			.params(allianceId, draft.name().strip(), draft.leadStudioId(), Texts.blankToNull(draft.purpose()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (long studio : studios) {
			jdbc.sql("INSERT INTO alliance_group_member (group_id, studio_id) VALUES (?, ?)")
				.params(id, studio)
				.update();
		}
		return id;
	}

	long insertEvent(long allianceId, AllianceDrafts.Event draft, List<String> projects) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO alliance_event (alliance_id, kind, title, held_on, venue) VALUES (?, ?, ?, ?, ?)")
			.params(allianceId, draft.kind().name(), draft.title().strip(), Date.valueOf(draft.heldOn()),
					Texts.blankToNull(draft.venue()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (int i = 0; i < projects.size(); i++) {
			jdbc.sql("INSERT INTO alliance_event_project (event_id, position, title) VALUES (?, ?, ?)")
				.params(id, i + 1, projects.get(i))
				.update();
		}
		return id;
	}

	/** The terms, first first, with the chair union's id (names filled by the caller). */
	List<Alliance.Term> terms(long allianceId) {
		return jdbc.sql("SELECT * FROM alliance_term WHERE alliance_id = ? ORDER BY starts_on, id")
			.param(allianceId)
			.query((rs, n) -> {
				Date ends = rs.getDate("ends_on");
				return new Alliance.Term(rs.getLong("id"), rs.getLong("chair_org_id"), null,
						rs.getString("chair_person"), rs.getString("vice_chairs"),
						rs.getDate("starts_on").toLocalDate(), ends == null ? null : ends.toLocalDate());
			})
			.list();
	}

	List<Alliance.Group> groups(long allianceId) {
		Map<Long, List<String>> studios = new HashMap<>();
		jdbc.sql("""
				SELECT gm.group_id, s.name FROM alliance_group_member gm JOIN alliance_group g ON g.id = gm.group_id
				JOIN studio s ON s.id = gm.studio_id WHERE g.alliance_id = ? ORDER BY s.name""")
			.param(allianceId)
			.query(rs -> {
				studios.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return jdbc
			.sql("""
					SELECT g.id, g.name, s.name AS lead, g.purpose FROM alliance_group g JOIN studio s ON s.id = g.lead_studio_id
					WHERE g.alliance_id = ? ORDER BY g.id""")
			.param(allianceId)
			.query((rs, n) -> new Alliance.Group(rs.getLong("id"), rs.getString("name"), rs.getString("lead"),
					studios.getOrDefault(rs.getLong("id"), List.of()), rs.getString("purpose")))
			.list();
	}

	List<Alliance.Event> events(long allianceId) {
		Map<Long, List<String>> projects = new HashMap<>();
		jdbc.sql("""
				SELECT p.event_id, p.title FROM alliance_event_project p JOIN alliance_event e ON e.id = p.event_id
				WHERE e.alliance_id = ? ORDER BY p.event_id, p.position""").param(allianceId).query(rs -> {
			projects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return jdbc.sql("SELECT * FROM alliance_event WHERE alliance_id = ? ORDER BY held_on, id")
			.param(allianceId)
			.query((rs, n) -> new Alliance.Event(rs.getLong("id"), Alliance.EventKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getDate("held_on").toLocalDate(), rs.getString("venue"),
					projects.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

}
