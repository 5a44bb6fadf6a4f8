package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.exam.internal.paper.DrawnItem;
import cn.jiangxin.shared.persistence.DatabaseKind;

/**
 * The attempts of exams with their papers and answers, and the invigilator's log. A save
 * and a hand-in of the same attempt meet on the items' rows: the hand-in marks them all
 * before it grades, and a save changes an item only while it is unmarked, so no answer is
 * taken after the paper was graded.
 */
@Repository
public class AttemptStore {

	/** The most rows one INSERT of a paper's items carries. */
	private static final int ITEMS_PER_INSERT = 200;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final boolean postgres;

	AttemptStore(JdbcClient jdbc, JdbcTemplate batch, DatabaseKind database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.postgres = database.isPostgres();
	}

	/**
	 * Starts attempt {@code number} unless it exists already (a second tab, a double
	 * tap); its id, or empty when another request started it first.
	 */
	Optional<Long> insert(long examId, long memberId, long orgId, int number, long seed, Instant start,
			Instant deadline, String device, String ip) {
		KeyHolder key = new GeneratedKeyHolder();
		int inserted = jdbc
			.sql("""
					INSERT INTO exam_attempt (exam_id, member_id, org_id, number, status, seed, started_at, deadline, device,
					    last_ip)
					VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
			.params(examId, memberId, orgId, number, seed, Timestamp.from(start), Timestamp.from(deadline), device, ip)
			.update(key, "id");
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(key.getKeyAs(Long.class));
	}

	void insertItems(long attemptId, List<DrawnItem> items) {
		// One statement of many rows per chunk: a start is the crowd's first minute, and
		// one INSERT per question cost the database most of it
		for (int from = 0; from < items.size(); from += ITEMS_PER_INSERT) {
			int to = Math.min(items.size(), from + ITEMS_PER_INSERT);
			StringBuilder sql = new StringBuilder("""
					INSERT INTO attempt_item (attempt_id, question_id, position, version_id, row_position, slot, points,
					    option_order) VALUES """);
			List<Object> params = new ArrayList<>();
			for (int i = from; i < to; i++) {
				DrawnItem item = items.get(i);
				sql.append(i == from ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
				params.addAll(Arrays.asList(attemptId, item.questionId(), i + 1, item.versionId(), item.rowPosition(),
						item.slot(), item.points(), item.optionOrder()));
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	public Optional<Attempt> find(long attemptId) {
		return jdbc.sql("SELECT * FROM exam_attempt WHERE id = ?").param(attemptId).query(AttemptStore::row).optional();
	}

	/**
	 * The attempt, its row locked until the end of the transaction (for a change of it).
	 */
	Optional<Attempt> lock(long attemptId) {
		return jdbc.sql("SELECT * FROM exam_attempt WHERE id = ? FOR UPDATE")
			.param(attemptId)
			.query(AttemptStore::row)
			.optional();
	}

	/** A member's attempts at an exam, first first. */
	public List<Attempt> of(long examId, long memberId) {
		return jdbc.sql("SELECT * FROM exam_attempt WHERE exam_id = ? AND member_id = ? ORDER BY number")
			.params(examId, memberId)
			.query(AttemptStore::row)
			.list();
	}

	/** Every attempt of an exam. */
	public List<Attempt> ofExam(long examId) {
		return jdbc.sql("SELECT * FROM exam_attempt WHERE exam_id = ? ORDER BY id")
			.param(examId)
			.query(AttemptStore::row)
			.list();
	}

	/** A member's attempts at any exam, newest first. */
	public List<Attempt> ofMember(long memberId, int limit) {
		return jdbc
			.sql("SELECT * FROM exam_attempt WHERE member_id = ? ORDER BY started_at DESC FETCH FIRST ? ROWS ONLY")
			.params(memberId, limit)
			.query(AttemptStore::row)
			.list();
	}

	/** The items of an attempt's paper in order. */
	public List<AttemptItem> items(long attemptId) {
		return jdbc.sql("SELECT * FROM attempt_item WHERE attempt_id = ? ORDER BY position")
			.param(attemptId)
			.query(AttemptStore::item)
			.list();
	}

	/** The items of many attempts' papers, by attempt, each in order. */
	public Map<Long, List<AttemptItem>> items(Collection<Long> attemptIds) {
		Map<Long, List<AttemptItem>> items = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>(attemptIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.sql("SELECT * FROM attempt_item WHERE attempt_id IN (" + marks(chunk.size())
					+ ") ORDER BY attempt_id, position")
				.params(new ArrayList<Object>(chunk))
				.query(AttemptStore::item)
				.list()
				.forEach(item -> items.computeIfAbsent(item.attemptId(), k -> new ArrayList<>()).add(item));
		}
		return items;
	}

	/**
	 * Whose an attempt is and which question's version each item of its paper holds, by
	 * question; null when there is no such attempt.
	 */
	Paper paperOf(long attemptId) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		long[] member = { 0 };
		jdbc.sql(
				"""
						SELECT a.member_id, i.question_id, i.version_id FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id
						WHERE i.attempt_id = ?""")
			.param(attemptId)
			.query(rs -> {
				member[0] = rs.getLong(1);
				versions.put(rs.getLong(2), rs.getLong(3));
			});
		return versions.isEmpty() ? null : Paper.of(member[0], versions);
	}

	/**
	 * Whose an attempt is and the question versions of its paper, as two arrays sorted by
	 * question: a crowd's papers are kept for its saves, and 85 questions take about 1.4
	 * KB so (by the sizes of the objects) where a map of boxed ids took about 6.7 KB.
	 */
	record Paper(long memberId, long[] questions, long[] versions) {

		static Paper of(long memberId, Map<Long, Long> versionsByQuestion) {
			long[] questions = versionsByQuestion.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
			long[] versions = new long[questions.length];
			for (int i = 0; i < questions.length; i++) {
				versions[i] = versionsByQuestion.get(questions[i]);
			}
			return new Paper(memberId, questions, versions);
		}

		/** The version of a question on this paper, or null if it is not on it. */
		Long versionOf(long questionId) {
			int at = Arrays.binarySearch(questions, questionId);
			return at < 0 ? null : versions[at];
		}

	}

	/**
	 * Saves an answer of the member's open attempt, before its deadline and from the
	 * device that holds it, unless a later one (by the client's sequence number) is kept
	 * already or the paper is handed in: one statement, which needs no lock on the
	 * attempt (the hand-in marks the items first, see {@link #handIn}). The attempt's
	 * deadline if saved, empty if not.
	 */
	Optional<Instant> saveAnswer(long attemptId, long memberId, String device, long questionId, String answer, long seq,
			Instant at) {
		Timestamp now = Timestamp.from(at);
		// The attempt is found by its key alone and checked in the select list: with its
		// conditions in the WHERE, PostgreSQL may take the index of open attempts by
		// deadline (the sweep's) and read thousands of rows per save
		String update = """
				UPDATE attempt_item SET answer = ?, answer_seq = ?, answered_at = ?
				WHERE attempt_id = ? AND question_id = ? AND answer_seq < ? AND NOT handed_in
				  AND (SELECT a.member_id = ? AND a.status = 'IN_PROGRESS' AND a.deadline > ? AND a.device = ?
				       FROM exam_attempt a WHERE a.id = ?)""";
		Object[] params = { answer, seq, now, attemptId, questionId, seq, memberId, now, device, attemptId };
		if (postgres) {
			// The deadline for the answer in the same round trip
			return jdbc.sql(update + " RETURNING (SELECT deadline FROM exam_attempt WHERE id = ?)")
				.params(params)
				.param(attemptId)
				.query((rs, n) -> rs.getTimestamp(1).toInstant())
				.optional();
		}
		if (jdbc.sql(update).params(params).update() == 0) {
			return Optional.empty();
		}
		return find(attemptId).map(Attempt::deadline);
	}

	/**
	 * Marks every item of an attempt's paper handed in, waiting for the saves in flight;
	 * no save changes them afterwards.
	 */
	void handIn(long attemptId) {
		jdbc.sql("UPDATE attempt_item SET handed_in = TRUE WHERE attempt_id = ?").param(attemptId).update();
	}

	/** The sequence number of the answer kept for a question. */
	long answerSeq(long attemptId, long questionId) {
		return jdbc.sql("SELECT answer_seq FROM attempt_item WHERE attempt_id = ? AND question_id = ?")
			.params(attemptId, questionId)
			.query(Long.class)
			.single();
	}

	/**
	 * Sets the scores of items (objective ones on hand-in, a short answer once marked).
	 */
	void score(long attemptId, Map<Long, BigDecimal> scores) {
		List<Object[]> rows = new ArrayList<>();
		scores.forEach((question, score) -> rows.add(new Object[] { score, attemptId, question }));
		batch.batchUpdate("UPDATE attempt_item SET score = ? WHERE attempt_id = ? AND question_id = ?", rows);
	}

	/**
	 * Hands an attempt in, graded or waiting for its short answers to be marked; the
	 * caller holds the attempt's row and has seen it in progress. (By its key alone: with
	 * a condition on the status PostgreSQL may take the index of open attempts instead.)
	 */
	void submit(long attemptId, AttemptStatus status, BigDecimal score, Boolean passed, Instant at, SubmittedBy by) {
		jdbc.sql("""
				UPDATE exam_attempt SET status = ?, score = ?, passed = ?, submitted_at = ?, submitted_by = ?,
				    graded_at = ?
				WHERE id = ?""")
			.params(status.name(), score, passed, Timestamp.from(at), by.name(),
					status == AttemptStatus.GRADED ? Timestamp.from(at) : null, attemptId)
			.update();
	}

	/**
	 * Records the full score of an attempt whose short answers are all marked; the caller
	 * holds the attempt's row and has seen it submitted.
	 */
	void graded(long attemptId, BigDecimal score, boolean passed, Instant at) {
		jdbc.sql("UPDATE exam_attempt SET status = 'GRADED', score = ?, passed = ?, graded_at = ? WHERE id = ?")
			.params(score, passed, Timestamp.from(at), attemptId)
			.update();
	}

	void moveDevice(long attemptId, String device) {
		jdbc.sql("UPDATE exam_attempt SET device = ? WHERE id = ?").params(device, attemptId).update();
	}

	void lastIp(long attemptId, String ip) {
		jdbc.sql("UPDATE exam_attempt SET last_ip = ? WHERE id = ?").params(ip, attemptId).update();
	}

	/** Gives an attempt extra minutes: its deadline moves on by them. */
	void extend(long attemptId, int minutes, Instant deadline) {
		jdbc.sql("UPDATE exam_attempt SET extra_minutes = extra_minutes + ?, deadline = ? WHERE id = ?")
			.params(minutes, Timestamp.from(deadline), attemptId)
			.update();
	}

	void event(long attemptId, EventKind kind, Instant at, String ip, String detail) {
		jdbc.sql("INSERT INTO attempt_event (attempt_id, kind, at, ip, detail) VALUES (?, ?, ?, ?, ?)")
			.params(attemptId, kind.name(), Timestamp.from(at), ip, detail == null ? null : cut(detail, 300))
			.update();
	}

	/** How many events an attempt has, for the bound on what a page may report. */
	int eventCount(long attemptId) {
		return jdbc.sql("SELECT COUNT(*) FROM attempt_event WHERE attempt_id = ?")
			.param(attemptId)
			.query(Integer.class)
			.single();
	}

	/** One line of an attempt's log. */
	public record Event(long id, EventKind kind, Instant at, String ip, String detail) {
	}

	public List<Event> events(long attemptId) {
		return jdbc.sql("SELECT * FROM attempt_event WHERE attempt_id = ? ORDER BY at, id")
			.param(attemptId)
			.query((rs, n) -> new Event(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")), instant(rs, "at"),
					rs.getString("ip"), rs.getString("detail")))
			.list();
	}

	/** Attempts still open past their deadline, for the sweep. */
	List<Long> overdue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM exam_attempt WHERE status = 'IN_PROGRESS' AND deadline <= ?
				ORDER BY deadline FETCH FIRST ? ROWS ONLY""")
			.params(Timestamp.from(now), limit)
			.query(Long.class)
			.list();
	}

