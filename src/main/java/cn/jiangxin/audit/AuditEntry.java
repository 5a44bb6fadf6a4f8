package cn.jiangxin.audit;

import java.time.Instant;

/** One row of the audit log as read back, with before and after as masked JSON. */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, Long orgId, String entityType,
		String entityId, AuditAction action, String before, String after, String clientIp) {
}
