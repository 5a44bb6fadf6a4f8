package cn.jiangxin.org.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;

/** The org module's answers to other modules. */
@Component
@Transactional(readOnly = true)
class OrgFacade implements OrgApi {

	private final OrgQueries queries;

	private final OrgTree tree;

	OrgFacade(OrgQueries queries, OrgTree tree) {
		this.queries = queries;
		this.tree = tree;
	}

	@Override
	public Optional<OrgView> find(long id) {
		return queries.find(id);
	}

	@Override
	public OrgView get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException(OrgService.ENTITY, id));
	}

	@Override
	public List<OrgRef> path(long id) {
		return queries.refs(tree.pathIds(id));
	}

	long subtreeSize(long id) {
		return tree.subtreeSize(id);
	}

	@Override
	public List<OrgRef> children(long id) {
		return queries.activeChildren(id);
	}

	@Override
	public List<OrgRef> activeAtLevel(OrgLevel level) {
		return queries.activeAtLevel(level);
	}

	@Override
	public List<OrgRef> findOpenByName(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return queries
			.search(OrgScope.SqlFilter.ALL, new OrgQueries.OrgSearch(null, null, false, text, OrgStatus.ACTIVE),
					new PageQuery(0, limit))
			.items()
			.stream()
			.map(org -> new OrgRef(org.id(), org.name(), org.level()))
			.toList();
	}

	@Override
	public Map<Long, String> subtreeNames(long rootId) {
		return queries.subtreeNames(rootId);
	}

}
