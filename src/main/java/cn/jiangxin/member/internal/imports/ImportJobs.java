package cn.jiangxin.member.internal.imports;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/**
 * Stores import jobs, their progress and their row errors. Each write commits on its own,
 * so that the page shows progress while an all-or-nothing import is still inside its one
 * transaction.
 */
@Component
class ImportJobs {

	/** At most this many row errors are kept per job; the count goes on beyond it. */
	static final int MAX_STORED_ERRORS = 10_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final TransactionTemplate own;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, JdbcTemplate template, OrgScope scope, OrgDirectory orgNames,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.template = template;
		this.scope = scope;
		this.orgNames = orgNames;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long create(Actor actor, long orgId, String fileName, String format, String mode, long estimatedRows) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO import_job (org_id, actor_id, actor_name, file_name, format, mode, status, total_rows,
				                        created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
				""")
			.params(orgId, actor.accountId(), actor.username(), fileName, format, mode, estimatedRows, now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void status(long id, ImportJobStatus status, String message) {
		own.executeWithoutResult(tx -> writeStatus(id, status, message));
	}

	private void writeStatus(long id, ImportJobStatus status, String message) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		boolean ending = !status.running();
		jdbc.sql("""
				UPDATE import_job SET status = ?, message = ?, updated_at = ?,
				       started_at = COALESCE(started_at, ?), finished_at = CASE WHEN ? THEN ? ELSE finished_at END
				WHERE id = ?
				""").params(status.name(), message, now, now, ending, now, id).update();
	}

	void progress(long id, long total, long processed, long inserted, long updated, long errors) {
		own.executeWithoutResult(tx -> jdbc.sql("""
				UPDATE import_job SET total_rows = ?, processed_rows = ?, inserted = ?, updated = ?, error_count = ?,
				       updated_at = ?
				WHERE id = ?
				""")
			.params(Math.max(total, processed), processed, inserted, updated, errors,
					Timestamp.from(Instant.now(clock)), id)
			.update());
	}

	void errors(long jobId, List<RowError> errors, long alreadyStored) {
		long room = MAX_STORED_ERRORS - alreadyStored;
		if (room <= 0 || errors.isEmpty()) {
			return;
		}
		List<RowError> kept = errors.size() > room ? errors.subList(0, (int) room) : errors;
		Timestamp now = Timestamp.from(Instant.now(clock));
		own.executeWithoutResult(tx -> template.batchUpdate(
				"INSERT INTO import_error (job_id, row_number, column_name, reason, created_at) VALUES (?, ?, ?, ?, ?)",
				kept.stream()
					.map(e -> new Object[] { jobId, e.row(), e.column(), truncate(e.reason()), now })
					.toList()));
	}

	Optional<ImportJobView> find(long id) {
		return jdbc.sql("SELECT * FROM import_job WHERE id = ?")
			.params(id)
			.query(ImportJobs::row)
			.optional()
			.map(job -> named(List.of(job)).get(0));
	}

	List<ImportJobView> recent(Actor actor, int limit) {
		SqlFilter reach = scope.filter(actor, "j.org_id");
		List<Object> params = new ArrayList<>(reach.params());
		params.add(limit);
		return named(jdbc.sql("""
				SELECT j.* FROM import_job j
				WHERE %s
				ORDER BY j.id DESC
				FETCH FIRST ? ROWS ONLY
				""".formatted(reach.sql())).params(params).query(ImportJobs::row).list());
	}

	List<RowError> errorsOf(long jobId, int limit) {
		return jdbc.sql("""
				SELECT row_number, column_name, reason FROM import_error
				WHERE job_id = ?
				ORDER BY row_number, id
				FETCH FIRST ? ROWS ONLY
				""")
			.params(jobId, limit)
			.query((rs, n) -> new RowError(rs.getLong("row_number"), rs.getString("column_name"),
					rs.getString("reason")))
			.list();
	}

	private List<ImportJobView> named(List<ImportJobView> jobs) {
		Map<Long, String> names = orgNames.names(jobs.stream().map(ImportJobView::orgId).collect(Collectors.toSet()));
		return jobs.stream()
			.map(j -> new ImportJobView(j.id(), j.orgId(), names.get(j.orgId()), j.actorName(), j.fileName(),
					j.format(), j.mode(), j.status(), j.totalRows(), j.processedRows(), j.inserted(), j.updated(),
					j.errorCount(), j.message(), j.startedAt(), j.finishedAt(), j.createdAt()))
			.toList();
	}

	private static ImportJobView row(ResultSet rs, int n) throws SQLException {
		return new ImportJobView(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("actor_name"),
				rs.getString("file_name"), rs.getString("format"), rs.getString("mode"),
				ImportJobStatus.valueOf(rs.getString("status")), rs.getLong("total_rows"), rs.getLong("processed_rows"),
				rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("error_count"), rs.getString("message"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String truncate(String reason) {
		return reason.length() > 300 ? reason.substring(0, 297) + "…" : reason;
	}

	/** What is wrong with one cell (or one row) of an import. */
	record RowError(long row, String column, String reason) {
	}

}
