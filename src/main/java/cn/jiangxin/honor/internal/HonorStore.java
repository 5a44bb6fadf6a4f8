package cn.jiangxin.honor.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final String INSERT = """
			INSERT INTO honor (title, holder_kind, holder_name, member_id, org_id, source, source_ref, contest_id,
			                   award_id, conferred_on, conferred_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final OrgDirectory orgNames;

	HonorStore(JdbcClient jdbc, JdbcTemplate template, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.template = template;
		this.orgNames = orgNames;
	}

	/**
	 * A title an award confers: on a member, or a team by name, under the entry's union.
	 */
	record AwardTitle(long awardId, String title, HolderKind kind, String holder, Long memberId, long orgId) {
	}

	/** A title conferred, with its honour's id. */
	record Conferred(long id, AwardTitle title) {
	}

	/** Inserts an honour by decision; returns its id. */
	long insert(String title, HolderKind kind, String holderName, Long memberId, long orgId, String decision,
			LocalDate on, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT)
			.params(title, kind.name(), holderName, memberId, orgId, "DECISION", decision, null, null, Date.valueOf(on),
					by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Inserts the titles of a contest's awards in one batch, each once per award and
	 * title; returns those conferred now (a title an award already gave is left as it is
	 * and not returned).
	 */
	List<Conferred> conferForAwards(long contestId, String contestTitle, List<AwardTitle> titles, LocalDate on,
			String by) {
		if (titles.isEmpty()) {
			return List.of();
		}
		int[] inserted = template.batchUpdate(INSERT + " ON CONFLICT DO NOTHING",
				titles.stream()
					.map(t -> new Object[] { t.title(), t.kind().name(), t.holder(), t.memberId(), t.orgId(), "CONTEST",
							contestTitle, contestId, t.awardId(), Date.valueOf(on), by })
					.toList());
		Map<String, Long> ids = new LinkedHashMap<>();
		jdbc.sql("SELECT id, award_id, title FROM honor WHERE contest_id = ? AND award_id IS NOT NULL")
			.param(contestId)
			.query(rs -> {
				ids.put(rs.getLong("award_id") + "/" + rs.getString("title"), rs.getLong("id"));
			});
		List<Conferred> conferred = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			if (inserted[i] != 0) {
				AwardTitle title = titles.get(i);
				conferred.add(new Conferred(ids.get(title.awardId() + "/" + title.title()), title));
			}
		}
		return conferred;
	}

	Optional<HonorView> find(long id) {
		return named(jdbc.sql("SELECT * FROM honor WHERE id = ?").param(id).query(this::row).list()).stream()
			.findFirst();
	}

	List<HonorView> ofMember(long memberId) {
		return named(jdbc.sql("SELECT * FROM honor WHERE member_id = ? ORDER BY conferred_on DESC, id DESC")
			.param(memberId)
			.query(this::row)
			.list());
	}

	/**
	 * The registry within a filter (an admin's subtree), by kind and title, newest first.
	 */
	List<HonorView> search(OrgScope.SqlFilter filter, HolderKind kind, String title, int limit) {
		List<Object> params = new ArrayList<>(filter.params());
		StringBuilder where = new StringBuilder(filter.sql());
		if (kind != null) {
			where.append(" AND holder_kind = ?");
			params.add(kind.name());
		}
		if (title != null && !title.isBlank()) {
			where.append(" AND (title LIKE ? OR holder_name LIKE ?)");
			params.add("%" + title.strip() + "%");
			params.add("%" + title.strip() + "%");
		}
		params.add(limit);
		return named(jdbc.sql("""
				SELECT * FROM honor
				WHERE %s
				ORDER BY conferred_on DESC, id DESC
				LIMIT ?""".formatted(where)).params(params).query(this::row).list());
	}

	/** How many of each title within a filter. */
	Map<String, Long> titleCounts(OrgScope.SqlFilter filter) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT title, COUNT(*) FROM honor
				WHERE %s
				GROUP BY title
				ORDER BY COUNT(*) DESC, title""".formatted(filter.sql())).params(filter.params()).query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private HonorView row(ResultSet rs, int row) throws SQLException {
		return new HonorView(rs.getLong("id"), rs.getString("title"), HolderKind.valueOf(rs.getString("holder_kind")),
				rs.getString("holder_name"), nullable(rs, "member_id"), rs.getLong("org_id"), null,
				rs.getString("source"), rs.getString("source_ref"), nullable(rs, "contest_id"),
				nullable(rs, "award_id"), rs.getDate("conferred_on").toLocalDate(), rs.getString("conferred_by"));
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
