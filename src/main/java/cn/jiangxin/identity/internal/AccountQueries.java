package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/** Reads accounts for pages and the API, limited to what the actor may manage. */
@Component
@Transactional(readOnly = true)
class AccountQueries {

	private static final String SELECT = """
			SELECT a.id, a.username, a.display_name, a.org_id, a.member_id, a.enabled, a.locked_until, a.last_login_at,
			       a.previous_login_at, a.created_at, a.version
			FROM account a
			""";

	private final JdbcClient jdbc;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final Clock clock;

	AccountQueries(JdbcClient jdbc, OrgScope scope, OrgDirectory orgNames, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.scope = scope;
		this.orgNames = orgNames;
	}

	Optional<AccountView> find(long id) {
		return one(jdbc.sql(SELECT + " WHERE a.id = ?").params(id).query(AccountQueries::row).optional());
	}

	Optional<AccountView> findByMember(long memberId) {
		return one(jdbc.sql(SELECT + " WHERE a.member_id = ?").params(memberId).query(AccountQueries::row).optional());
	}

	Optional<AccountView> findByUsername(String username) {
		return one(jdbc.sql(SELECT + " WHERE a.username = ?").params(username).query(AccountQueries::row).optional());
	}

	/**
	 * Accounts the actor may manage, optionally under an org, holding a role, matching a
	 * text.
	 */
	PageResult<AccountView> search(Actor actor, Long orgId, Role role, String text, PageQuery page) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		SqlFilter reach = scope.filter(actor, "a.org_id");
		where.add(reach.sql());
		params.addAll(reach.params());
		if (!actor.isSystemAdmin()) {
			where
				.add("NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'SYSTEM_ADMIN')");
		}
		if (orgId != null) {
			SqlFilter subtree = scope.subtree(orgId, "a.org_id");
			where.add(subtree.sql());
			params.addAll(subtree.params());
		}
		if (role != null) {
			where.add("EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = ?)");
			params.add(role.name());
		}
		if (text != null && !text.isBlank()) {
			where.add("(a.username LIKE ? OR a.display_name LIKE ?)");
			String pattern = "%" + text.strip().replace("%", "").replace("_", "") + "%";
			params.add(pattern);
			params.add(pattern);
		}
		String condition = String.join(" AND ", where);
		long total = jdbc.sql("SELECT COUNT(*) FROM account a WHERE " + condition)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.offset());
		pageParams.add(page.size());
		List<Row> rows = jdbc
			.sql(SELECT + " WHERE " + condition + " ORDER BY a.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(pageParams)
			.query(AccountQueries::row)
			.list();
		return new PageResult<>(complete(rows), total, page.page(), page.size());
	}

	private Optional<AccountView> one(Optional<Row> row) {
		return row.map(r -> complete(List.of(r)).get(0));
	}

	private List<AccountView> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Set<Role>> roles = new HashMap<>();
		jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("account_id"), Role.valueOf(rs.getString("role"))))
			.list()
			.forEach(entry -> roles.computeIfAbsent(entry.getKey(), k -> EnumSet.noneOf(Role.class))
				.add(entry.getValue()));
		Map<Long, Set<Permission>> grants = new HashMap<>();
		jdbc.sql("SELECT account_id, permission FROM account_permission WHERE account_id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("account_id"), Permission.valueOf(rs.getString("permission"))))
			.list()
			.forEach(entry -> grants.computeIfAbsent(entry.getKey(), k -> EnumSet.noneOf(Permission.class))
				.add(entry.getValue()));
		Map<Long, String> names = orgNames
			.names(rows.stream().map(Row::orgId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Instant now = Instant.now(clock);
		return rows.stream()
			.map(r -> new AccountView(r.id(), r.username(), r.displayName(), r.orgId(),
					r.orgId() == null ? null : names.get(r.orgId()),
					roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class)),
					grants.getOrDefault(r.id(), EnumSet.noneOf(Permission.class)), r.memberId(), r.enabled(),
					r.lockedUntil() != null && r.lockedUntil().isAfter(now), r.lockedUntil(), r.lastLoginAt(),
					r.previousLoginAt(), r.createdAt(), r.version()))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getObject("org_id", Long.class), rs.getObject("member_id", Long.class), rs.getBoolean("enabled"),
				instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")),
				instant(rs.getTimestamp("previous_login_at")), instant(rs.getTimestamp("created_at")),
				rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** One account as the list query reads it. */
	private record Row(long id, String username, String displayName, Long orgId, Long memberId, boolean enabled,
			Instant lockedUntil, Instant lastLoginAt, Instant previousLoginAt, Instant createdAt, int version) {
	}

}
