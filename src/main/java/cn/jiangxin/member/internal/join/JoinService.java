package cn.jiangxin.member.internal.join;

import java.time.Clock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.MemberRecord;
import cn.jiangxin.member.internal.MemberService;
import cn.jiangxin.member.internal.MemberSource;
import cn.jiangxin.member.internal.MemberStore;
import cn.jiangxin.member.internal.Person;
import cn.jiangxin.member.internal.PersonRules;
import cn.jiangxin.member.internal.Sealed;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PersonalData;

/**
 * 入会: an application goes to the queue of the union it names, or of the district a worker
 * without a union chose; it is decided exactly once (the first decision wins, a second is
 * refused); approval makes the member and their card; undecided applications are flagged
 * to the parent union after 15 days.
 */
@Service
@Transactional
public class JoinService {

	public static final String ENTITY = "join_application";

	static final String CONSENT_VERSION = "2026-01";

	static final Duration ESCALATE_AFTER = Duration.ofDays(15);

	private final JdbcClient jdbc;

	private final PersonalData data;

	private final OrgApi orgs;

	private final OrgScope scope;

	private final MemberStore members;

	private final MemberService memberService;

	private final AuditLog audit;

	private final Clock clock;

	JoinService(JdbcClient jdbc, PersonalData data, OrgApi orgs, OrgScope scope, MemberStore members,
			MemberService memberService, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.data = data;
		this.orgs = orgs;
		this.scope = scope;
		this.members = members;
		this.memberService = memberService;
		this.audit = audit;
	}

