package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The rules of alliances (联盟). An alliance spans branches of the tree, so its scope is
 * not one subtree: its managers are the admins covering the founding union (they admit
 * and refuse studios, hand the chair over, form groups, record events); a studio's own
 * admins (covering its host) apply for it and take it out; any admin may read an
 * alliance, its members and history (names of studios and unions, no personal data), and
 * opens only the studio pages within their reach. Every change is audited.
 */
@Service
class AllianceService {

	private final AllianceStore store;

	private final StudioStore studios;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final AuditLog audit;

	private final Clock clock;

	AllianceService(AllianceStore store, StudioStore studios, OrgScope scope, OrgDirectory orgNames, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.studios = studios;
		this.scope = scope;
		this.orgNames = orgNames;
		this.audit = audit;
		this.clock = clock;
	}

	/** Founds an alliance with its first council term; its id. */
	@Transactional
	public long found(Actor actor, AllianceDrafts.Founding draft) {
		requireAdmin(actor, draft.foundingOrgId());
		if (!scope.covers(actor, draft.chairOrgId())) {
			throw BusinessRuleException.invalid("chairOrgId", "innovation.alliance.chairUnknown");
		}
		long id;
		try {
			id = store.insert(draft, actor.username(), Instant.now(clock));
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.invalid("name", "innovation.alliance.nameTaken", draft.name().strip());
		}
		store.startTerm(id, draft.chairOrgId(), draft.chairPerson(), draft.viceChairs(), draft.foundedOn(),
				actor.username(), Instant.now(clock));
		audit.record("alliance", id, draft.foundingOrgId(), AuditAction.CREATE, null,
				Map.of("name", draft.name().strip(), "chair", draft.chairPerson().strip()));
		return id;
	}

