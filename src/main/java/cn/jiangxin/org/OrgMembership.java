package cn.jiangxin.org;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by modules that attach people to orgs (members, accounts), so that an org
 * is never closed while people still belong to it.
 */
public interface OrgMembership {

	/**
	 * How many active people belong directly to the org; closing is refused while this is
	 * above zero.
	 */
	long activeCount(long orgId);

	/**
	 * The message key of the refusal to close, with the count as argument, e.g.
	 * {@code org.close.members}.
	 */
	String messageKey();

	/**
	 * How many people belong to the subtree of each given org, for the tree page; empty
	 * if not counted.
	 */
	default Map<Long, Long> subtreeCounts(Collection<Long> orgIds) {
		return Map.of();
	}

}
