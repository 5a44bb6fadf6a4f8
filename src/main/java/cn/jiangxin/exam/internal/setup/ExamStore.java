package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.paper.PoolQuestion;
import cn.jiangxin.shared.OrgScope;

/** Exams with their blueprints, fixed papers, pools, candidates and staff. */
@Repository
public class ExamStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ExamStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long insert(ExamDraft d, long seed, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO exam (org_id, title, description, status, audience, audience_ref, opens_at, closes_at,
						    duration_minutes, attempts_allowed, pass_mark, results_at_once, review_allowed, leaderboard, on_site,
						    venue, bank_id, paper_kind, shuffle_questions, shuffle_options, double_marking, marking_tolerance,
						    seed, created_by, created_at, updated_at)
						VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.orgId(), d.title().strip(), blank(d.description()), d.audience().name(), d.audienceRef(),
					Timestamp.from(d.opensAt()), Timestamp.from(d.closesAt()), d.durationMinutes(), d.attemptsAllowed(),
					d.passMark(), ExamDraft.on(d.resultsAtOnce()), ExamDraft.on(d.reviewAllowed()),
					ExamDraft.on(d.leaderboard()), ExamDraft.on(d.onSite()), blank(d.venue()), d.bankId(),
					d.paperKind().name(), ExamDraft.on(d.shuffleQuestions()), ExamDraft.on(d.shuffleOptions()),
					ExamDraft.on(d.doubleMarking()), tolerance(d), seed, by, Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Sets a draft exam's seed, from which every candidate's paper is drawn: for the
	 * demo, whose story must read the same on every machine.
	 */
	public void reseed(long id, long seed) {
		jdbc.sql("UPDATE exam SET seed = ? WHERE id = ? AND status = 'DRAFT'").params(seed, id).update();
	}

	boolean update(long id, ExamDraft d, int version, Instant at) {
		return jdbc
			.sql("""
					UPDATE exam SET title = ?, description = ?, audience = ?, audience_ref = ?, opens_at = ?, closes_at = ?,
					    duration_minutes = ?, attempts_allowed = ?, pass_mark = ?, results_at_once = ?, review_allowed = ?,
					    leaderboard = ?, on_site = ?, venue = ?, bank_id = ?, paper_kind = ?, shuffle_questions = ?,
					    shuffle_options = ?, double_marking = ?, marking_tolerance = ?, updated_at = ?, version = version + 1
					WHERE id = ? AND version = ? AND status = 'DRAFT'""")
			.params(d.title().strip(), blank(d.description()), d.audience().name(), d.audienceRef(),
					Timestamp.from(d.opensAt()), Timestamp.from(d.closesAt()), d.durationMinutes(), d.attemptsAllowed(),
					d.passMark(), ExamDraft.on(d.resultsAtOnce()), ExamDraft.on(d.reviewAllowed()),
					ExamDraft.on(d.leaderboard()), ExamDraft.on(d.onSite()), blank(d.venue()), d.bankId(),
					d.paperKind().name(), ExamDraft.on(d.shuffleQuestions()), ExamDraft.on(d.shuffleOptions()),
					ExamDraft.on(d.doubleMarking()), tolerance(d), Timestamp.from(at), id, version)
			.update() == 1;
	}

	private static BigDecimal tolerance(ExamDraft d) {
		return d.markingTolerance() == null ? BigDecimal.ONE : d.markingTolerance();
	}

	/** Moves an exam from one status to the next; false if it was no longer there. */
	public boolean move(long id, ExamStatus from, ExamStatus to, Instant at) {
		String column = switch (to) {
			case PUBLISHED -> "published_at";
			case CLOSED -> "closed_at";
			case FINAL -> "finalised_at";
			case DRAFT -> "updated_at";
		};
		return jdbc
			.sql("UPDATE exam SET status = ?, " + column
					+ " = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = ?")
			.params(to.name(), Timestamp.from(at), Timestamp.from(at), id, from.name())
			.update() == 1;
	}

	void maxScore(long id, BigDecimal maxScore) {
		jdbc.sql("UPDATE exam SET max_score = ? WHERE id = ?").params(maxScore, id).update();
	}

	/** Moves the window's end (an exam closed early ends its window now). */
	public void closeWindow(long id, Instant at) {
		jdbc.sql("UPDATE exam SET closes_at = ? WHERE id = ? AND closes_at > ?")
			.params(Timestamp.from(at), id, Timestamp.from(at))
			.update();
	}

	public Optional<Exam> find(long id) {
		return jdbc.sql("SELECT * FROM exam WHERE id = ?").param(id).query(ExamStore::exam).optional();
	}

	/** Exams in a scope, newest window first. */
	public List<Exam> list(OrgScope.SqlFilter filter, ExamStatus status, int limit) {
		List<Object> params = new ArrayList<>(filter.params());
		String where = " WHERE " + filter.sql();
		if (status != null) {
			where += " AND status = ?";
			params.add(status.name());
		}
		params.add(limit);
		return jdbc.sql("SELECT * FROM exam" + where + " ORDER BY opens_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(ExamStore::exam)
			.list();
	}

	/** How many exams in a scope are in a status. */
	public long count(OrgScope.SqlFilter filter, ExamStatus status) {
		List<Object> params = new ArrayList<>(filter.params());
		params.add(status.name());
		return jdbc.sql("SELECT COUNT(*) FROM exam WHERE " + filter.sql() + " AND status = ?")
			.params(params)
			.query(Long.class)
			.single();
	}

	public List<Exam> forAudience(Audience audience, long ref) {
		return jdbc.sql("SELECT * FROM exam WHERE audience = ? AND audience_ref = ? ORDER BY opens_at, id")
			.params(audience.name(), ref)
			.query(ExamStore::exam)
			.list();
	}

	/** The exams a member is named a candidate of, newest first. */
	public List<Exam> namingCandidate(long memberId) {
		return jdbc.sql("""
				SELECT e.* FROM exam e JOIN exam_candidate c ON c.exam_id = e.id
				WHERE c.member_id = ? AND e.status <> 'DRAFT' ORDER BY e.opens_at DESC""")
			.param(memberId)
			.query(ExamStore::exam)
			.list();
	}

	/** Open quizzes (subtree audience) not in draft, newest first. */
	public List<Exam> openQuizzes(int limit) {
		return jdbc.sql("""
				SELECT * FROM exam WHERE audience = 'SUBTREE' AND status <> 'DRAFT'
				ORDER BY opens_at DESC FETCH FIRST ? ROWS ONLY""").param(limit).query(ExamStore::exam).list();
	}

	/** Published exams whose window has ended, for the sweep to close. */
	public List<Long> publishedEndedBefore(Instant at) {
		return jdbc.sql("SELECT id FROM exam WHERE status = 'PUBLISHED' AND closes_at <= ?")
			.param(Timestamp.from(at))
			.query(Long.class)
			.list();
	}

	private static Exam exam(ResultSet rs, int n) throws SQLException {
		return new Exam(rs.getLong("id"), rs.getLong("org_id"), rs.getString("title"), rs.getString("description"),
				ExamStatus.valueOf(rs.getString("status")), Audience.valueOf(rs.getString("audience")),
				(Long) rs.getObject("audience_ref", Long.class), instant(rs, "opens_at"), instant(rs, "closes_at"),
				rs.getInt("duration_minutes"), rs.getInt("attempts_allowed"), rs.getBigDecimal("pass_mark"),
				rs.getBoolean("results_at_once"), rs.getBoolean("review_allowed"), rs.getBoolean("leaderboard"),
				rs.getBoolean("on_site"), rs.getString("venue"), rs.getLong("bank_id"),
				PaperKind.valueOf(rs.getString("paper_kind")), rs.getBoolean("shuffle_questions"),
				rs.getBoolean("shuffle_options"), rs.getBoolean("double_marking"),
				rs.getBigDecimal("marking_tolerance"), rs.getLong("seed"), rs.getBigDecimal("max_score"),
				instant(rs, "published_at"), instant(rs, "closed_at"), instant(rs, "finalised_at"),
				rs.getString("created_by"), instant(rs, "created_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	// --- The paper
	// -------------------------------------------------------------------------

	void replaceBlueprint(long examId, List<BlueprintRow> rows) {
		jdbc.sql("DELETE FROM exam_blueprint_row WHERE exam_id = ?").param(examId).update();
		batch.batchUpdate("""
				INSERT INTO exam_blueprint_row (exam_id, position, area_id, type, difficulty_min, difficulty_max,
				    question_count, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, r) -> {
			ps.setLong(1, examId);
			ps.setInt(2, r.position());
			ps.setObject(3, r.areaId());
			ps.setString(4, r.type().name());
			ps.setInt(5, r.difficultyMin());
			ps.setInt(6, r.difficultyMax());
			ps.setInt(7, r.count());
			ps.setBigDecimal(8, r.points());
		});
	}

	public List<BlueprintRow> blueprint(long examId) {
		return jdbc.sql("SELECT * FROM exam_blueprint_row WHERE exam_id = ? ORDER BY position")
			.param(examId)
			.query((rs, n) -> new BlueprintRow(rs.getInt("position"), (Long) rs.getObject("area_id", Long.class),
					QuestionType.valueOf(rs.getString("type")), rs.getInt("difficulty_min"),
					rs.getInt("difficulty_max"), rs.getInt("question_count"), rs.getBigDecimal("points")))
			.list();
	}

	/** A question of a fixed paper at its version, with its type and option count. */
	public record FixedQuestion(int position, PoolQuestion question, BigDecimal points) {
	}

	void replaceFixed(long examId, List<FixedQuestion> questions) {
		jdbc.sql("DELETE FROM exam_fixed_question WHERE exam_id = ?").param(examId).update();
		batch.batchUpdate("""
				INSERT INTO exam_fixed_question (exam_id, position, question_id, version_id, points)
				VALUES (?, ?, ?, ?, ?)""", questions, questions.size(), (ps, q) -> {
			ps.setLong(1, examId);
			ps.setInt(2, q.position());
			ps.setLong(3, q.question().questionId());
			ps.setLong(4, q.question().versionId());
			ps.setBigDecimal(5, q.points());
		});
	}

	public List<FixedQuestion> fixed(long examId) {
		return jdbc
			.sql("""
					SELECT f.*, q.type, (SELECT COUNT(*) FROM question_option o WHERE o.version_id = f.version_id) AS options
					FROM exam_fixed_question f JOIN question q ON q.id = f.question_id
					WHERE f.exam_id = ? ORDER BY f.position""")
			.param(examId)
			.query((rs, n) -> new FixedQuestion(rs.getInt("position"),
					new PoolQuestion(rs.getLong("question_id"), rs.getLong("version_id"),
							QuestionType.valueOf(rs.getString("type")), rs.getInt("options")),
					rs.getBigDecimal("points")))
			.list();
	}

	void insertPool(long examId, Map<Integer, List<PoolQuestion>> pools) {
		List<Object[]> rows = new ArrayList<>();
		pools.forEach((row, questions) -> questions
			.forEach(q -> rows.add(new Object[] { examId, row, q.questionId(), q.versionId() })));
		batch.batchUpdate("INSERT INTO exam_pool (exam_id, row_position, question_id, version_id) VALUES (?, ?, ?, ?)",
				rows);
	}

	/** The pool of each blueprint row as fixed at publication. */
	public Map<Integer, List<PoolQuestion>> pool(long examId) {
		Map<Integer, List<PoolQuestion>> pools = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.row_position, p.question_id, p.version_id, q.type,
				       (SELECT COUNT(*) FROM question_option o WHERE o.version_id = p.version_id) AS options
				FROM exam_pool p JOIN question q ON q.id = p.question_id
				WHERE p.exam_id = ? ORDER BY p.row_position, p.question_id""").param(examId).query((rs, n) -> {
			pools.computeIfAbsent(rs.getInt("row_position"), k -> new ArrayList<>())
				.add(new PoolQuestion(rs.getLong("question_id"), rs.getLong("version_id"),
						QuestionType.valueOf(rs.getString("type")), rs.getInt("options")));
			return null;
		}).list();
		return pools;
	}

	// --- Candidates and staff
	// --------------------------------------------------------------

	/** A named candidate with their admission ticket. */
	public record Candidate(long examId, long memberId, String ticketNo, String seat, Instant checkedInAt) {
	}

	void insertCandidates(long examId, List<Candidate> candidates, Instant at) {
		batch.batchUpdate("""
				INSERT INTO exam_candidate (exam_id, member_id, ticket_no, seat, added_at) VALUES (?, ?, ?, ?, ?)""",
				candidates, candidates.size(), (ps, c) -> {
					ps.setLong(1, examId);
					ps.setLong(2, c.memberId());
					ps.setString(3, c.ticketNo());
					ps.setString(4, c.seat());
					ps.setTimestamp(5, Timestamp.from(at));
				});
	}

	void removeCandidate(long examId, long memberId) {
		jdbc.sql("DELETE FROM exam_candidate WHERE exam_id = ? AND member_id = ?").params(examId, memberId).update();
	}

	public List<Candidate> candidates(long examId) {
		return jdbc.sql("SELECT * FROM exam_candidate WHERE exam_id = ? ORDER BY ticket_no")
			.param(examId)
			.query(ExamStore::candidate)
			.list();
	}

	public Optional<Candidate> candidate(long examId, long memberId) {
		return jdbc.sql("SELECT * FROM exam_candidate WHERE exam_id = ? AND member_id = ?")
			.params(examId, memberId)
			.query(ExamStore::candidate)
			.optional();
	}

	public Optional<Candidate> ticket(String ticketNo) {
		return jdbc.sql("SELECT * FROM exam_candidate WHERE ticket_no = ?")
			.param(ticketNo)
			.query(ExamStore::candidate)
			.optional();
	}

	boolean checkIn(long examId, long memberId, Instant at) {
		return jdbc
			.sql("""
					UPDATE exam_candidate SET checked_in_at = ? WHERE exam_id = ? AND member_id = ? AND checked_in_at IS NULL""")
			.params(Timestamp.from(at), examId, memberId)
			.update() == 1;
	}

	int candidateCount(long examId) {
		return jdbc.sql("SELECT COUNT(*) FROM exam_candidate WHERE exam_id = ?")
			.param(examId)
			.query(Integer.class)
			.single();
	}

	private static Candidate candidate(ResultSet rs, int n) throws SQLException {
		return new Candidate(rs.getLong("exam_id"), rs.getLong("member_id"), rs.getString("ticket_no"),
				rs.getString("seat"), instant(rs, "checked_in_at"));
	}

	/** Someone on an exam's staff: an account and what they do. */
	public record Staff(long accountId, StaffDuty duty, Instant addedAt) {
	}

	boolean addStaff(long examId, long accountId, StaffDuty duty, Instant at) {
		return jdbc.sql("""
				INSERT INTO exam_staff (exam_id, account_id, duty, added_at)
				SELECT ?, ?, ?, ? WHERE NOT EXISTS
				    (SELECT 1 FROM exam_staff WHERE exam_id = ? AND account_id = ? AND duty = ?)""")
			.params(examId, accountId, duty.name(), Timestamp.from(at), examId, accountId, duty.name())
			.update() == 1;
	}

	boolean removeStaff(long examId, long accountId, StaffDuty duty) {
		return jdbc.sql("DELETE FROM exam_staff WHERE exam_id = ? AND account_id = ? AND duty = ?")
			.params(examId, accountId, duty.name())
			.update() == 1;
	}

	public List<Staff> staff(long examId) {
		return jdbc.sql("SELECT * FROM exam_staff WHERE exam_id = ? ORDER BY duty, added_at")
			.param(examId)
			.query((rs, n) -> new Staff(rs.getLong("account_id"), StaffDuty.valueOf(rs.getString("duty")),
					instant(rs, "added_at")))
			.list();
	}

	public Set<StaffDuty> duties(long examId, long accountId) {
		return jdbc.sql("SELECT duty FROM exam_staff WHERE exam_id = ? AND account_id = ?")
			.params(examId, accountId)
			.query(String.class)
			.list()
			.stream()
			.map(StaffDuty::valueOf)
			.collect(Collectors.toSet());
	}

	/** The exams an account is on the staff of, with a duty. */
	public List<Long> staffedBy(long accountId, StaffDuty duty) {
		return jdbc.sql("SELECT exam_id FROM exam_staff WHERE account_id = ? AND duty = ? ORDER BY exam_id DESC")
			.params(accountId, duty.name())
			.query(Long.class)
			.list();
	}

	public List<Exam> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT * FROM exam WHERE id IN (" + String.join(", ", ids.stream().map(i -> "?").toList())
					+ ") ORDER BY opens_at DESC")
			.params(new ArrayList<Object>(ids))
			.query(ExamStore::exam)
			.list();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