	/** Admits a founding member directly, as a manager. */
	@Transactional
	public void admit(Actor actor, long allianceId, long studioId) {
		AllianceStore.Head alliance = managed(actor, allianceId);
		studios.find(studioId).filter(Studio::active).orElseThrow(() -> new NotFoundException("studio", studioId));
		store.admit(allianceId, studioId, alliance.foundedOn());
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.UPDATE, null,
				Map.of("founder", studioId));
	}

	/** A studio applies to join, by an admin covering its host. */
	@Transactional
	public void apply(Actor actor, long allianceId, AllianceDrafts.Application application) {
		AllianceStore.Head alliance = store.lock(allianceId)
			.orElseThrow(() -> new NotFoundException("alliance", allianceId));
		Studio studio = ownStudio(actor, application.studioId(), "studioId");
		if (!store.apply(allianceId, studio.id(), Zones.today(clock), application.note())) {
			throw BusinessRuleException.conflict("innovation.alliance.alreadyIn", studio.name());
		}
		audit.record("alliance", allianceId, studio.hostOrgId(), AuditAction.UPDATE, null,
				Map.of("applied", studio.name()));
	}

	/** The managers admit or refuse a pending application. */
	@Transactional
	public void decide(Actor actor, long allianceId, long studioId, AllianceDrafts.Decision decision) {
		AllianceStore.Head alliance = managed(actor, allianceId);
		if (!store.decide(allianceId, studioId, decision.approve(), Zones.today(clock), decision.note())) {
			throw BusinessRuleException.conflict("innovation.alliance.notPending");
		}
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("studio", studioId, "approved", decision.approve()));
	}

	/** A member studio leaves: by its own admins or by the managers. */
	@Transactional
	public void leave(Actor actor, long allianceId, long studioId, AllianceDrafts.Leaving leaving) {
		AllianceStore.Head alliance = store.lock(allianceId)
			.orElseThrow(() -> new NotFoundException("alliance", allianceId));
		Studio studio = studios.find(studioId).orElseThrow(() -> new NotFoundException("studio", studioId));
		boolean manager = actor.administers() && scope.covers(actor, alliance.foundingOrgId());
		boolean own = actor.administers() && scope.covers(actor, studio.hostOrgId());
		if (!manager && !own) {
			throw new OutOfScopeException("alliance " + allianceId);
		}
		if (!store.leave(allianceId, studioId, leaving.leftOn())) {
			throw BusinessRuleException.conflict("innovation.alliance.notMember");
		}
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("left", studio.name(), "on", leaving.leftOn().toString()));
	}

	/**
	 * Hands the chair over (理事长单位交接): the current term ends on the day and the next
	 * begins; the terms stay as the alliance's history.
	 */
	@Transactional
	public void handover(Actor actor, long allianceId, AllianceDrafts.Handover handover) {
		AllianceStore.Head alliance = managed(actor, allianceId);
		if (!scope.covers(actor, handover.chairOrgId())) {
			throw BusinessRuleException.invalid("chairOrgId", "innovation.alliance.chairUnknown");
		}
		LocalDate start = store.currentStart(allianceId).orElse(alliance.foundedOn());
		if (!handover.on().isAfter(start)) {
			throw BusinessRuleException.invalid("on", "innovation.alliance.handoverDay", start);
		}
		store.endTerm(allianceId, handover.on());
		store.startTerm(allianceId, handover.chairOrgId(), handover.chairPerson(), handover.viceChairs(), handover.on(),
				actor.username(), Instant.now(clock));
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.UPDATE, null,
				Map.of("chair", orgNames.names(List.of(handover.chairOrgId())).get(handover.chairOrgId()), "on",
						handover.on().toString()));
	}

	/** Forms a working group of member studios, led by one of them. */
	@Transactional
	public long group(Actor actor, long allianceId, AllianceDrafts.Group group) {
		AllianceStore.Head alliance = managed(actor, allianceId);
		Set<Long> members = new HashSet<>();
		store.members(allianceId)
			.stream()
			.filter(m -> m.status() == Alliance.MemberStatus.MEMBER)
			.forEach(m -> members.add(m.studioId()));
		if (!members.contains(group.leadStudioId())) {
			throw BusinessRuleException.invalid("leadStudioId", "innovation.alliance.notAMember", group.leadStudioId());
		}
		Set<Long> chosen = new LinkedHashSet<>();
		chosen.add(group.leadStudioId());
		for (Long studio : group.memberStudioIds() == null ? List.<Long>of() : group.memberStudioIds()) {
			if (!members.contains(studio)) {
				throw BusinessRuleException.invalid("memberStudioIds", "innovation.alliance.notAMember", studio);
			}
			chosen.add(studio);
		}
		long id;
		try {
			id = store.insertGroup(allianceId, group, List.copyOf(chosen));
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.invalid("name", "innovation.alliance.groupTaken", group.name().strip());
		}
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.UPDATE, null,
				Map.of("group", group.name().strip(), "studios", chosen.size()));
		return id;
	}

	/** Records a forum or signing with the projects signed at it. */
	@Transactional
	public long event(Actor actor, long allianceId, AllianceDrafts.Event event) {
		AllianceStore.Head alliance = managed(actor, allianceId);
		if (event.heldOn().isBefore(alliance.foundedOn())) {
			throw BusinessRuleException.invalid("heldOn", "innovation.alliance.beforeFounding", alliance.foundedOn());
		}
		List<String> projects = event.projects() == null ? List.of()
				: event.projects().stream().map(String::strip).distinct().toList();
		long id = store.insertEvent(allianceId, event, projects);
		audit.record("alliance", allianceId, alliance.foundingOrgId(), AuditAction.UPDATE, null,
				Map.of("event", event.title().strip(), "projects", projects.size()));
		return id;
	}

	/** Every alliance, oldest first, for any admin. */
	public List<AllianceStore.Head> list(Actor actor) {
		requireAnyAdmin(actor);
		return store.all();
	}

	/** The alliances the actor manages (covers their founding union), oldest first. */
	public List<AllianceStore.Head> managedBy(Actor actor) {
		return actor.administers() ? store.all().stream().filter(a -> scope.covers(actor, a.foundingOrgId())).toList()
				: List.of();
	}

	/** An alliance with its members, terms, groups and events, for any admin. */
	public Alliance alliance(Actor actor, long allianceId) {
		requireAnyAdmin(actor);
		AllianceStore.Head head = store.find(allianceId)
			.orElseThrow(() -> new NotFoundException("alliance", allianceId));
		List<AllianceStore.Row> rows = store.members(allianceId);
		List<Alliance.Term> terms = store.terms(allianceId);
		Set<Long> unions = new HashSet<>(List.of(head.foundingOrgId()));
		rows.forEach(r -> unions.add(r.hostOrgId()));
		terms.forEach(t -> unions.add(t.chairOrgId()));
		Map<Long, String> names = orgNames.names(unions);
		return new Alliance(head.id(), head.name(), head.foundingOrgId(), names.get(head.foundingOrgId()),
				head.foundedOn(), head.description(),
				rows.stream()
					.map(r -> new Alliance.Member(r.studioId(), r.studioName(), names.get(r.hostOrgId()), r.status(),
							r.appliedOn(), r.joinedOn(), r.leftOn(), r.note(), scope.covers(actor, r.hostOrgId())))
					.toList(),
				terms.stream()
					.map(t -> new Alliance.Term(t.id(), t.chairOrgId(), names.get(t.chairOrgId()), t.chairPerson(),
							t.viceChairs(), t.startsOn(), t.endsOn()))
					.toList(),
				store.groups(allianceId), store.events(allianceId));
	}

	/** An alliance the actor manages (covers its founding union), its row locked. */
	private AllianceStore.Head managed(Actor actor, long allianceId) {
		AllianceStore.Head alliance = store.lock(allianceId)
			.orElseThrow(() -> new NotFoundException("alliance", allianceId));
		requireAdmin(actor, alliance.foundingOrgId());
		return alliance;
	}

	/** An active studio hosted within the actor's reach, named in a body's field. */
	private Studio ownStudio(Actor actor, long studioId, String field) {
		requireAnyAdmin(actor);
		Studio studio = studios.find(studioId)
			.filter(s -> scope.covers(actor, s.hostOrgId()))
			.orElseThrow(() -> BusinessRuleException.invalid(field, "innovation.achievement.studioUnknown", studioId));
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		return studio;
	}

	private void requireAdmin(Actor actor, long orgId) {
		if (!actor.administers() || !scope.covers(actor, orgId)) {
			throw new OutOfScopeException("org " + orgId);
		}
	}

	private static void requireAnyAdmin(Actor actor) {
		if (!actor.administers()) {
			throw new OutOfScopeException("alliances");
		}
	}

}
