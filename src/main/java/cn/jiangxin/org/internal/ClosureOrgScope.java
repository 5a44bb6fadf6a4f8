package cn.jiangxin.org.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;

/** The scope rule, answered from the closure table. */
@Component
@Transactional(readOnly = true)
class ClosureOrgScope implements OrgScope, OrgDirectory {

	private static final String SUBTREE = "%s IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)";

	private final OrgTree tree;

	private final OrgQueries queries;

	ClosureOrgScope(OrgTree tree, OrgQueries queries) {
		this.tree = tree;
		this.queries = queries;
	}

	@Override
	public boolean covers(Actor actor, long orgId) {
		if (actor.isSystemAdmin()) {
			return true;
		}
		return actor.isUnionAdmin() && actor.orgId() != null && tree.within(actor.orgId(), orgId);
	}

	@Override
	public boolean within(long rootId, long orgId) {
		return tree.within(rootId, orgId);
	}

	@Override
	public SqlFilter filter(Actor actor, String orgIdColumn) {
		if (actor.isSystemAdmin()) {
			return SqlFilter.ALL;
		}
		if (actor.isUnionAdmin() && actor.orgId() != null) {
			return subtree(actor.orgId(), orgIdColumn);
		}
		return SqlFilter.NONE;
	}

	@Override
	public SqlFilter subtree(long rootId, String orgIdColumn) {
		return new SqlFilter(SUBTREE.formatted(orgIdColumn), List.of(rootId));
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
		return queries.names(ids);
	}

}