	/** Attempts of an exam still being answered. */
	public List<Long> inProgress(long examId) {
		return jdbc.sql("SELECT id FROM exam_attempt WHERE exam_id = ? AND status = 'IN_PROGRESS'")
			.param(examId)
			.query(Long.class)
			.list();
	}

	/** Whether any attempt of the exam may still take answers after this instant. */
	public boolean runningAfter(long examId, Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'IN_PROGRESS' AND deadline > ?""")
			.params(examId, Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a picture is shown by a question on one of the member's papers. */
	public boolean showsImage(long memberId, String hash) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id
				JOIN question_version v ON v.id = i.version_id
				WHERE a.member_id = ? AND (v.stem_image = ?
				   OR EXISTS (SELECT 1 FROM question_option o WHERE o.version_id = v.id AND o.image = ?))""")
			.params(memberId, hash, hash)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * How far an attempt has come, for the invigilator: questions answered of all, the
	 * last answer's time, and how often the page lost focus or was hidden, another device
	 * took over, the address changed, the connection dropped.
	 */
	public record Activity(long attemptId, int answered, int total, Instant lastAnswerAt, int focusLost, int takeovers,
			int addressChanges, int offline) {

		/** Whether the invigilator should look twice. */
		public boolean flagged() {
			return focusLost > 0 || takeovers > 0 || addressChanges > 0;
		}

	}

