package cn.jiangxin.member.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.org.OrgMembership;

/**
 * The number of members in good standing (在会 or 保留会籍) per org, changed in the same
 * transaction as every change of a member; a subtree's count is a sum over the closure
 * table. It also keeps an org with members from being closed.
 */
@Component
public class MemberCounts implements OrgMembership {

	private final JdbcClient jdbc;

	MemberCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void add(long orgId, long delta) {
		if (delta == 0) {
			return;
		}
		int updated = jdbc.sql("UPDATE org_member_count SET active = active + ? WHERE org_id = ?")
			.params(delta, orgId)
			.update();
		if (updated == 0) {
			int inserted = jdbc
				.sql("INSERT INTO org_member_count (org_id, active) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(orgId, delta)
				.update();
			if (inserted == 0) {
				jdbc.sql("UPDATE org_member_count SET active = active + ? WHERE org_id = ?")
					.params(delta, orgId)
					.update();
			}
		}
	}

	@Override
	public long activeCount(long orgId) {
		return jdbc.sql("SELECT COALESCE(MAX(active), 0) FROM org_member_count WHERE org_id = ?")
			.params(orgId)
			.query(Long.class)
			.single();
	}

	@Override
	public String messageKey() {
		return "org.close.members";
	}

	@Override
	public Map<Long, Long> subtreeCounts(Collection<Long> orgIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (orgIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT c.ancestor_id, SUM(m.active) AS total
				FROM org_closure c JOIN org_member_count m ON m.org_id = c.descendant_id
				WHERE c.ancestor_id IN (:ids)
				GROUP BY c.ancestor_id
				""")
			.param("ids", orgIds)
			.query((rs, n) -> Map.entry(rs.getLong("ancestor_id"), rs.getLong("total")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	long subtreeCount(long orgId) {
		return subtreeCounts(List.of(orgId)).getOrDefault(orgId, 0L);
	}

}
