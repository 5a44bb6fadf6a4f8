package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Reads and writes problem calls, their problems and the studios' applications. */
@Component
class ProblemStore {

	private final JdbcClient jdbc;

	ProblemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCall(ProjectDrafts.Call draft, Long allianceId, long orgId, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO problem_call (title, alliance_id, org_id, description, opens_on, closes_on, status, created_by,
						                          created_at)
						VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(draft.title().strip(), allianceId, orgId, Texts.blankToNull(draft.description()),
					Date.valueOf(draft.opensOn()), Date.valueOf(draft.closesOn()), by, Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private static final String CALLS = """
			SELECT c.*, a.name AS alliance_name, (SELECT COUNT(*) FROM problem p WHERE p.call_id = c.id) AS problems
			FROM problem_call c LEFT JOIN alliance a ON a.id = c.alliance_id""";

	Optional<ProblemCall> call(long id) {
		return jdbc.sql(CALLS + " WHERE c.id = ?").param(id).query(ProblemStore::call).optional();
	}

	/** Locks a call's row until the end of the transaction. */
	void lockCall(long id) {
		jdbc.sql("SELECT id FROM problem_call WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/** An alliance's calls, latest first. */
	List<ProblemCall> callsOf(long allianceId) {
		return jdbc.sql(CALLS + " WHERE c.alliance_id = ? ORDER BY c.opens_on DESC, c.id DESC")
			.param(allianceId)
			.query(ProblemStore::call)
			.list();
	}

	/**
	 * The calls an actor may see: every alliance call, and union calls of unions in
	 * {@code unions} (a filter on {@code c.org_id}), latest first, at most {@code limit}.
	 */
	List<ProblemCall> calls(SqlFilter unions, int limit) {
		List<Object> params = new ArrayList<>(unions.params());
		params.add(limit);
		return jdbc
			.sql(CALLS + " WHERE (c.alliance_id IS NOT NULL OR " + unions.sql()
					+ ") ORDER BY c.opens_on DESC, c.id DESC FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(ProblemStore::call)
			.list();
	}

	/**
	 * Closes a call: its open problems are left unmatched, their applications not chosen.
	 */
	boolean closeCall(long id, LocalDate on) {
		int closed = jdbc
			.sql("UPDATE problem_call SET status = 'CLOSED', closed_on = ?, version = version + 1 "
					+ "WHERE id = ? AND status = 'OPEN'")
			.params(Date.valueOf(on), id)
			.update();
		if (closed == 0) {
			return false;
		}
		jdbc.sql(
				"""
						UPDATE problem_application SET status = 'NOT_SELECTED'
						WHERE status = 'APPLIED' AND problem_id IN (SELECT id FROM problem WHERE call_id = ? AND status = 'OPEN')""")
			.param(id)
			.update();
		jdbc.sql("UPDATE problem SET status = 'UNMATCHED', version = version + 1 WHERE call_id = ? AND status = 'OPEN'")
			.param(id)
			.update();
		return true;
	}

	private static ProblemCall call(ResultSet rs, int n) throws SQLException {
		long allianceId = rs.getLong("alliance_id");
		Long alliance = rs.wasNull() ? null : allianceId;
		Date closed = rs.getDate("closed_on");
		return new ProblemCall(rs.getLong("id"), rs.getString("title"), alliance, rs.getString("alliance_name"),
				rs.getLong("org_id"), null, rs.getString("description"), rs.getDate("opens_on").toLocalDate(),
				rs.getDate("closes_on").toLocalDate(), ProblemCall.Status.valueOf(rs.getString("status")),
				closed == null ? null : closed.toLocalDate(), rs.getInt("problems"));
	}

	long insertProblem(long callId, ProjectDrafts.ProblemDraft draft, List<String> tags, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO problem (call_id, owner_org_id, title, need, skills, expected_outcome, field, deadline, status,
						                     posted_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(callId, draft.ownerOrgId(), draft.title().strip(), draft.need().strip(), draft.skills().strip(),
					draft.expectedOutcome().strip(), draft.field().name(), Date.valueOf(draft.deadline()), by,
					Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (String tag : tags) {
			jdbc.sql("INSERT INTO problem_tag (problem_id, tag) VALUES (?, ?)").params(id, tag).update();
		}
		return id;
	}

	private static final String PROBLEMS = """
			SELECT p.*, (SELECT COUNT(*) FROM problem_application a WHERE a.problem_id = p.id AND a.status <> 'WITHDRAWN')
			       AS applications, (SELECT j.id FROM joint_project j WHERE j.problem_id = p.id) AS project_id
			FROM problem p""";

	Optional<Problem> problem(long id) {
		return withTags(jdbc.sql(PROBLEMS + " WHERE p.id = ?").param(id).query(ProblemStore::problem).list()).stream()
			.findFirst();
	}

	/** Locks a problem's row until the end of the transaction. */
	void lockProblem(long id) {
		jdbc.sql("SELECT id FROM problem WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/** A call's problems, in the order posted. */
	List<Problem> problems(long callId) {
		return withTags(jdbc.sql(PROBLEMS + " WHERE p.call_id = ? ORDER BY p.id")
			.param(callId)
			.query(ProblemStore::problem)
			.list());
	}

	/** The open problems of open calls, oldest first. */
	List<Problem> openProblems() {
		return withTags(jdbc
			.sql(PROBLEMS + " JOIN problem_call c ON c.id = p.call_id WHERE p.status = 'OPEN' AND c.status = 'OPEN'"
					+ " ORDER BY p.id")
			.query(ProblemStore::problem)
			.list());
	}

	private List<Problem> withTags(List<Problem> problems) {
		if (problems.isEmpty()) {
			return problems;
		}
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("SELECT problem_id, tag FROM problem_tag WHERE problem_id IN (" + Texts.placeholders(problems.size())
				+ ") ORDER BY problem_id, tag")
			.params(problems.stream().map(p -> (Object) p.id()).toList())
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return problems.stream()
			.map(p -> new Problem(p.id(), p.callId(), p.ownerOrgId(), p.ownerName(), p.title(), p.need(), p.skills(),
					p.expectedOutcome(), p.field(), tags.getOrDefault(p.id(), List.of()), p.deadline(), p.status(),
					p.applications(), p.projectId()))
			.toList();
	}

	private static Problem problem(ResultSet rs, int n) throws SQLException {
		long project = rs.getLong("project_id");
		Long projectId = rs.wasNull() ? null : project;
		return new Problem(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("owner_org_id"), null,
				rs.getString("title"), rs.getString("need"), rs.getString("skills"), rs.getString("expected_outcome"),
				StudioField.valueOf(rs.getString("field")), List.of(), rs.getDate("deadline").toLocalDate(),
				Problem.Status.valueOf(rs.getString("status")), rs.getInt("applications"), projectId);
	}

	/**
	 * Records a studio's application, or renews a withdrawn one; false if the studio has
	 * applied already.
	 */
	boolean apply(long problemId, long studioId, String offer, LocalDate on, String by, Instant at) {
		int renewed = jdbc.sql("""
				UPDATE problem_application SET status = 'APPLIED', offer = ?, applied_on = ?, applied_by = ?
				WHERE problem_id = ? AND studio_id = ? AND status = 'WITHDRAWN'""")
			.params(offer, Date.valueOf(on), by, problemId, studioId)
			.update();
		if (renewed == 1) {
			return true;
		}
		return jdbc
			.sql("""
					INSERT INTO problem_application (problem_id, studio_id, offer, status, applied_on, applied_by, created_at)
					VALUES (?, ?, ?, 'APPLIED', ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(problemId, studioId, offer, Date.valueOf(on), by, Timestamp.from(at))
			.update() == 1;
	}

	boolean withdraw(long problemId, long studioId) {
		return jdbc.sql("""
				UPDATE problem_application SET status = 'WITHDRAWN'
				WHERE problem_id = ? AND studio_id = ? AND status = 'APPLIED'""")
			.params(problemId, studioId)
			.update() == 1;
	}

	private static final String APPLICATIONS = """
			SELECT a.*, s.name, s.host_org_id, p.title AS problem_title FROM problem_application a
			JOIN studio s ON s.id = a.studio_id JOIN problem p ON p.id = a.problem_id""";

	/** A problem's applications, in the order they came. */
	List<Problem.Application> applications(long problemId) {
		return jdbc.sql(APPLICATIONS + " WHERE a.problem_id = ? ORDER BY a.applied_on, a.id")
			.param(problemId)
			.query(ProblemStore::application)
			.list();
	}

	/** The applications of studios, latest first. */
	List<Problem.Application> applicationsOf(List<Long> studioIds) {
		if (studioIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql(APPLICATIONS + " WHERE a.studio_id IN (" + Texts.placeholders(studioIds.size())
					+ ") ORDER BY a.applied_on DESC, a.id DESC")
			.params(List.copyOf(studioIds))
			.query(ProblemStore::application)
			.list();
	}

	private static Problem.Application application(ResultSet rs, int n) throws SQLException {
		return new Problem.Application(rs.getLong("id"), rs.getLong("problem_id"), rs.getString("problem_title"),
				rs.getLong("studio_id"), rs.getString("name"), rs.getLong("host_org_id"), rs.getString("offer"),
				Problem.ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("applied_on").toLocalDate());
	}

	/**
	 * Marks the chosen applications lead and partners, the rest not selected, and the
	 * problem matched.
	 */
	void match(long problemId, long leadStudioId, List<Long> partners) {
		jdbc.sql("UPDATE problem_application SET status = 'LEAD' WHERE problem_id = ? AND studio_id = ?")
			.params(problemId, leadStudioId)
			.update();
		for (long partner : partners) {
			jdbc.sql("UPDATE problem_application SET status = 'PARTNER' WHERE problem_id = ? AND studio_id = ?")
				.params(problemId, partner)
				.update();
		}
		jdbc.sql("UPDATE problem_application SET status = 'NOT_SELECTED' WHERE problem_id = ? AND status = 'APPLIED'")
			.param(problemId)
			.update();
		jdbc.sql("UPDATE problem SET status = 'MATCHED', version = version + 1 WHERE id = ?").param(problemId).update();
	}

	/**
	 * Whether a union's subtree hosts an active member studio of the alliance (a filter
	 * on {@code s.host_org_id}).
	 */
	boolean hostsMember(long allianceId, SqlFilter subtree) {
		List<Object> params = new ArrayList<>(List.of(allianceId));
		params.addAll(subtree.params());
		return jdbc.sql("""
				SELECT COUNT(*) FROM alliance_member m JOIN studio s ON s.id = m.studio_id
				WHERE m.alliance_id = ? AND m.status = 'MEMBER' AND s.status = 'ACTIVE'""" + " AND " + subtree.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The profiles of the active studios a filter on {@code s} keeps, with what the
	 * ranking needs: tags, achievements, joint projects, projects under way, and whether
	 * each applied to the problem.
	 */
	List<Recommender.StudioProfile> profiles(SqlFilter pool, long problemId) {
		/** A pool studio's own row. */
		record Head(long id, String name, StudioField field, String level) {
		}
		List<Head> heads = jdbc
			.sql("SELECT s.id, s.name, s.field, s.level FROM studio s WHERE s.status = 'ACTIVE' AND " + pool.sql()
					+ " ORDER BY s.id")
			.params(pool.params())
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), StudioField.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		String in = "SELECT s.id FROM studio s WHERE s.status = 'ACTIVE' AND " + pool.sql();
		Map<Long, Set<String>> tags = new HashMap<>();
		jdbc.sql("SELECT studio_id, tag FROM studio_tag WHERE studio_id IN (" + in + ")")
			.params(pool.params())
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
			});
		Map<Long, List<Recommender.AchievementFact>> achievements = new HashMap<>();
		jdbc.sql("""
				SELECT x.studio_id, a.kind, a.achieved_on, a.title, a.summary FROM achievement_studio x
				JOIN achievement a ON a.id = x.achievement_id
				WHERE a.status = 'RECORDED' AND x.studio_id IN (""" + in + ")").params(pool.params()).query(rs -> {
			long studio = rs.getLong(1);
			String kind = rs.getString(2);
			LocalDate on = rs.getDate(3).toLocalDate();
			String title = rs.getString(4);
			String summary = rs.getString(5);
			achievements.computeIfAbsent(studio, k -> new ArrayList<>())
				.add(new Recommender.AchievementFact(AchievementKind.valueOf(kind), on,
						summary == null ? title : title + " " + summary));
		});
		Map<Long, Set<String>> projectTags = new HashMap<>();
		jdbc.sql(
				"SELECT project_id, tag FROM project_tag WHERE project_id IN (SELECT project_id FROM project_participant WHERE studio_id IN ("
						+ in + "))")
			.params(pool.params())
			.query(rs -> {
				projectTags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
			});
		Map<Long, List<Recommender.ProjectFact>> projects = new HashMap<>();
		Map<Long, Integer> running = new HashMap<>();
		jdbc.sql("""
				SELECT pp.studio_id, pp.role, j.id, j.status, j.rating, j.title FROM project_participant pp
				JOIN joint_project j ON j.id = pp.project_id WHERE pp.studio_id IN (""" + in + ")")
			.params(pool.params())
			.query(rs -> {
				long studio = rs.getLong(1);
				boolean lead = "LEAD".equals(rs.getString(2));
				long project = rs.getLong(3);
				JointProject.Status status = JointProject.Status.valueOf(rs.getString(4));
				String rating = rs.getString(5);
				String title = rs.getString(6);
				projects.computeIfAbsent(studio, k -> new ArrayList<>())
					.add(new Recommender.ProjectFact(lead, status,
							rating == null ? null : JointProject.Rating.valueOf(rating),
							projectTags.getOrDefault(project, Set.of()), title));
				if (status == JointProject.Status.RUNNING) {
					running.merge(studio, 1, Integer::sum);
				}
			});
		Set<Long> applied = new HashSet<>(
				jdbc.sql("SELECT studio_id FROM problem_application WHERE problem_id = ? AND status <> 'WITHDRAWN'")
					.param(problemId)
					.query(Long.class)
					.list());
		return heads.stream()
			.map(h -> new Recommender.StudioProfile(h.id(), h.name(), h.field(), tags.getOrDefault(h.id(), Set.of()),
					h.level() == null ? null : StudioLevel.valueOf(h.level()),
					achievements.getOrDefault(h.id(), List.of()), projects.getOrDefault(h.id(), List.of()),
					running.getOrDefault(h.id(), 0), applied.contains(h.id())))
			.toList();
	}

}
