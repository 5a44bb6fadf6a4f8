package cn.jiangxin.member.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.internal.join.JoinService;
import cn.jiangxin.member.internal.transfer.TransferService;
import cn.jiangxin.org.OrgClosed;
import cn.jiangxin.org.OrgMoved;

/**
 * Keeps what waits at a union right when the tree changes. A closed union decides nothing
 * any more: the join applications waiting at it and the transfers asked into it are
 * rejected, so that nobody is admitted into a closed union and applicants learn where
 * they stand. A moved union's applications flagged to its former parent for being overdue
 * are flagged to its new parent, the union now above it that may decide them.
 */
@Component
class OrgChanges {

	static final String CLOSED_REASON = "所属工会已撤销";

	static final String CLOSED_NOTE = "接收工会已撤销";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	OrgChanges(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrgClosed closed) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		List<Long> applications = jdbc.sql("""
				SELECT id FROM join_application
				WHERE org_id = ? AND status = 'PENDING'
				ORDER BY id""").param(closed.orgId()).query(Long.class).list();
		for (long id : applications) {
			int decided = jdbc.sql("""
					UPDATE join_application
					SET status = 'REJECTED', reason = ?, decided_by = 'system', decided_at = ?, version = version + 1,
					    updated_at = ?
					WHERE id = ? AND status = 'PENDING'""").params(CLOSED_REASON, now, now, id).update();
			if (decided > 0) {
				audit.recordAs(null, "system", JoinService.ENTITY, id, closed.orgId(), AuditAction.STATE_CHANGE,
						Map.of("status", "PENDING"), Map.of("status", "REJECTED", "reason", CLOSED_REASON));
			}
		}
		List<Long> transfers = jdbc.sql("""
				SELECT id FROM transfer_request
				WHERE to_org_id = ? AND status = 'PENDING'
				ORDER BY id""").param(closed.orgId()).query(Long.class).list();
		for (long id : transfers) {
			int decided = jdbc.sql("""
					UPDATE transfer_request
					SET status = 'REJECTED', decided_by = 'system', decided_at = ?, decision_note = ?,
					    version = version + 1, updated_at = ?
					WHERE id = ? AND status = 'PENDING'""").params(now, CLOSED_NOTE, now, id).update();
			if (decided > 0) {
				audit.recordAs(null, "system", TransferService.ENTITY, id, closed.orgId(), AuditAction.STATE_CHANGE,
						Map.of("status", "PENDING"), Map.of("status", "REJECTED", "note", CLOSED_NOTE));
			}
		}
	}

	@ApplicationModuleListener
	void on(OrgMoved moved) {
		List<Long> flagged = jdbc.sql("""
				SELECT id FROM join_application
				WHERE org_id = ? AND status = 'PENDING' AND escalated_org_id = ?
				ORDER BY id""").params(moved.orgId(), moved.fromParentId()).query(Long.class).list();
		for (long id : flagged) {
			jdbc.sql("""
					UPDATE join_application SET escalated_org_id = ?
					WHERE id = ? AND status = 'PENDING' AND escalated_org_id = ?""")
				.params(moved.toParentId(), id, moved.fromParentId())
				.update();
			audit.recordAs(null, "system", JoinService.ENTITY, id, moved.orgId(), AuditAction.UPDATE,
					Map.of("escalatedTo", moved.fromParentId()), Map.of("escalatedTo", moved.toParentId()));
		}
	}

}
