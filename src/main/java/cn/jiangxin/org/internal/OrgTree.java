package cn.jiangxin.org.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The closure table of the union tree: one row per ancestor–descendant pair. Subtree and
 * ancestry questions are single indexed lookups, however large the tree; a move rewrites
 * only the pairs that cross the moved subtree's boundary.
 */
@Component
class OrgTree {

	private final JdbcClient jdbc;

	OrgTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new org under {@code parentId} (null for a root). */
	void attach(long id, Long parentId) {
		jdbc.sql("INSERT INTO org_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)")
			.params(id, id)
			.update();
		if (parentId != null) {
			jdbc.sql("""
					INSERT INTO org_closure (ancestor_id, descendant_id, depth)
					SELECT ancestor_id, ?, depth + 1 FROM org_closure WHERE descendant_id = ?
					""").params(id, parentId).update();
		}
	}

	/**
	 * Moves the subtree of {@code id} under {@code newParentId}; the caller has ruled out
	 * cycles.
	 */
	void move(long id, long newParentId, int depthDelta) {
		jdbc.sql(
				"""
						DELETE FROM org_closure
						WHERE descendant_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = :id)
						  AND ancestor_id IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = :id AND ancestor_id <> :id)
						""")
			.param("id", id)
			.update();
		jdbc.sql("""
				INSERT INTO org_closure (ancestor_id, descendant_id, depth)
				SELECT above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
				FROM org_closure above, org_closure below
				WHERE above.descendant_id = :parent AND below.ancestor_id = :id
				""").param("parent", newParentId).param("id", id).update();
		if (depthDelta != 0) {
			jdbc.sql("""
					UPDATE org SET depth = depth + :delta
					WHERE id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = :id) AND id <> :id
					""").param("delta", depthDelta).param("id", id).update();
		}
	}

	/** Whether {@code id} lies in the subtree of {@code rootId}, the root included. */
	boolean within(long rootId, long id) {
		return jdbc.sql("SELECT COUNT(*) FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?")
			.params(rootId, id)
			.query(Long.class)
			.single() > 0;
	}

	/** The ancestors of {@code id} from the root down, {@code id} itself last. */
	List<Long> pathIds(long id) {
		return jdbc.sql("SELECT ancestor_id FROM org_closure WHERE descendant_id = ? ORDER BY depth DESC")
			.params(id)
			.query(Long.class)
			.list();
	}

	long subtreeSize(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM org_closure WHERE ancestor_id = ?").params(id).query(Long.class).single();
	}

}
