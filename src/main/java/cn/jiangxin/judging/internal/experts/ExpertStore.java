package cn.jiangxin.judging.internal.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;

/** Reads and writes the expert pool and the conflicts experts declared or admins set. */
@Component
public class ExpertStore {

	private static final String SELECT = """
			SELECT e.*, a.username FROM expert e JOIN account a ON a.id = e.account_id
			""";

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	ExpertStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(long accountId, String name, String title, long orgId, String unitName, Long memberId,
			List<String> tags, long poolOrgId, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO expert (account_id, name, title, org_id, unit_name, member_id, tags, pool_org_id, created_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(accountId, name.strip(), blank(title), orgId, blank(unitName), memberId, String.join(",", tags),
					poolOrgId, by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<ExpertView> find(long id) {
		return named(jdbc.sql(SELECT + "WHERE e.id = ?").param(id).query((rs, n) -> row(rs, n)).list()).stream()
			.findFirst();
	}

	public Optional<ExpertView> byAccount(long accountId) {
		return named(jdbc.sql(SELECT + "WHERE e.account_id = ?").param(accountId).query((rs, n) -> row(rs, n)).list())
			.stream()
			.findFirst();
	}

	public List<ExpertView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return named(jdbc.sql(SELECT + "WHERE e.id IN (:ids) ORDER BY e.id")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> row(rs, n))
			.list());
	}

	/**
	 * The experts whose pool lies in the filter (an admin's subtree), optionally matching
	 * a name or tag.
	 */
	public List<ExpertView> pool(OrgScope.SqlFilter filter, String text, int limit) {
		String like = text == null || text.isBlank() ? null : "%" + text.strip() + "%";
		List<Object> params = new ArrayList<>(filter.params());
		String where = "WHERE " + filter.sql();
		if (like != null) {
			where += " AND (e.name LIKE ? OR e.tags LIKE ? OR e.unit_name LIKE ?)";
			params.addAll(List.of(like, like, like));
		}
		params.add(limit);
		return named(jdbc.sql(SELECT + where + " ORDER BY e.active DESC, e.id LIMIT ?")
			.params(params)
			.query((rs, n) -> row(rs, n))
			.list());
	}

	private ExpertView row(ResultSet rs, int row) throws SQLException {
		long member = rs.getLong("member_id");
		Long memberId = rs.wasNull() ? null : member;
		String tags = rs.getString("tags");
		return new ExpertView(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
				rs.getString("name"), rs.getString("title"), rs.getLong("org_id"), null, rs.getString("unit_name"),
				memberId, tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")), rs.getLong("pool_org_id"),
				rs.getBoolean("active"));
	}

	private List<ExpertView> named(List<ExpertView> experts) {
		Map<Long, String> names = orgNames.names(experts.stream().map(ExpertView::orgId).distinct().toList());
		return experts.stream()
			.map(e -> new ExpertView(e.id(), e.accountId(), e.username(), e.name(), e.title(), e.orgId(),
					names.get(e.orgId()), e.unitName(), e.memberId(), e.tags(), e.poolOrgId(), e.active()))
			.toList();
	}

	// conflicts

	/** A declared or admin-set conflict: against an org's subtree or one entry. */
	public record Conflict(long id, long expertId, Long orgId, Long entryId, String source, String reason,
			String createdBy, Instant createdAt) {
	}

	public long addConflict(long expertId, Long orgId, Long entryId, String source, String reason, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO expert_conflict (expert_id, org_id, entry_id, source, reason, created_by)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(expertId, orgId, entryId, source, reason.strip(), by).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<Conflict> conflicts(Collection<Long> expertIds) {
		if (expertIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM expert_conflict WHERE expert_id IN (:ids) ORDER BY id")
			.param("ids", List.copyOf(expertIds))
			.query((rs, row) -> {
				long org = rs.getLong("org_id");
				Long orgId = rs.wasNull() ? null : org;
				long entry = rs.getLong("entry_id");
				Long entryId = rs.wasNull() ? null : entry;
				return new Conflict(rs.getLong("id"), rs.getLong("expert_id"), orgId, entryId, rs.getString("source"),
						rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
