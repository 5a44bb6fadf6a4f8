package cn.jiangxin.contest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;

/**
 * Lists of contests: the public portal (everything past its draft), those an admin
 * organises, and those open to a member or to the members of an admin's unions.
 */
@Component
@Transactional(readOnly = true)
class ContestQueries {

	private static final String ORDER = """
			ORDER BY CASE c.status WHEN 'OPEN' THEN 0 WHEN 'JUDGING' THEN 1 WHEN 'PUBLICIZING' THEN 2 WHEN 'DRAFT' THEN 3
			ELSE 4 END, c.registration_closes_at DESC, c.id DESC""";

	private final JdbcClient jdbc;

	private final ContestStore store;

	private final OrgScope scope;

	private final OrgApi orgs;

	ContestQueries(JdbcClient jdbc, ContestStore store, OrgScope scope, OrgApi orgs) {
		this.jdbc = jdbc;
		this.store = store;
		this.scope = scope;
		this.orgs = orgs;
	}

	/** Contests anyone may see: every one past its draft, open ones first. */
	PageResult<ContestView> portal(ContestKind kind, ContestStatus status, String q, PageQuery page) {
		List<String> where = new ArrayList<>(List.of("c.status <> 'DRAFT'"));
		List<Object> params = new ArrayList<>();
		narrow(where, params, kind, status, q);
		return page(where, params, page);
	}

	/** Contests the actor may see: the public ones, and drafts they organise. */
	PageResult<ContestView> visible(Actor actor, ContestKind kind, ContestStatus status, String q, PageQuery page) {
		SqlFilter managed = managedFilter(actor);
		List<String> where = new ArrayList<>(List.of("(c.status <> 'DRAFT' OR " + managed.sql() + ")"));
		List<Object> params = new ArrayList<>(managed.params());
		narrow(where, params, kind, status, q);
		return page(where, params, page);
	}

	/** Contests the actor organises: those with a host or organiser in their subtree. */
	PageResult<ContestView> managed(Actor actor, ContestStatus status, String q, PageQuery page) {
		SqlFilter managed = managedFilter(actor);
		List<String> where = new ArrayList<>(List.of(managed.sql()));
		List<Object> params = new ArrayList<>(managed.params());
		narrow(where, params, null, status, q);
		return page(where, params, page);
	}

	/**
	 * Open contests a member of {@code orgId} may enter: those whose scope holds the org.
	 */
	List<ContestView> openTo(long orgId) {
		List<Long> path = orgs.path(orgId).stream().map(OrgRef::id).toList();
		List<String> where = new ArrayList<>(
				List.of("c.status = 'OPEN'", "c.scope_org_id IN (" + marks(path.size()) + ")"));
		return page(where, new ArrayList<>(path), new PageQuery(0, PageQuery.MAX_SIZE)).items();
	}

	/**
	 * Open contests an admin may register their members for: those whose scope holds the
	 * admin's org or lies within their subtree.
	 */
	List<ContestView> openForAdmin(Actor actor) {
		if (actor.isSystemAdmin()) {
			return page(new ArrayList<>(List.of("c.status = 'OPEN'")), new ArrayList<>(), new PageQuery(0, 200))
				.items();
		}
		if (!actor.administers()) {
			return List.of();
		}
		List<Long> path = orgs.path(actor.orgId()).stream().map(OrgRef::id).toList();
		SqlFilter below = scope.filter(actor, "c.scope_org_id");
		List<Object> params = new ArrayList<>(path);
		params.addAll(below.params());
		return page(
				new ArrayList<>(List.of("c.status = 'OPEN'",
						"(c.scope_org_id IN (" + marks(path.size()) + ") OR " + below.sql() + ")")),
				params, new PageQuery(0, 200))
			.items();
	}

	/**
	 * Per track: entries in the race, of them confirmed, and people in them; keyed by
	 * track id.
	 */
	Map<Long, long[]> trackCounts(long contestId) {
		Map<Long, long[]> counts = new HashMap<>();
		jdbc.sql(
				"""
						SELECT e.track_id, COUNT(*) AS entries, SUM(CASE WHEN e.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,
						       (SELECT COUNT(*) FROM entry_participant p WHERE p.track_id = e.track_id) AS people
						FROM entry e WHERE e.contest_id = ? AND e.status <> 'WITHDRAWN' GROUP BY e.track_id
						""")
			.params(contestId)
			.query((rs, n) -> Map.entry(rs.getLong("track_id"),
					new long[] { rs.getLong("entries"), rs.getLong("confirmed"), rs.getLong("people") }))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private SqlFilter managedFilter(Actor actor) {
		if (actor.isSystemAdmin()) {
			return SqlFilter.ALL;
		}
		if (!actor.administers()) {
			return SqlFilter.NONE;
		}
		SqlFilter reach = scope.filter(actor, "p.org_id");
		return new SqlFilter("EXISTS (SELECT 1 FROM contest_party p WHERE p.contest_id = c.id AND " + reach.sql() + ")",
				reach.params());
	}

	private static void narrow(List<String> where, List<Object> params, ContestKind kind, ContestStatus status,
			String q) {
		if (kind != null) {
			where.add("c.kind = ?");
			params.add(kind.name());
		}
		if (status != null) {
			where.add("c.status = ?");
			params.add(status.name());
		}
		if (q != null && !q.isBlank()) {
			where.add("(c.title LIKE ? OR c.theme LIKE ?)");
			String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
			params.add(like);
			params.add(like);
		}
	}

	private PageResult<ContestView> page(List<String> where, List<Object> params, PageQuery page) {
		String condition = " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT COUNT(*) FROM contest c" + condition).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<ContestView> rows = jdbc.sql("SELECT c.* FROM contest c" + condition + " " + ORDER + " LIMIT ? OFFSET ?")
			.params(paged)
			.query(ContestStore::contestRow)
			.list();
		return new PageResult<>(store.complete(rows), total, page.page(), page.size());
	}

	private static String marks(int n) {
		return n == 0 ? "NULL" : String.join(", ", Collections.nCopies(n, "?"));
	}

}
