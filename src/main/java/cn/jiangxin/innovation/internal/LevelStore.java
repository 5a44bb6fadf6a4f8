package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import cn.jiangxin.innovation.StudioLevel;

/** Reads and writes level calls, studios' applications and their timelines. */
@Component
class LevelStore {

	private final JdbcClient jdbc;

	LevelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCall(LevelDrafts.Call call, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO level_call (conferring_org_id, level, call_year, title, opens_on, closes_on, notice_days, status,
						                        created_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(call.conferringOrgId(), call.level().name(), call.year(), call.title().strip(),
					Date.valueOf(call.opensOn()), Date.valueOf(call.closesOn()), call.noticeDays(), by,
					Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<LevelCall> call(long id) {
		return jdbc.sql("SELECT * FROM level_call WHERE id = ?").param(id).query(LevelStore::call).optional();
	}

	void lockCall(long id) {
		jdbc.sql("SELECT id FROM level_call WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/** Every call, latest first, at most {@code limit}. */
	List<LevelCall> calls(int limit) {
		return jdbc
			.sql("SELECT * FROM level_call ORDER BY call_year DESC, opens_on DESC, id DESC FETCH FIRST ? ROWS ONLY")
			.param(limit)
			.query(LevelStore::call)
			.list();
	}

	boolean closeCall(long id) {
		return jdbc
			.sql("UPDATE level_call SET status = 'CLOSED', version = version + 1 WHERE id = ? AND status = 'OPEN'")
			.param(id)
			.update() == 1;
	}

	private static LevelCall call(ResultSet rs, int n) throws SQLException {
		return new LevelCall(rs.getLong("id"), rs.getLong("conferring_org_id"), null,
				StudioLevel.valueOf(rs.getString("level")), rs.getInt("call_year"), rs.getString("title"),
				rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(), rs.getInt("notice_days"),
				LevelCall.Status.valueOf(rs.getString("status")));
	}

	/** Inserts an application at its first stage; empty if the studio applied already. */
	Optional<Long> insertApplication(LevelDrafts.Application application, LevelCall.Stage stage, LocalDate on,
			String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		int inserted = jdbc
			.sql("""
					INSERT INTO studio_application (call_id, studio_id, status, summary, submitted_on, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(application.callId(), application.studioId(), stage.name(), application.summary().strip(),
					Date.valueOf(on), by, Timestamp.from(at))
			.update(key, "id");
		return inserted == 1 ? Optional.of(key.getKeyAs(Long.class)) : Optional.empty();
	}

	/** Locks an application's row until the end of the transaction. */
	void lock(long id) {
		jdbc.sql("SELECT id FROM studio_application WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/**
	 * Moves an application from one of {@code from} to {@code to}, with a reason, the end
	 * of its notice, a decision and its day where the stage has them; false if it was not
	 * at one of those stages.
	 */
	boolean move(long id, List<LevelCall.Stage> from, LevelCall.Stage to, String reason, LocalDate noticeEndsOn,
			String decision, LocalDate conferredOn) {
		List<Object> params = new ArrayList<>(List.of(to.name()));
		params.add(reason);
		params.add(noticeEndsOn == null ? null : Date.valueOf(noticeEndsOn));
		params.add(decision);
		params.add(conferredOn == null ? null : Date.valueOf(conferredOn));
		params.add(id);
		from.forEach(f -> params.add(f.name()));
		return jdbc.sql("""
				UPDATE studio_application SET status = ?, reason = ?, notice_ends_on = COALESCE(?, notice_ends_on),
				       decision = ?, conferred_on = ?, version = version + 1
				WHERE id = ? AND status IN (%s)""".formatted(Texts.placeholders(from.size())))
			.params(params)
			.update() == 1;
	}

	void step(long applicationId, LevelCall.Stage from, LevelCall.Stage to, String note, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO application_step (application_id, from_status, to_status, note, by_name, taken_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(applicationId, from == null ? null : from.name(), to.name(), Texts.blankToNull(note), by,
					Timestamp.from(at))
			.update();
	}

	private static final String APPLICATIONS = """
			SELECT a.*, c.title AS call_title, c.level, c.conferring_org_id, s.name AS studio_name, s.host_org_id
			FROM studio_application a JOIN level_call c ON c.id = a.call_id JOIN studio s ON s.id = a.studio_id""";

	Optional<LevelCall.Application> application(long id) {
		return withSteps(jdbc.sql(APPLICATIONS + " WHERE a.id = ?").param(id).query(LevelStore::application).list())
			.stream()
			.findFirst();
	}

	/** A call's applications, in the order they came. */
	List<LevelCall.Application> applications(long callId) {
		return withSteps(jdbc.sql(APPLICATIONS + " WHERE a.call_id = ? ORDER BY a.submitted_on, a.id")
			.param(callId)
			.query(LevelStore::application)
			.list());
	}

	/** A studio's applications, latest first. */
	List<LevelCall.Application> applicationsOf(long studioId) {
		return withSteps(jdbc.sql(APPLICATIONS + " WHERE a.studio_id = ? ORDER BY a.submitted_on DESC, a.id DESC")
			.param(studioId)
			.query(LevelStore::application)
			.list());
	}

	private List<LevelCall.Application> withSteps(List<LevelCall.Application> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, List<LevelCall.Step>> steps = new HashMap<>();
		jdbc.sql("SELECT * FROM application_step WHERE application_id IN (" + Texts.placeholders(found.size())
				+ ") ORDER BY id")
			.params(found.stream().map(a -> (Object) a.id()).toList())
			.query(rs -> {
				long application = rs.getLong("application_id");
				String from = rs.getString("from_status");
				LevelCall.Step step = new LevelCall.Step(from == null ? null : LevelCall.Stage.valueOf(from),
						LevelCall.Stage.valueOf(rs.getString("to_status")), rs.getString("note"),
						rs.getString("by_name"), rs.getTimestamp("taken_at").toInstant());
				steps.computeIfAbsent(application, k -> new ArrayList<>()).add(step);
			});
		return found.stream()
			.map(a -> new LevelCall.Application(a.id(), a.callId(), a.callTitle(), a.level(), a.conferringOrgId(),
					a.studioId(), a.studioName(), a.hostOrgId(), a.status(), a.summary(), a.submittedOn(), a.reason(),
					a.noticeEndsOn(), a.decision(), a.conferredOn(), steps.getOrDefault(a.id(), List.of())))
			.toList();
	}

	private static LevelCall.Application application(ResultSet rs, int n) throws SQLException {
		Date notice = rs.getDate("notice_ends_on");
		Date conferred = rs.getDate("conferred_on");
		return new LevelCall.Application(rs.getLong("id"), rs.getLong("call_id"), rs.getString("call_title"),
				StudioLevel.valueOf(rs.getString("level")), rs.getLong("conferring_org_id"), rs.getLong("studio_id"),
				rs.getString("studio_name"), rs.getLong("host_org_id"), LevelCall.Stage.valueOf(rs.getString("status")),
				rs.getString("summary"), rs.getDate("submitted_on").toLocalDate(), rs.getString("reason"),
				notice == null ? null : notice.toLocalDate(), rs.getString("decision"),
				conferred == null ? null : conferred.toLocalDate(), List.of());
	}

}
