package cn.jiangxin.honor.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorView;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;

/** Reads and writes the honour registry. */
@Component
class HonorStore {

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	HonorStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	/** Inserts an honour; for an award, only once per title (returns the existing id then). */
	long insert(String title, HolderKind kind, String holderName, Long memberId, long orgId, String source,
			String sourceRef, Long contestId, Long awardId, LocalDate on, String by) {
		if (awardId != null) {
			jdbc.sql("INSERT INTO honor (title, holder_kind, holder_name, member_id, org_id, source, source_ref, contest_id, "
					+ "award_id, conferred_on, conferred_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(title, kind.name(), holderName, memberId, orgId, source, sourceRef, contestId, awardId,
						Date.valueOf(on), by)
				.update();
			return jdbc.sql("SELECT id FROM honor WHERE award_id = ? AND title = ?")
				.params(awardId, title)
				.query(Long.class)
				.single();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO honor (title, holder_kind, holder_name, member_id, org_id, source, source_ref, contest_id, "
				+ "award_id, conferred_on, conferred_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(title, kind.name(), holderName, memberId, orgId, source, sourceRef, contestId, awardId,
					Date.valueOf(on), by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<HonorView> find(long id) {
		return named(jdbc.sql("SELECT * FROM honor WHERE id = ?").param(id).query((rs, n) -> row(rs, n)).list()).stream().findFirst();
	}

	List<HonorView> ofMember(long memberId) {
		return named(jdbc.sql("SELECT * FROM honor WHERE member_id = ? ORDER BY conferred_on DESC, id DESC")
			.param(memberId)
			.query((rs, n) -> row(rs, n))
			.list());
	}

	List<HonorView> ofContest(long contestId) {
		return named(jdbc.sql("SELECT * FROM honor WHERE contest_id = ? ORDER BY id").param(contestId).query((rs, n) -> row(rs, n)).list());
	}

	/** The registry within a filter (an admin's subtree), by kind and title, newest first. */
	List<HonorView> search(OrgScope.SqlFilter filter, HolderKind kind, String title, int limit) {
		List<Object> params = new ArrayList<>(filter.params());
		StringBuilder where = new StringBuilder(" WHERE ").append(filter.sql());
		if (kind != null) {
			where.append(" AND holder_kind = ?");
			params.add(kind.name());
		}
		if (title != null && !title.isBlank()) {
			where.append(" AND (title LIKE ? OR holder_name LIKE ?)");
			params.add("%" + title.strip() + "%");
			params.add("%" + title.strip() + "%");
		}
		return named(jdbc.sql("SELECT * FROM honor" + where + " ORDER BY conferred_on DESC, id DESC LIMIT " + limit)
			.params(params)
			.query((rs, n) -> row(rs, n))
			.list());
	}

	/** How many of each title within a filter. */
	Map<String, Long> titleCounts(OrgScope.SqlFilter filter) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT title, COUNT(*) FROM honor WHERE " + filter.sql() + " GROUP BY title ORDER BY COUNT(*) DESC, title")
			.params(filter.params())
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private HonorView row(ResultSet rs, int row) throws SQLException {
		return new HonorView(rs.getLong("id"), rs.getString("title"), HolderKind.valueOf(rs.getString("holder_kind")),
				rs.getString("holder_name"), nullable(rs, "member_id"), rs.getLong("org_id"), null, rs.getString("source"),
				rs.getString("source_ref"), nullable(rs, "contest_id"), nullable(rs, "award_id"),
				rs.getDate("conferred_on").toLocalDate(), rs.getString("conferred_by"));
	}

	private List<HonorView> named(List<HonorView> honors) {
		Map<Long, String> names = orgNames.names(honors.stream().map(HonorView::orgId).distinct().toList());
		return honors.stream()
			.map(h -> new HonorView(h.id(), h.title(), h.holderKind(), h.holderName(), h.memberId(), h.orgId(),
					names.get(h.orgId()), h.source(), h.sourceRef(), h.contestId(), h.awardId(), h.conferredOn(),
					h.conferredBy()))
			.toList();
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
