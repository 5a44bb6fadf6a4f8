package cn.jiangxin.exam.internal.grading;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Graders' marks: a claim is the insert of a mark's row, which the unique (answer, slot)
 * key lets only one grader make; a claim left unmarked past its time may be taken over by
 * another grader, in one conditional update.
 */
@Repository
class GradingStore {

	private final JdbcClient jdbc;

	GradingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Short answers of a question still without a final score, that this grader has not
	 * marked.
	 */
	List<Long> openAnswers(long examId, long questionId, long graderId, int limit) {
		return jdbc
			.sql("""
					SELECT i.attempt_id FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id
					WHERE a.exam_id = ? AND a.status = 'SUBMITTED' AND i.question_id = ? AND i.score IS NULL
					  AND NOT EXISTS (SELECT 1 FROM grading_mark m
					                  WHERE m.attempt_id = i.attempt_id AND m.question_id = i.question_id AND m.grader_id = ?)
					ORDER BY i.attempt_id FETCH FIRST ? ROWS ONLY""")
			.params(examId, questionId, graderId, limit)
			.query(Long.class)
			.list();
	}

	/** The marks of one answer, by slot. */
	List<Mark> marks(long attemptId, long questionId) {
		return jdbc.sql("SELECT * FROM grading_mark WHERE attempt_id = ? AND question_id = ? ORDER BY slot")
			.params(attemptId, questionId)
			.query(GradingStore::row)
			.list();
	}

	/** Claims a slot of an answer; false if another grader holds it already. */
	boolean claim(long attemptId, long questionId, int slot, long graderId, Instant at, Instant until) {
		return jdbc.sql("""
				INSERT INTO grading_mark (attempt_id, question_id, slot, grader_id, claimed_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(attemptId, questionId, slot, graderId, Timestamp.from(at), Timestamp.from(until))
			.update() == 1;
	}

	/**
	 * Takes over a claim left unmarked past its time; false if it was marked or renewed
	 * meanwhile.
	 */
	boolean takeOver(long markId, long graderId, Instant at, Instant until) {
		return jdbc.sql("""
				UPDATE grading_mark SET grader_id = ?, claimed_at = ?, expires_at = ?
				WHERE id = ? AND marked_at IS NULL AND expires_at <= ?""")
			.params(graderId, Timestamp.from(at), Timestamp.from(until), markId, Timestamp.from(at))
			.update() == 1;
	}

	Optional<Mark> find(long markId) {
		return jdbc.sql("SELECT * FROM grading_mark WHERE id = ?").param(markId).query(GradingStore::row).optional();
	}

	Optional<Mark> lock(long markId) {
		return jdbc.sql("SELECT * FROM grading_mark WHERE id = ? FOR UPDATE")
			.param(markId)
			.query(GradingStore::row)
			.optional();
	}

	Optional<Mark> find(long attemptId, long questionId, int slot) {
		return jdbc.sql("SELECT * FROM grading_mark WHERE attempt_id = ? AND question_id = ? AND slot = ?")
			.params(attemptId, questionId, slot)
			.query(GradingStore::row)
			.optional();
	}

	/** A grader's claims of an exam's question not yet marked, oldest first. */
	List<Mark> openClaims(long examId, long questionId, long graderId) {
		return jdbc.sql("""
				SELECT m.* FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id
				WHERE a.exam_id = ? AND m.question_id = ? AND m.grader_id = ? AND m.marked_at IS NULL
				ORDER BY m.claimed_at""").params(examId, questionId, graderId).query(GradingStore::row).list();
	}

	/** A grader's latest marks and claims of an exam, newest first. */
	List<Mark> byGrader(long examId, long graderId, int limit) {
		return jdbc.sql("""
				SELECT m.* FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id
				WHERE a.exam_id = ? AND m.grader_id = ?
				ORDER BY COALESCE(m.marked_at, m.claimed_at) DESC, m.id DESC FETCH FIRST ? ROWS ONLY""")
			.params(examId, graderId, limit)
			.query(GradingStore::row)
			.list();
	}

	void mark(long markId, BigDecimal score, String comment, Instant at) {
		jdbc.sql("UPDATE grading_mark SET score = ?, comment = ?, marked_at = ? WHERE id = ?")
			.params(score, comment, Timestamp.from(at), markId)
			.update();
	}

	boolean release(long markId, long graderId) {
		return jdbc.sql("DELETE FROM grading_mark WHERE id = ? AND grader_id = ? AND marked_at IS NULL")
			.params(markId, graderId)
			.update() == 1;
	}

	/** Sets an answer's final score. */
	void finalScore(long attemptId, long questionId, BigDecimal score) {
		jdbc.sql("UPDATE attempt_item SET score = ? WHERE attempt_id = ? AND question_id = ? AND score IS NULL")
			.params(score, attemptId, questionId)
			.update();
	}

	/**
	 * How far one question's marking has come: answers handed in, with a final score,
	 * marks by this grader.
	 */
	record Progress(long questionId, long answers, long done, long mine) {

		public long remaining() {
			return answers - done;
		}

	}

	List<Progress> progress(long examId, List<Long> questionIds, long graderId) {
		if (questionIds.isEmpty()) {
			return List.of();
		}
		return questionIds.stream()
			.map(q -> jdbc
				.sql("""
						SELECT COUNT(*) AS answers, COUNT(i.score) AS done,
						       (SELECT COUNT(*) FROM grading_mark m JOIN exam_attempt ma ON ma.id = m.attempt_id
						        WHERE ma.exam_id = ? AND m.question_id = ? AND m.grader_id = ? AND m.marked_at IS NOT NULL) AS mine
						FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id
						WHERE a.exam_id = ? AND a.status <> 'IN_PROGRESS' AND i.question_id = ?""")
				.params(examId, q, graderId, examId, q)
				.query((rs, n) -> new Progress(q, rs.getLong("answers"), rs.getLong("done"), rs.getLong("mine")))
				.single())
			.toList();
	}

	/**
	 * The questions of an exam's papers answered in words, in the order they first
	 * appear.
	 */
	List<long[]> shortQuestions(long examId) {
		return jdbc.sql("""
				SELECT i.question_id, MIN(i.version_id) AS version_id, MIN(i.position) AS position
				FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id JOIN question q ON q.id = i.question_id
				WHERE a.exam_id = ? AND q.type = 'SHORT'
				GROUP BY i.question_id ORDER BY MIN(i.position), i.question_id""")
			.param(examId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	private static Mark row(ResultSet rs, int n) throws SQLException {
		Timestamp marked = rs.getTimestamp("marked_at");
		return new Mark(rs.getLong("id"), rs.getLong("attempt_id"), rs.getLong("question_id"), rs.getInt("slot"),
				rs.getLong("grader_id"), rs.getTimestamp("claimed_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), rs.getBigDecimal("score"), rs.getString("comment"),
				marked == null ? null : marked.toInstant());
	}

}