	/** The activity of these attempts, by attempt. */
	public Map<Long, Activity> activity(Collection<Long> attemptIds) {
		Map<Long, Activity> activity = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>(attemptIds);
		for (int from = 0; from < ids.size(); from += 200) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 200));
			jdbc.sql(
					"""
							SELECT a.id,
							       (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id AND i.answer IS NOT NULL) AS answered,
							       (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id) AS total,
							       (SELECT MAX(i.answered_at) FROM attempt_item i WHERE i.attempt_id = a.id) AS last_answer,
							       (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id
							          AND e.kind IN ('FOCUS_LOST', 'HIDDEN')) AS focus_lost,
							       (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id AND e.kind = 'TAKEOVER') AS takeovers,
							       (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id AND e.kind = 'IP_CHANGED') AS ips,
							       (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id AND e.kind = 'OFFLINE') AS offline
							FROM exam_attempt a WHERE a.id IN (%s)"""
						.formatted(marks(chunk.size())))
				.params(new ArrayList<Object>(chunk))
				.query((rs, n) -> new Activity(rs.getLong("id"), rs.getInt("answered"), rs.getInt("total"),
						instant(rs, "last_answer"), rs.getInt("focus_lost"), rs.getInt("takeovers"), rs.getInt("ips"),
						rs.getInt("offline")))
				.list()
				.forEach(a -> activity.put(a.attemptId(), a));
		}
		return activity;
	}

	static Attempt row(ResultSet rs, int n) throws SQLException {
		String by = rs.getString("submitted_by");
		Object passed = rs.getObject("passed");
		return new Attempt(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("member_id"), rs.getLong("org_id"),
				rs.getInt("number"), AttemptStatus.valueOf(rs.getString("status")), rs.getLong("seed"),
				instant(rs, "started_at"), instant(rs, "deadline"), rs.getInt("extra_minutes"), rs.getString("device"),
				rs.getString("last_ip"), instant(rs, "submitted_at"), by == null ? null : SubmittedBy.valueOf(by),
				rs.getBigDecimal("score"), passed == null ? null : rs.getBoolean("passed"), instant(rs, "graded_at"));
	}

	static AttemptItem item(ResultSet rs, int n) throws SQLException {
		return new AttemptItem(rs.getLong("attempt_id"), rs.getLong("question_id"), rs.getInt("position"),
				rs.getLong("version_id"), (Integer) rs.getObject("row_position", Integer.class), rs.getInt("slot"),
				rs.getBigDecimal("points"), rs.getString("option_order"), rs.getString("answer"),
				rs.getLong("answer_seq"), instant(rs, "answered_at"), rs.getBigDecimal("score"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