	/** Files an application from the public page or API; returns its number. */
	public long apply(JoinForm form, String clientIp) {
		if (!Boolean.TRUE.equals(form.consent())) {
			throw BusinessRuleException.invalid("consent", "join.consent.required");
		}
		OrgView org = form.orgId() == null ? null : orgs.find(form.orgId()).orElse(null);
		if (org == null || !org.active() || org.level() == OrgLevel.CITY || org.level() == OrgLevel.INDUSTRY) {
			throw BusinessRuleException.invalid("orgId", "join.org.unknown");
		}
		Person person = PersonRules.check(form.person(), true);
		Sealed sealed = Sealed.of(person, data);
		members.findByIdHash(sealed.idHash()).filter(MemberRecord::inGoodStanding).ifPresent(existing -> {
			String where = orgs.find(existing.orgId()).map(OrgView::name).orElse("");
			throw BusinessRuleException.invalid("idNumber", "join.alreadyMember", where);
		});
		jdbc.sql("SELECT org_id FROM join_application WHERE id_hash = ? AND status = 'PENDING'")
			.params(sealed.idHash())
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.ifPresent(pendingOrg -> {
				String where = orgs.find(pendingOrg).map(OrgView::name).orElse("");
				throw BusinessRuleException.invalid("idNumber", "join.alreadyPending", where);
			});
		Instant now = Instant.now(clock);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO join_application (org_id, name, gender, id_type, id_cipher, id_hash, id_masked, birth_date,
				    phone_cipher, phone_hash, phone_masked, education, employment_type, employer_name, consent_at,
				    consent_version, status, client_ip, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?)
				""")
			.params(org.id(), person.name(), person.gender().name(), person.idType().name(), sealed.idCipher(),
					sealed.idHash(), sealed.idMasked(), Date.valueOf(person.birthDate()), sealed.phoneCipher(),
					sealed.phoneHash(), sealed.phoneMasked(),
					person.education() == null ? null : person.education().name(), person.employmentType().name(),
					person.employerName(), Timestamp.from(now), CONSENT_VERSION, clientIp, Timestamp.from(now),
					Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.recordAs(null, "applicant", ENTITY, id, org.id(), AuditAction.CREATE, null,
				Map.of("name", person.name(), "idNumber", sealed.idMasked(), "phone", sealed.phoneMasked(), "orgId",
						org.id(), "employmentType", person.employmentType().name()));
		return id;
	}

	/**
	 * Approves a pending application of the actor's reach: the member and their card
	 * exist afterwards.
	 */
	long approve(Actor actor, long id) {
		Application application = load(id);
		scope.require(actor, application.orgId());
		decide(actor, id, JoinStatus.APPROVED, null);
		Person person = new Person(application.name(), application.gender(), application.idType(),
				data.decrypt(application.idCipher()), application.birthDate(), data.decrypt(application.phoneCipher()),
				null, application.education(), application.employmentType(), application.employerName());
		long memberId = memberService.admit(actor.username(), application.orgId(), person, memberService.today(),
				MemberSource.APPLICATION, null);
		jdbc.sql("UPDATE join_application SET member_id = ? WHERE id = ?").params(memberId, id).update();
		audit.record(ENTITY, id, application.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "PENDING"),
				Map.of("status", "APPROVED", "memberId", memberId));
		return memberId;
	}

	void reject(Actor actor, long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("reason", "join.reason.required");
		}
		if (reason.length() > 300) {
			throw BusinessRuleException.invalid("reason", "join.reason.tooLong");
		}
		Application application = load(id);
		scope.require(actor, application.orgId());
		decide(actor, id, JoinStatus.REJECTED, reason.strip());
		audit.record(ENTITY, id, application.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "PENDING"),
				Map.of("status", "REJECTED", "reason", reason.strip()));
	}

	/**
	 * Flags applications left undecided for 15 days to the parent of the union they wait
	 * at; returns how many were flagged now.
	 */
	int escalateOverdue(Instant now) {
		List<Map.Entry<Long, Long>> overdue = jdbc.sql("""
				SELECT id, org_id FROM join_application
				WHERE status = 'PENDING' AND escalated_at IS NULL AND created_at < ?
				""")
			.params(Timestamp.from(now.minus(ESCALATE_AFTER)))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getLong("org_id")))
			.list();
		for (Map.Entry<Long, Long> application : overdue) {
			Long parent = orgs.find(application.getValue()).map(OrgView::parentId).orElse(null);
			jdbc.sql(
					"UPDATE join_application SET escalated_at = ?, escalated_org_id = ? WHERE id = ? AND escalated_at IS NULL")
				.params(Timestamp.from(now), parent, application.getKey())
				.update();
			audit.recordAs(null, "system", ENTITY, application.getKey(), application.getValue(),
					AuditAction.STATE_CHANGE, null, Map.of("escalatedTo", parent == null ? "" : parent));
		}
		return overdue.size();
	}

	/** The first decision wins: the update only touches a still-pending application. */
	private void decide(Actor actor, long id, JoinStatus status, String reason) {
		Instant now = Instant.now(clock);
		int won = jdbc.sql("""
				UPDATE join_application
				SET status = ?, reason = ?, decided_by = ?, decided_at = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND status = 'PENDING'
				""")
			.params(status.name(), reason, actor.username(), Timestamp.from(now), Timestamp.from(now), id)
			.update();
		if (won == 0) {
			throw BusinessRuleException.conflict("join.alreadyDecided");
		}
	}

	private Application load(long id) {
		return jdbc.sql("SELECT * FROM join_application WHERE id = ?")
			.params(id)
			.query((rs, n) -> new Application(rs.getLong("org_id"), rs.getString("name"),
					Gender.valueOf(rs.getString("gender")), IdType.valueOf(rs.getString("id_type")),
					rs.getString("id_cipher"), rs.getDate("birth_date").toLocalDate(), rs.getString("phone_cipher"),
					Optional.ofNullable(rs.getString("education")).map(Education::valueOf).orElse(null),
					EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("employer_name")))
			.optional()
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The stored application, sealed fields as stored. */
	private record Application(long orgId, String name, Gender gender, IdType idType, String idCipher,
			LocalDate birthDate, String phoneCipher, Education education, EmploymentType employmentType,
			String employerName) {
	}

}
