package cn.jiangxin.audit;

import java.util.Map;

/**
 * Appends to the audit log. Call it inside the transaction of the change it records, so
 * that the change and its row commit or roll back together. Values under sensitive keys
 * (ID numbers, phones, passwords, tokens) are masked here, whatever the caller passed.
 */
public interface AuditLog {

	/**
	 * Records a change made by the current actor.
	 * @param entityType the kind of record, e.g. {@code org}
	 * @param entityId its id
	 * @param orgId the org the record belongs to, for scoped browsing; null for records
	 * of no org
	 * @param action what was done
	 * @param before the state before (null for a creation)
	 * @param after the state after (null for a deletion)
	 */
	void record(String entityType, Object entityId, Long orgId, AuditAction action, Map<String, ?> before,
			Map<String, ?> after);

	/**
	 * Records an event whose actor is named explicitly, such as a failed login by someone
	 * not signed in.
	 */
	void recordAs(Long actorId, String actorName, String entityType, Object entityId, Long orgId, AuditAction action,
			Map<String, ?> before, Map<String, ?> after);

}
