package cn.jiangxin.shared;

import java.util.List;

/**
 * The one place that decides whether an actor may reach an org: a system admin reaches
 * every org, a union admin the subtree under their own org, anyone else none. Implemented
 * by the org module; every module asks it before reading or changing anything that
 * belongs to an org.
 */
public interface OrgScope {

	/** Whether {@code actor} administers the org {@code orgId}. */
	boolean covers(Actor actor, long orgId);

	/** Fails with {@link OutOfScopeException} unless the actor administers the org. */
	default void require(Actor actor, long orgId) {
		if (!covers(actor, orgId)) {
			throw new OutOfScopeException("org " + orgId);
		}
	}

	/**
	 * Whether {@code orgId} lies in the subtree rooted at {@code rootId} (the root
	 * included).
	 */
	boolean within(long rootId, long orgId);

	/**
	 * A SQL condition that keeps rows whose {@code orgIdColumn} lies in the actor's
	 * reach.
	 */
	SqlFilter filter(Actor actor, String orgIdColumn);

	/**
	 * A SQL condition that keeps rows whose {@code orgIdColumn} lies in the subtree of
	 * {@code rootId}.
	 */
	SqlFilter subtree(long rootId, String orgIdColumn);

	/** A parameterised SQL condition, to be joined with {@code AND}. */
	record SqlFilter(String sql, List<Object> params) {

		public static final SqlFilter ALL = new SqlFilter("1 = 1", List.of());

		public static final SqlFilter NONE = new SqlFilter("1 = 0", List.of());

		public SqlFilter {
			params = List.copyOf(params);
		}

	}

}
