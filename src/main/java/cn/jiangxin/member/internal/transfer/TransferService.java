package cn.jiangxin.member.internal.transfer;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.internal.MemberCounts;
import cn.jiangxin.member.internal.MemberRecord;
import cn.jiangxin.member.internal.MemberService;
import cn.jiangxin.member.internal.MemberStore;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * 转会: a member, or an admin of their union, asks to move the member to another union; an
 * admin of the receiving union approves or rejects, once. Approval moves the member,
 * their counts and their account in one transaction and writes the history.
 */
@Service
@Transactional
public class TransferService {

	public static final String ENTITY = "transfer";

	private final JdbcClient jdbc;

	private final MemberStore members;

	private final MemberCounts counts;

	private final OrgApi orgs;

	private final OrgScope scope;

	private final AuditLog audit;

	private final AccountApi accounts;

	private final Clock clock;

	TransferService(JdbcClient jdbc, MemberStore members, MemberCounts counts, OrgApi orgs, OrgScope scope,
			AuditLog audit, AccountApi accounts, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.members = members;
		this.counts = counts;
		this.orgs = orgs;
		this.scope = scope;
		this.audit = audit;
		this.accounts = accounts;
	}

	public long request(Actor actor, long memberId, Long toOrgId, String reason) {
		MemberRecord member = members.find(memberId)
			.orElseThrow(() -> new NotFoundException(MemberService.ENTITY, memberId));
		boolean byMember = actor.memberId() != null && actor.memberId() == memberId;
		if (!byMember) {
			scope.require(actor, member.orgId());
		}
		if (!member.inGoodStanding()) {
			throw BusinessRuleException.conflict("transfer.notInGoodStanding");
		}
		if (toOrgId == null) {
			throw BusinessRuleException.invalid("toOrgId", "transfer.target.required");
		}
		OrgView target = orgs.find(toOrgId)
			.orElseThrow(() -> BusinessRuleException.invalid("toOrgId", "transfer.target.unknown"));
		if (!target.active() || target.level() == OrgLevel.CITY || target.level() == OrgLevel.INDUSTRY) {
			throw BusinessRuleException.invalid("toOrgId", "transfer.target.unknown");
		}
		if (target.id() == member.orgId()) {
			throw BusinessRuleException.invalid("toOrgId", "transfer.target.same");
		}
		if (reason != null && reason.length() > 300) {
			throw BusinessRuleException.invalid("reason", "transfer.reason.tooLong");
		}
		long pending = jdbc.sql("SELECT COUNT(*) FROM transfer_request WHERE member_id = ? AND status = 'PENDING'")
			.params(memberId)
			.query(Long.class)
			.single();
		if (pending > 0) {
			throw BusinessRuleException.conflict("transfer.alreadyPending");
		}
		Instant now = Instant.now(clock);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO transfer_request (member_id, from_org_id, to_org_id, status, reason, requested_by, by_member,
						                              version, created_at, updated_at)
						VALUES (?, ?, ?, 'PENDING', ?, ?, ?, 0, ?, ?)
						""")
			.params(memberId, member.orgId(), toOrgId, blankToNull(reason), actor.username(), byMember,
					Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(ENTITY, id, member.orgId(), AuditAction.CREATE, null,
				Map.of("memberId", memberId, "fromOrgId", member.orgId(), "toOrgId", toOrgId));
		return id;
	}

	public void approve(Actor actor, long id) {
		Request request = load(id);
		scope.require(actor, request.toOrgId());
		decide(actor, id, TransferStatus.APPROVED, null);
		MemberRecord member = members.findForUpdate(request.memberId()).orElseThrow();
		if (member.orgId() != request.fromOrgId() || !member.inGoodStanding()) {
			throw BusinessRuleException.conflict("transfer.memberChanged");
		}
		MemberRecord moved = MemberService.withOrg(member, request.toOrgId());
		members.update(moved);
		counts.add(request.fromOrgId(), -1);
		counts.add(request.toOrgId(), 1);
		members.history(member.id(), "TRANSFERRED", request.fromOrgId(), request.toOrgId(), member.status(),
				member.status(), null, actor.username());
		accounts.followMember(member.id(), request.toOrgId(), member.phoneHash());
		audit.record(MemberService.ENTITY, member.id(), request.toOrgId(), AuditAction.UPDATE,
				Map.of("orgId", request.fromOrgId()), Map.of("orgId", request.toOrgId()));
		audit.record(ENTITY, id, request.toOrgId(), AuditAction.STATE_CHANGE, Map.of("status", "PENDING"),
				Map.of("status", "APPROVED"));
	}

	public void reject(Actor actor, long id, String note) {
		if (note == null || note.isBlank()) {
			throw BusinessRuleException.invalid("note", "transfer.note.required");
		}
		Request request = load(id);
		scope.require(actor, request.toOrgId());
		decide(actor, id, TransferStatus.REJECTED, note.strip());
		audit.record(ENTITY, id, request.toOrgId(), AuditAction.STATE_CHANGE, Map.of("status", "PENDING"),
				Map.of("status", "REJECTED", "note", note.strip()));
	}

	void cancel(Actor actor, long id) {
		Request request = load(id);
		boolean byMember = actor.memberId() != null && actor.memberId() == request.memberId();
		if (!byMember && !scope.covers(actor, request.fromOrgId())) {
			throw new OutOfScopeException("transfer " + id);
		}
		decide(actor, id, TransferStatus.CANCELLED, null);
		audit.record(ENTITY, id, request.fromOrgId(), AuditAction.STATE_CHANGE, Map.of("status", "PENDING"),
				Map.of("status", "CANCELLED"));
	}

	private void decide(Actor actor, long id, TransferStatus status, String note) {
		Instant now = Instant.now(clock);
		int won = jdbc.sql("""
				UPDATE transfer_request
				SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND status = 'PENDING'
				""")
			.params(status.name(), actor.username(), Timestamp.from(now), note, Timestamp.from(now), id)
			.update();
		if (won == 0) {
			throw BusinessRuleException.conflict("transfer.alreadyDecided");
		}
	}

	private Request load(long id) {
		return jdbc.sql("SELECT member_id, from_org_id, to_org_id FROM transfer_request WHERE id = ?")
			.params(id)
			.query((rs, n) -> new Request(rs.getLong("member_id"), rs.getLong("from_org_id"), rs.getLong("to_org_id")))
			.optional()
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The parties of a transfer request. */
	private record Request(long memberId, long fromOrgId, long toOrgId) {
	}

}
