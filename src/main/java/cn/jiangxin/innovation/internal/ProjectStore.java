package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes joint projects with their participants, plan, reports and issues. */
@Component
class ProjectStore {

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A project's own row: what its rules need. */
	record Head(long id, String title, JointProject.Origin origin, Long problemId, Long allianceId, long ownerOrgId,
			LocalDate startsOn, JointProject.Status status) {
	}

	/**
	 * A project to insert: where it came from, who owns and leads it, the plan's dates.
	 */
	record NewProject(String title, JointProject.Origin origin, Long problemId, Long allianceId, Long eventId,
			long ownerOrgId, long leadStudioId, List<Long> partners, List<String> tags, String goal, LocalDate startsOn,
			LocalDate planEndsOn) {
	}

	long insert(NewProject project, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO joint_project (title, origin, problem_id, alliance_id, event_id, owner_org_id, lead_studio_id,
						                           goal, starts_on, plan_ends_on, status, created_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
			.params(project.title(), project.origin().name(), project.problemId(), project.allianceId(),
					project.eventId(), project.ownerOrgId(), project.leadStudioId(), Texts.blankToNull(project.goal()),
					Date.valueOf(project.startsOn()), Date.valueOf(project.planEndsOn()), by, Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		jdbc.sql("INSERT INTO project_participant (project_id, studio_id, role) VALUES (?, ?, 'LEAD')")
			.params(id, project.leadStudioId())
			.update();
		for (long partner : project.partners()) {
			jdbc.sql("INSERT INTO project_participant (project_id, studio_id, role) VALUES (?, ?, 'PARTNER')")
				.params(id, partner)
				.update();
		}
		for (String tag : project.tags()) {
			jdbc.sql("INSERT INTO project_tag (project_id, tag) VALUES (?, ?)").params(id, tag).update();
		}
		return id;
	}

	void addAdviser(long projectId, ProjectDrafts.Adviser adviser) {
		jdbc.sql("INSERT INTO project_adviser (project_id, name, institution, expertise) VALUES (?, ?, ?, ?)")
			.params(projectId, adviser.name().strip(), adviser.institution().strip(),
					Texts.blankToNull(adviser.expertise()))
			.update();
	}

	Optional<Head> lock(long id) {
		return head("SELECT * FROM joint_project WHERE id = ? FOR UPDATE", id);
	}

	Optional<Head> head(long id) {
		return head("SELECT * FROM joint_project WHERE id = ?", id);
	}

	private Optional<Head> head(String sql, long id) {
		return jdbc.sql(sql).param(id).query((rs, n) -> {
			long problem = rs.getLong("problem_id");
			Long problemId = rs.wasNull() ? null : problem;
			long alliance = rs.getLong("alliance_id");
			Long allianceId = rs.wasNull() ? null : alliance;
			return new Head(rs.getLong("id"), rs.getString("title"),
					JointProject.Origin.valueOf(rs.getString("origin")), problemId, allianceId,
					rs.getLong("owner_org_id"), rs.getDate("starts_on").toLocalDate(),
					JointProject.Status.valueOf(rs.getString("status")));
		}).optional();
	}

	/** A project with every part (the owner's name is filled by the caller). */
	Optional<JointProject> find(long id) {
		return jdbc.sql("SELECT * FROM joint_project WHERE id = ?")
			.param(id)
			.query((rs, n) -> project(rs))
			.optional()
			.map(this::withParts);
	}

	private static JointProject project(ResultSet rs) throws SQLException {
		long problem = rs.getLong("problem_id");
		Long problemId = rs.wasNull() ? null : problem;
		long alliance = rs.getLong("alliance_id");
		Long allianceId = rs.wasNull() ? null : alliance;
		long event = rs.getLong("event_id");
		Long eventId = rs.wasNull() ? null : event;
		String rating = rs.getString("rating");
		Date closed = rs.getDate("closed_on");
		return new JointProject(rs.getLong("id"), rs.getString("title"),
				JointProject.Origin.valueOf(rs.getString("origin")), problemId, allianceId, eventId,
				rs.getLong("owner_org_id"), null, rs.getString("goal"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("plan_ends_on").toLocalDate(), JointProject.Status.valueOf(rs.getString("status")),
				rating == null ? null : JointProject.Rating.valueOf(rating), rs.getString("evaluation"),
				closed == null ? null : closed.toLocalDate(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	private JointProject withParts(JointProject p) {
		long id = p.id();
		List<String> tags = jdbc.sql("SELECT tag FROM project_tag WHERE project_id = ? ORDER BY tag")
			.param(id)
			.query(String.class)
			.list();
		List<JointProject.Participant> participants = participants(id);
		List<JointProject.Adviser> advisers = jdbc.sql("SELECT * FROM project_adviser WHERE project_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new JointProject.Adviser(rs.getLong("id"), rs.getString("name"),
					rs.getString("institution"), rs.getString("expertise")))
			.list();
		List<JointProject.Milestone> milestones = jdbc
			.sql("SELECT * FROM project_milestone WHERE project_id = ? ORDER BY due_on, id")
			.param(id)
			.query((rs, n) -> {
				Date done = rs.getDate("done_on");
				return new JointProject.Milestone(rs.getLong("id"), rs.getString("title"),
						rs.getDate("due_on").toLocalDate(), done == null ? null : done.toLocalDate());
			})
			.list();
		List<JointProject.Report> reports = jdbc
			.sql("SELECT * FROM project_report WHERE project_id = ? ORDER BY reported_on, id")
			.param(id)
			.query((rs, n) -> new JointProject.Report(rs.getLong("id"), rs.getDate("reported_on").toLocalDate(),
					rs.getString("progress"), rs.getInt("percent"), rs.getString("by_name")))
			.list();
		List<JointProject.Issue> issues = jdbc.sql("SELECT * FROM project_issue WHERE project_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> {
				Date resolved = rs.getDate("resolved_on");
				return new JointProject.Issue(rs.getLong("id"), rs.getString("title"),
						rs.getDate("raised_on").toLocalDate(), resolved == null ? null : resolved.toLocalDate(),
						rs.getString("resolution"));
			})
			.list();
		return new JointProject(id, p.title(), p.origin(), p.problemId(), p.allianceId(), p.eventId(), p.ownerOrgId(),
				p.ownerName(), p.goal(), p.startsOn(), p.planEndsOn(), p.status(), p.rating(), p.evaluation(),
				p.closedOn(), tags, participants, advisers, milestones, reports, issues);
	}

	/** A project's studios, lead first. */
	List<JointProject.Participant> participants(long projectId) {
		return jdbc.sql("""
				SELECT pp.studio_id, s.name, s.host_org_id, pp.role FROM project_participant pp
				JOIN studio s ON s.id = pp.studio_id WHERE pp.project_id = ?
				ORDER BY CASE pp.role WHEN 'LEAD' THEN 0 ELSE 1 END, s.name""")
			.param(projectId)
			.query((rs, n) -> new JointProject.Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
					"LEAD".equals(rs.getString(4))))
			.list();
	}

	private static final String SUMMARIES = """
			SELECT j.id, j.title, j.origin, j.status, j.rating, s.name AS lead, j.starts_on, j.plan_ends_on, j.closed_on,
			       (SELECT COUNT(*) FROM project_participant pp WHERE pp.project_id = j.id) AS participants
			FROM joint_project j JOIN studio s ON s.id = j.lead_studio_id""";

	/** An alliance's projects, latest first. */
	List<JointProject.Summary> ofAlliance(long allianceId) {
		return summaries(" WHERE j.alliance_id = ?", allianceId);
	}

	/** The projects a studio takes part in, latest first. */
	List<JointProject.Summary> ofStudio(long studioId) {
		return summaries(" WHERE j.id IN (SELECT project_id FROM project_participant WHERE studio_id = ?)", studioId);
	}

	private List<JointProject.Summary> summaries(String where, Object... params) {
		return jdbc.sql(SUMMARIES + where + " ORDER BY j.starts_on DESC, j.id DESC")
			.params(List.of(params))
			.query((rs, n) -> {
				String rating = rs.getString("rating");
				Date closed = rs.getDate("closed_on");
				return new JointProject.Summary(rs.getLong("id"), rs.getString("title"),
						JointProject.Origin.valueOf(rs.getString("origin")),
						JointProject.Status.valueOf(rs.getString("status")),
						rating == null ? null : JointProject.Rating.valueOf(rating), rs.getString("lead"),
						rs.getInt("participants"), rs.getDate("starts_on").toLocalDate(),
						rs.getDate("plan_ends_on").toLocalDate(), closed == null ? null : closed.toLocalDate());
			})
			.list();
	}

	long addMilestone(long projectId, ProjectDrafts.Milestone milestone) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO project_milestone (project_id, title, due_on) VALUES (?, ?, ?)")
			.params(projectId, milestone.title().strip(), Date.valueOf(milestone.dueOn()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean done(long projectId, long milestoneId, LocalDate on) {
		return jdbc.sql("UPDATE project_milestone SET done_on = ? WHERE id = ? AND project_id = ? AND done_on IS NULL")
			.params(Date.valueOf(on), milestoneId, projectId)
			.update() == 1;
	}

	void addReport(long projectId, ProjectDrafts.Report report, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO project_report (project_id, reported_on, progress, percent, by_name, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(projectId, Date.valueOf(report.reportedOn()), report.progress().strip(), report.percent(), by,
					Timestamp.from(at))
			.update();
	}

	long addIssue(long projectId, ProjectDrafts.Issue issue) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO project_issue (project_id, title, raised_on) VALUES (?, ?, ?)")
			.params(projectId, issue.title().strip(), Date.valueOf(issue.raisedOn()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean resolve(long projectId, long issueId, ProjectDrafts.Resolution resolution) {
		return jdbc.sql("""
				UPDATE project_issue SET resolved_on = ?, resolution = ?
				WHERE id = ? AND project_id = ? AND resolved_on IS NULL AND raised_on <= ?""")
			.params(Date.valueOf(resolution.resolvedOn()), resolution.resolution().strip(), issueId, projectId,
					Date.valueOf(resolution.resolvedOn()))
			.update() == 1;
	}

	void close(long projectId, JointProject.Rating rating, String evaluation, LocalDate on, String by) {
		jdbc.sql("""
				UPDATE joint_project SET status = 'CLOSED', rating = ?, evaluation = ?, closed_on = ?, closed_by = ?,
				                         version = version + 1
				WHERE id = ? AND status = 'RUNNING'""")
			.params(rating.name(), evaluation, Date.valueOf(on), by, projectId)
			.update();
	}

	void cancel(long projectId, String reason, LocalDate on, String by) {
		jdbc.sql("""
				UPDATE joint_project SET status = 'CANCELLED', evaluation = ?, closed_on = ?, closed_by = ?,
				                         version = version + 1
				WHERE id = ? AND status = 'RUNNING'""").params(reason, Date.valueOf(on), by, projectId).update();
	}

	/** The achievements recorded as the project's outcomes. */
	List<Long> outcomeIds(long projectId) {
		return jdbc.sql("SELECT id FROM achievement WHERE joint_project_id = ? AND status = 'RECORDED' ORDER BY id")
			.param(projectId)
			.query(Long.class)
			.list();
	}

	/** Links an achievement to the project it came from. */
	void linkOutcome(long achievementId, long projectId) {
		jdbc.sql("UPDATE achievement SET joint_project_id = ? WHERE id = ?").params(projectId, achievementId).update();
	}

}
