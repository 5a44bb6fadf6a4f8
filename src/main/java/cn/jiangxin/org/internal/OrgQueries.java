package cn.jiangxin.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.org.UnitView;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;

/**
 * Reads unions for pages and the API, with their employer unit and number of children, in
 * one query.
 */
@Component
class OrgQueries {

	private static final String SELECT = """
			SELECT o.id, o.parent_id, o.name, o.short_name, o.level, o.status, o.depth, o.address, o.contact_name,
			       o.contact_phone, o.version, o.created_at, o.updated_at,
			       u.id AS unit_id, u.name AS unit_name, u.credit_code, u.industry, u.unit_type,
			       (SELECT COUNT(*) FROM org c WHERE c.parent_id = o.id) AS child_count
			FROM org o LEFT JOIN employer_unit u ON u.id = o.employer_unit_id
			""";

	private final JdbcClient jdbc;

	OrgQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrgRef> activeAtLevel(OrgLevel level) {
		return jdbc.sql("SELECT id, name, level FROM org WHERE level = ? AND status = 'ACTIVE' ORDER BY id")
			.params(level.name())
			.query(OrgQueries::ref)
			.list();
	}

	List<OrgRef> activeChildren(long parentId) {
		return jdbc.sql("SELECT id, name, level FROM org WHERE parent_id = ? AND status = 'ACTIVE' ORDER BY id")
			.params(parentId)
			.query(OrgQueries::ref)
			.list();
	}

	Map<Long, String> subtreeNames(long rootId) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("SELECT o.id, o.name FROM org o JOIN org_closure c ON c.descendant_id = o.id WHERE c.ancestor_id = ?")
			.params(rootId)
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM org").query(Long.class).single();
	}

	Optional<OrgView> find(long id) {
		return jdbc.sql(SELECT + " WHERE o.id = ?").params(id).query(OrgQueries::view).optional();
	}

	/**
	 * Unions within {@code reach}, optionally the direct children of a parent and
	 * matching a name fragment.
	 */
	PageResult<OrgView> search(SqlFilter reach, OrgSearch search, PageQuery page) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>(reach.params());
		where.add(reach.sql());
		if (search.parentId() != null) {
			where.add("o.parent_id = ?");
			params.add(search.parentId());
		}
		if (search.within() != null) {
			where.add("o.id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)");
			params.add(search.within());
		}
		if (search.roots()) {
			where.add("o.parent_id IS NULL");
		}
		if (search.text() != null && !search.text().isBlank()) {
			where.add("(o.name LIKE ? ESCAPE '\\' OR o.short_name LIKE ? ESCAPE '\\')");
			String pattern = "%" + escapeLike(search.text().strip()) + "%";
			params.add(pattern);
			params.add(pattern);
		}
		if (search.status() != null) {
			where.add("o.status = ?");
			params.add(search.status().name());
		}
		String condition = String.join(" AND ", where);
		long total = jdbc.sql("SELECT COUNT(*) FROM org o WHERE " + condition)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.offset());
		pageParams.add(page.size());
		List<OrgView> items = jdbc
			.sql(SELECT + " WHERE " + condition + " ORDER BY o.depth, o.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(pageParams)
			.query(OrgQueries::view)
			.list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** The orgs along a path of ids, in the order given. */
	List<OrgRef> refs(List<Long> ids) {
		Map<Long, OrgRef> byId = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("SELECT id, name, level FROM org WHERE id IN (:ids)")
			.param("ids", ids)
			.query(OrgQueries::ref)
			.list()
			.forEach(ref -> byId.put(ref.id(), ref));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM org WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static OrgView view(ResultSet rs, int row) throws SQLException {
		long unitId = rs.getLong("unit_id");
		UnitView unit = rs.wasNull() ? null
				: new UnitView(unitId, rs.getString("unit_name"), rs.getString("credit_code"),
						Industry.valueOf(rs.getString("industry")), UnitType.valueOf(rs.getString("unit_type")));
		return new OrgView(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("name"),
				rs.getString("short_name"), OrgLevel.valueOf(rs.getString("level")),
				OrgStatus.valueOf(rs.getString("status")), rs.getInt("depth"), unit, rs.getString("address"),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getInt("child_count"),
				rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * What to look for: direct children of a parent, anything under an org, the roots, a
	 * name fragment, a status.
	 */
	record OrgSearch(Long parentId, Long within, boolean roots, String text, OrgStatus status) {

		static OrgSearch childrenOf(long parentId) {
			return new OrgSearch(parentId, null, false, null, null);
		}

		static OrgSearch text(String text) {
			return new OrgSearch(null, null, false, text, null);
		}

	}

	private static OrgRef ref(ResultSet rs, int n) throws SQLException {
		return new OrgRef(rs.getLong("id"), rs.getString("name"), OrgLevel.valueOf(rs.getString("level")));
	}

}
