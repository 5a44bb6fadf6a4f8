package cn.jiangxin.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the union tree. */
public interface OrgApi {

	Optional<OrgView> find(long id);

	/** The org, or a not-found failure. */
	OrgView get(long id);

	/** The orgs from the root down to {@code id}, both included. */
	List<OrgRef> path(long id);

	/**
	 * The open unions of a level, in the order they were created (e.g. the districts a
	 * worker may join through).
	 */
	List<OrgRef> activeAtLevel(OrgLevel level);

	/**
	 * The open unions directly under {@code id}, in the order they were created (for
	 * figures broken down by the next level of a subtree).
	 */
	List<OrgRef> children(long id);

	/**
	 * Open unions whose name contains {@code text}, from the whole tree, for choosing
	 * where a member may transfer to (union names are public); at most {@code limit}.
	 */
	List<OrgRef> findOpenByName(String text, int limit);

	/**
	 * The ids and names of every union in the subtree of {@code rootId}, the root
	 * included.
	 */
	Map<Long, String> subtreeNames(long rootId);

}
