package cn.jiangxin.exam.internal.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an exam's results, leaderboard and grading progress are read from. */
@Repository
class ResultsStore {

	private final JdbcClient jdbc;

	ResultsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many attempts of an exam are handed in with short answers still to mark. */
	long awaitingMarks(long examId) {
		return jdbc.sql("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'SUBMITTED'")
			.param(examId)
			.query(Long.class)
			.single();
	}

	/** Published exams whose window is over, for the sweep to close. */
	List<Long> publishedEnded(Instant now) {
		return jdbc.sql("SELECT id FROM exam WHERE status = 'PUBLISHED' AND closes_at <= ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	ExamCounts counts(long examId) {
		return jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'IN_PROGRESS'),
				       (SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'SUBMITTED'),
				       (SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'GRADED'),
				       (SELECT COUNT(*) FROM exam_candidate WHERE exam_id = ?)""")
			.params(examId, examId, examId, examId)
			.query((rs, n) -> new ExamCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

}
