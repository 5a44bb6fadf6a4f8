package cn.jiangxin.contest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackView;

/**
 * Reads and writes the versions of what entries hand in, and their items, with plain SQL.
 */
@Component
class SubmissionStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	SubmissionStore(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	long insert(long entryId, int versionNo, String submittedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO submission (entry_id, version_no, submitted_by, created_at) VALUES (?, ?, ?, ?)")
			.params(entryId, versionNo, submittedBy, Timestamp.from(Instant.now(clock)))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertItem(long submissionId, SubmissionView.Item item) {
		jdbc.sql(
				"""
						INSERT INTO submission_item (submission_id, requirement_code, text_value, blob_hash, file_name, content_type,
						                             size_bytes, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(submissionId, item.code(), item.text(), item.blobHash(), item.fileName(), item.contentType(),
					item.sizeBytes(), Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** Every version of an entry's submission, newest first. */
	List<SubmissionView> versions(long entryId) {
		List<SubmissionView> versions = jdbc.sql("SELECT * FROM submission WHERE entry_id = ? ORDER BY version_no DESC")
			.params(entryId)
			.query((rs, n) -> new SubmissionView(rs.getLong("id"), rs.getLong("entry_id"), rs.getInt("version_no"),
					rs.getString("submitted_by"), rs.getTimestamp("created_at").toInstant(), List.of()))
			.list();
		return withItems(versions);
	}

	/** The newest version of each of these entries' submissions. */
	Map<Long, SubmissionView> latest(Collection<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Map.of();
		}
		List<SubmissionView> rows = jdbc.sql("""
				SELECT s.* FROM submission s
				WHERE s.entry_id IN (:ids)
				  AND s.version_no = (SELECT MAX(v.version_no) FROM submission v WHERE v.entry_id = s.entry_id)
				""")
			.param("ids", List.copyOf(entryIds))
			.query((rs, n) -> new SubmissionView(rs.getLong("id"), rs.getLong("entry_id"), rs.getInt("version_no"),
					rs.getString("submitted_by"), rs.getTimestamp("created_at").toInstant(), List.of()))
			.list();
		return withItems(rows).stream().collect(Collectors.toMap(SubmissionView::entryId, s -> s));
	}

	Optional<SubmissionView> latest(long entryId) {
		return Optional.ofNullable(latest(List.of(entryId)).get(entryId));
	}

	int nextVersion(long entryId) {
		return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM submission WHERE entry_id = ?")
			.params(entryId)
			.query(Integer.class)
			.single();
	}

	/** An item with the entry it belongs to, for serving its file. */
	Optional<Map.Entry<Long, SubmissionView.Item>> item(long itemId) {
		return jdbc.sql("""
				SELECT s.entry_id, i.* FROM submission_item i JOIN submission s ON s.id = i.submission_id WHERE i.id = ?
				""").params(itemId).query((rs, n) -> Map.entry(rs.getLong("entry_id"), item(rs))).optional();
	}

	/**
	 * The labels of the track's required items the entry's newest version lacks (all of
	 * them if it has none).
	 */
	List<String> missingRequired(TrackView track, long entryId) {
		Set<String> present = latest(entryId)
			.map(s -> s.items().stream().map(SubmissionView.Item::code).collect(Collectors.toSet()))
			.orElse(Set.of());
		return track.requirements()
			.stream()
			.filter(TrackView.Requirement::required)
			.filter(r -> !present.contains(r.code()))
			.map(TrackView.Requirement::label)
			.toList();
	}

	private List<SubmissionView> withItems(List<SubmissionView> versions) {
		if (versions.isEmpty()) {
			return versions;
		}
		Map<Long, List<SubmissionView.Item>> items = new HashMap<>();
		jdbc.sql("SELECT * FROM submission_item WHERE submission_id IN (:ids) ORDER BY id")
			.param("ids", versions.stream().map(SubmissionView::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("submission_id"), item(rs)))
			.list()
			.forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return versions.stream()
			.map(v -> new SubmissionView(v.id(), v.entryId(), v.versionNo(), v.submittedBy(), v.createdAt(),
					items.getOrDefault(v.id(), List.of())))
			.toList();
	}

	private static SubmissionView.Item item(ResultSet rs) throws SQLException {
		return new SubmissionView.Item(rs.getLong("id"), rs.getString("requirement_code"), rs.getString("text_value"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getObject("size_bytes", Long.class),
				rs.getString("blob_hash"));
	}

}
