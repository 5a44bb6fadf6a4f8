package cn.jiangxin.audit;

import java.time.Instant;

/**
 * What to show of the audit log: the subtree of an org (null: the whole reach of the
 * actor), an actor's user name, an entity type and id, a time window, and the keyset
 * cursor of the page to read.
 */
public record AuditFilter(Long orgId, String actor, String entityType, String entityId, Instant from, Instant to,
		Long before, int size) {

	public static AuditFilter latest(int size) {
		return new AuditFilter(null, null, null, null, null, null, null, size);
	}

}
