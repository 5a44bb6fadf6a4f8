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

/** Reads and writes mentorships, their apprentices and progress, and studio trainings. */
@Component
class MentoringStore {

	private final JdbcClient jdbc;

	MentoringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns of a mentorship that decide what may change. */
	record Head(long id, long studioId, LocalDate startsOn, boolean assessed) {
	}

	long insert(long studioId, long mentorId, List<Long> apprentices, MentorshipDraft draft, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mentorship (studio_id, mentor_id, starts_on, ends_on, goals, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
			.params(studioId, mentorId, Date.valueOf(draft.startsOn()), Date.valueOf(draft.endsOn()),
					draft.goals().strip(), by, Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (long apprentice : apprentices) {
			jdbc.sql("INSERT INTO mentorship_apprentice (mentorship_id, member_id) VALUES (?, ?)")
				.params(id, apprentice)
				.update();
		}
		return id;
	}

	/** A mentorship's head, its row locked until the end of the transaction. */
	Optional<Head> lock(long id) {
		return jdbc.sql("SELECT id, studio_id, starts_on, status FROM mentorship WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					"ASSESSED".equals(rs.getString(4))))
			.optional();
	}

	Optional<Long> studioOf(long mentorshipId) {
		return jdbc.sql("SELECT studio_id FROM mentorship WHERE id = ?")
			.param(mentorshipId)
			.query(Long.class)
			.optional();
	}

	void addProgress(long mentorshipId, ProgressNote note, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO mentorship_progress (mentorship_id, recorded_on, note, recorded_by, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(mentorshipId, Date.valueOf(note.recordedOn()), note.note().strip(), by, Timestamp.from(at))
			.update();
	}

	/**
	 * Records an apprentice's assessment; false if they are not in it or assessed
	 * already.
	 */
	boolean assess(long mentorshipId, long memberId, Assessment assessment, String by) {
		return jdbc
			.sql("""
					UPDATE mentorship_apprentice SET goals_met = ?, achieved = ?, comment = ?, assessed_on = ?, assessed_by = ?
					WHERE mentorship_id = ? AND member_id = ? AND goals_met IS NULL""")
			.params(assessment.goalsMet().name(), Texts.blankToNull(assessment.achieved()),
					Texts.blankToNull(assessment.comment()), Date.valueOf(assessment.assessedOn()), by, mentorshipId,
					memberId)
			.update() == 1;
	}

	/**
	 * Closes the mentorship once every apprentice is assessed; whether it closed. The
	 * caller holds the mentorship's row, so no assessment runs alongside. (Counted, then
	 * written by key: the one-statement form, an UPDATE with NOT EXISTS over the
	 * apprentices, matched no row on H2 late in the demo's long transaction although
	 * every apprentice it covered was assessed; MentoringTests checks the demo's assessed
	 * mentorship.)
	 */
	boolean closeIfAssessed(long mentorshipId) {
		long waiting = jdbc
			.sql("SELECT COUNT(*) FROM mentorship_apprentice WHERE mentorship_id = ? AND goals_met IS NULL")
			.param(mentorshipId)
			.query(Long.class)
			.single();
		return waiting == 0 && jdbc
			.sql("UPDATE mentorship SET status = 'ASSESSED', version = version + 1 WHERE id = ? AND status = 'ACTIVE'")
			.param(mentorshipId)
			.update() == 1;
	}

	/**
	 * A studio's mentorships, latest first, with apprentices and progress (names left
	 * empty).
	 */
	List<Mentorship> ofStudio(long studioId) {
		List<Mentorship> heads = jdbc
			.sql("SELECT * FROM mentorship WHERE studio_id = ? ORDER BY starts_on DESC, id DESC")
			.param(studioId)
			.query((rs, n) -> new Mentorship(rs.getLong("id"), rs.getLong("studio_id"), rs.getLong("mentor_id"), null,
					rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("goals"),
					"ASSESSED".equals(rs.getString("status")), List.of(), List.of()))
			.list();
		if (heads.isEmpty()) {
			return heads;
		}
		String in = "(" + Texts.placeholders(heads.size()) + ")";
		List<Object> ids = heads.stream().map(m -> (Object) m.id()).toList();
		Map<Long, List<Mentorship.Apprentice>> apprentices = new HashMap<>();
		jdbc.sql("SELECT * FROM mentorship_apprentice WHERE mentorship_id IN " + in
				+ " ORDER BY mentorship_id, member_id")
			.params(ids)
			.query(rs -> {
				String met = rs.getString("goals_met");
				Date on = rs.getDate("assessed_on");
				apprentices.computeIfAbsent(rs.getLong("mentorship_id"), k -> new ArrayList<>())
					.add(new Mentorship.Apprentice(rs.getLong("member_id"), null,
							met == null ? null : Assessment.GoalsMet.valueOf(met), rs.getString("achieved"),
							rs.getString("comment"), on == null ? null : on.toLocalDate()));
			});
		Map<Long, List<Mentorship.Progress>> progress = new HashMap<>();
		jdbc.sql("SELECT * FROM mentorship_progress WHERE mentorship_id IN " + in + " ORDER BY recorded_on, id")
			.params(ids)
			.query(rs -> {
				progress.computeIfAbsent(rs.getLong("mentorship_id"), k -> new ArrayList<>())
					.add(new Mentorship.Progress(rs.getDate("recorded_on").toLocalDate(), rs.getString("note"),
							rs.getString("recorded_by")));
			});
		return heads.stream()
			.map(m -> new Mentorship(m.id(), m.studioId(), m.mentorId(), null, m.startsOn(), m.endsOn(), m.goals(),
					m.assessed(), apprentices.getOrDefault(m.id(), List.of()),
					progress.getOrDefault(m.id(), List.of())))
			.toList();
	}

	void insertTraining(long studioId, TrainingDraft draft, String by, Instant at) {
		jdbc.sql(
				"""
						INSERT INTO studio_training (studio_id, kind, title, held_on, speakers, attendees, external_units, hours,
						                             created_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(studioId, draft.kind().name(), draft.title().strip(), Date.valueOf(draft.heldOn()),
					draft.speakers(), draft.attendees(), draft.externalUnits() == null ? 0 : draft.externalUnits(),
					draft.hours(), by, Timestamp.from(at))
			.update();
	}

	/** A studio's trainings, latest first. */
	List<Training> trainings(long studioId) {
		return jdbc.sql("SELECT * FROM studio_training WHERE studio_id = ? ORDER BY held_on DESC, id DESC")
			.param(studioId)
			.query((rs, n) -> new Training(rs.getLong("id"), TrainingDraft.Kind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getDate("held_on").toLocalDate(), rs.getInt("speakers"),
					rs.getInt("attendees"), rs.getInt("external_units"), rs.getBigDecimal("hours")))
			.list();
	}

}
