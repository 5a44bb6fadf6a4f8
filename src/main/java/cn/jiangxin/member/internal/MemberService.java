package cn.jiangxin.member.internal;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Zones;

/**
 * The rules of membership: one record per person (found by the lookup hash of their ID),
 * a card for every member, counts per org kept exact, every change audited with ID and
 * phone masked, and clear values shown only to those with the permission, each time
 * audited.
 */
@Service
@Transactional
public class MemberService {

	public static final String ENTITY = "member";

	private static final Set<MemberStatus> LEAVING = EnumSet.of(MemberStatus.WITHDRAWN, MemberStatus.TRANSFERRED_OUT);

	private final MemberStore store;

	private final MemberCounts counts;

	private final CardNumbers cards;

	private final PersonalData data;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final AccountApi accounts;

	private final MemberBulkWriter bulk;

	private final Clock clock;

	MemberService(MemberStore store, MemberCounts counts, CardNumbers cards, PersonalData data, OrgScope scope,
			OrgApi orgs, AuditLog audit, AccountApi accounts, MemberBulkWriter bulk, Clock clock) {
		this.clock = clock;
		this.bulk = bulk;
		this.store = store;
		this.counts = counts;
		this.cards = cards;
		this.data = data;
		this.scope = scope;
		this.orgs = orgs;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** An admin enters a member of a union in their reach. */
	long register(Actor actor, long orgId, PersonForm form, LocalDate joinDate, String tags) {
		requireOpenOrg(actor, orgId);
		Person person = PersonRules.check(form, false);
		return admit(actor.username(), orgId, person, joinDate == null ? today() : joinDate, MemberSource.ADMIN,
				cleanTags(tags));
	}

	/**
	 * Makes a checked person a member of an org: a new record with a new card, or, for
	 * someone who left before, their old record back in good standing. Someone already in
	 * good standing is refused with where they are a member.
	 */
	public long admit(String actorName, long orgId, Person person, LocalDate joinDate, MemberSource source,
			String tags) {
		Sealed sealed = Sealed.of(person, data);
		Optional<MemberRecord> existing = store.findByIdHash(sealed.idHash());
		if (existing.isPresent()) {
			MemberRecord old = existing.get();
			if (old.inGoodStanding()) {
				throw alreadyMember(old);
			}
			MemberRecord back = new MemberRecord(old.id(), orgId, person.name(), person.gender(), person.idType(),
					sealed.idCipher(), sealed.idHash(), sealed.idMasked(), person.birthDate(), sealed.phoneCipher(),
					sealed.phoneHash(), sealed.phoneMasked(), person.email(), person.education(),
					person.employmentType(), person.employerName(), joinDate, MemberStatus.ACTIVE, old.cardNo(),
					old.source(), old.importJobId(), tags, old.version(), old.createdAt(), old.updatedAt());
			store.update(back);
			counts.add(orgId, 1);
			store.history(old.id(), "REJOINED", old.orgId(), orgId, old.status(), MemberStatus.ACTIVE, null, actorName);
			audit.record(ENTITY, old.id(), orgId, AuditAction.STATE_CHANGE, old.snapshot(), back.snapshot());
			accounts.followMember(old.id(), orgId, sealed.phoneHash());
			return old.id();
		}
		MemberRecord record = MemberRecord.of(orgId, person, sealed, joinDate, cards.next(), source, null, tags,
				Instant.now(clock));
		long id = store.insert(record);
		counts.add(orgId, 1);
		audit.record(ENTITY, id, orgId, AuditAction.CREATE, null, record.snapshot());
		return id;
	}

	/**
	 * Registers a batch of members of one union: checked one by one, written together,
	 * audited once.
	 */
	List<Long> registerAll(Actor actor, long orgId, List<MemberDraft> drafts) {
		requireOpenOrg(actor, orgId);
		List<MemberRecord> records = new ArrayList<>(drafts.size());
		Set<String> seen = new HashSet<>();
		for (MemberDraft draft : drafts) {
			Person person = PersonRules
				.check(new PersonForm(draft.name(), draft.gender(), draft.idType(), draft.idNumber(), draft.birthDate(),
						draft.phone(), draft.email(), draft.education(), draft.employmentType(), draft.employerName()),
						false);
			Sealed sealed = Sealed.of(person, data);
			if (!seen.add(sealed.idHash())) {
				throw BusinessRuleException.invalid("idNumber", "import.row.repeated");
			}
			records.add(MemberRecord.of(orgId, person, sealed, draft.joinDate() == null ? today() : draft.joinDate(),
					cards.next(), MemberSource.ADMIN, null, cleanTags(draft.tags()), Instant.now(clock)));
		}
		store.findByIdHashes(records.stream().map(MemberRecord::idHash).toList())
			.stream()
			.findFirst()
			.ifPresent(old -> {
				throw alreadyMember(old);
			});
		bulk.insert(records);
		counts.add(orgId, records.size());
		List<Long> ids = store.idsByCardNo(records.stream().map(MemberRecord::cardNo).toList());
		audit.record(ENTITY, null, orgId, AuditAction.IMPORT, null, Map.of("members", records.size()));
		return ids;
	}

	/**
	 * The refusal for someone already in good standing: where they are, and how to move
	 * instead.
	 */
	BusinessRuleException alreadyMember(MemberRecord existing) {
		String orgName = orgs.find(existing.orgId()).map(OrgView::name).orElse("#" + existing.orgId());
		return BusinessRuleException.invalid("idNumber", "member.duplicate.active", orgName);
	}

	/**
	 * Edits a member's record; their union changes only by a transfer, so {@code orgId},
	 * if given, must be theirs.
	 */
	void update(Actor actor, long id, Long orgId, PersonForm form, String tags, Integer version) {
		MemberRecord member = inReach(actor, id);
		if (version != null && version != member.version()) {
			throw new OptimisticLockingFailureException("member " + id + " changed meanwhile");
		}
		if (orgId != null && orgId != member.orgId()) {
			throw BusinessRuleException.invalid("orgId", "member.edit.orgByTransfer");
		}
		Person person = PersonRules.check(form, false);
		Sealed sealed = Sealed.of(person, data);
		if (!sealed.idHash().equals(member.idHash())) {
			store.findByIdHash(sealed.idHash()).ifPresent(other -> {
				throw BusinessRuleException.invalid("idNumber", "member.duplicate.other");
			});
		}
		MemberRecord changed = member.withPerson(person, sealed, cleanTags(tags), Instant.now(clock));
		store.update(changed);
		accounts.followMember(id, member.orgId(), sealed.phoneHash());
		audit.record(ENTITY, id, member.orgId(), AuditAction.UPDATE, member.snapshot(), changed.snapshot());
	}

	void changeStatus(Actor actor, long id, MemberStatus status, String note) {
		MemberRecord member = inReach(actor, id);
		if (member.status() == status) {
			return;
		}
		if (LEAVING.contains(member.status()) && status != MemberStatus.ACTIVE) {
			throw BusinessRuleException.conflict("member.status.notFromLeft");
		}
		MemberRecord changed = withStatus(member, status);
		store.update(changed);
		long delta = (changed.inGoodStanding() ? 1 : 0) - (member.inGoodStanding() ? 1 : 0);
		counts.add(member.orgId(), delta);
		store.history(id, "STATUS", member.orgId(), member.orgId(), member.status(), status, note, actor.username());
		audit.record(ENTITY, id, member.orgId(), AuditAction.STATE_CHANGE, member.snapshot(), changed.snapshot());
	}

	/**
	 * The clear ID number or phone of a member, for someone allowed to see it; every look
	 * is audited.
	 */
	String reveal(Actor actor, long id, String field) {
		MemberRecord member = inReach(actor, id);
		if (!actor.may(Permission.REVEAL_PERSONAL_DATA)) {
			throw new OutOfScopeException("reveal personal data");
		}
		String value = switch (field) {
			case "idNumber" -> data.decrypt(member.idCipher());
			case "phone" -> data.decrypt(member.phoneCipher());
			default -> throw BusinessRuleException.invalid("field", "member.reveal.field");
		};
		audit.record(ENTITY, id, member.orgId(), AuditAction.REVEAL, null, Map.of("field", field));
		return value;
	}

	/** The member if the actor administers their union. */
	MemberRecord inReach(Actor actor, long id) {
		MemberRecord member = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		scope.require(actor, member.orgId());
		return member;
	}

	void requireOpenOrg(Actor actor, long orgId) {
		OrgView org = orgs.find(orgId).orElseThrow(() -> BusinessRuleException.invalid("orgId", "member.org.unknown"));
		scope.require(actor, orgId);
		if (!org.active()) {
			throw BusinessRuleException.invalid("orgId", "member.org.closed");
		}
	}

	static MemberRecord withStatus(MemberRecord m, MemberStatus status) {
		return new MemberRecord(m.id(), m.orgId(), m.name(), m.gender(), m.idType(), m.idCipher(), m.idHash(),
				m.idMasked(), m.birthDate(), m.phoneCipher(), m.phoneHash(), m.phoneMasked(), m.email(), m.education(),
				m.employmentType(), m.employerName(), m.joinDate(), status, m.cardNo(), m.source(), m.importJobId(),
				m.tags(), m.version(), m.createdAt(), m.updatedAt());
	}

	public static MemberRecord withOrg(MemberRecord m, long orgId) {
		return new MemberRecord(m.id(), orgId, m.name(), m.gender(), m.idType(), m.idCipher(), m.idHash(), m.idMasked(),
				m.birthDate(), m.phoneCipher(), m.phoneHash(), m.phoneMasked(), m.email(), m.education(),
				m.employmentType(), m.employerName(), m.joinDate(), m.status(), m.cardNo(), m.source(), m.importJobId(),
				m.tags(), m.version(), m.createdAt(), m.updatedAt());
	}

	/**
	 * Tags as one comma-separated line without blanks or repeats, at most 200 characters.
	 */
	public static String cleanTags(String tags) {
		if (tags == null || tags.isBlank()) {
			return null;
		}
		String joined = Arrays.stream(tags.split("[,，;；\\s]+"))
			.map(String::strip)
			.filter(tag -> !tag.isEmpty())
			.distinct()
			.collect(Collectors.joining(","));
		if (joined.length() > 200) {
			throw BusinessRuleException.invalid("tags", "member.tags.tooLong");
		}
		return joined.isEmpty() ? null : joined;
	}

	public LocalDate today() {
		return Zones.today(clock);
	}

}
