package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestStatusChanged;
import cn.jiangxin.contest.ContestStepGuard;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryKind;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.ContentTypes;

/**
 * The rules of setting a contest up: its organisers reach its entrants' subtree and host
 * it; it moves only one step at a time along its life; tracks and rounds are checked for
 * sense before they are kept.
 */
@Service
@Transactional
class ContestService {

	static final String ENTITY = "contest";

	private final ContestStore store;

	private final ContestAccess access;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final List<ContestStepGuard> guards;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContestService(ContestStore store, ContestAccess access, OrgScope scope, OrgApi orgs, AuditLog audit,
			List<ContestStepGuard> guards, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.guards = guards;
		this.store = store;
		this.access = access;
		this.scope = scope;
		this.orgs = orgs;
		this.audit = audit;
	}

	long create(Actor actor, ContestDraft draft) {
		if (!actor.administers()) {
			throw new OutOfScopeException("contests");
		}
		check(actor, draft);
		long id = store.insert(draft, actor.username());
		audit.record(ENTITY, id, draft.scopeOrgId(), AuditAction.CREATE, null, snapshot(draft));
		return id;
	}

	void update(Actor actor, long id, ContestDraft draft, int version) {
		ContestView contest = load(id);
		access.requireManage(actor, id);
		if (!contest.status().setupOpen()) {
			throw BusinessRuleException.conflict("contest.edit.closed");
		}
		if (contest.status() == ContestStatus.OPEN
				&& (draft.kind() != contest.kind() || draft.scopeOrgId() != contest.scopeOrgId())) {
			throw BusinessRuleException.invalid("kind", "contest.edit.kindOrScopeWhenOpen");
		}
		check(actor, draft);
		store.update(id, draft, version);
		audit.record(ENTITY, id, draft.scopeOrgId(), AuditAction.UPDATE,
				Map.of("title", contest.title(), "closesAt", contest.closesAt().toString()), snapshot(draft));
	}

	void advance(Actor actor, long id, ContestStatus target) {
		ContestView contest = load(id);
		access.requireManage(actor, id);
		if (!contest.status().mayBecome(target)) {
			throw BusinessRuleException.conflict("contest.status.notAllowed", contest.status().name(), target.name());
		}
		if (target == ContestStatus.OPEN && store.tracks(id).isEmpty()) {
			throw BusinessRuleException.conflict("contest.open.noTracks");
		}
		if (target == ContestStatus.OPEN && !contest.closesAt().isAfter(Instant.now(clock))) {
			throw BusinessRuleException.conflict("contest.open.windowPassed");
		}
		guards.forEach(guard -> guard.check(id, contest.status(), target));
		if (!store.moveStatus(id, contest.status(), target)) {
			throw BusinessRuleException.conflict("contest.status.changedMeanwhile");
		}
		audit.record(ENTITY, id, contest.scopeOrgId(), AuditAction.STATE_CHANGE, Map.of("status", contest.status()),
				Map.of("status", target));
		events.publishEvent(new ContestStatusChanged(id, contest.status(), target));
	}

	/**
	 * Ends registration now instead of at its closing time: refused unless registration
	 * is open; from then on the contest behaves as after its closing time, so entries are
	 * locked.
	 */
	void closeRegistration(Actor actor, long id) {
		ContestView contest = load(id);
		access.requireManage(actor, id);
		Instant now = Instant.now(clock);
		if (!registrationOpen(contest, now)) {
			throw BusinessRuleException.conflict("contest.registration.notOpen");
		}
		if (!store.closeRegistration(id, now)) {
			throw BusinessRuleException.conflict("contest.status.changedMeanwhile");
		}
		audit.record(ENTITY, id, contest.scopeOrgId(), AuditAction.STATE_CHANGE,
				Map.of("closesAt", contest.closesAt().toString()),
				Map.of("closesAt", now.toString(), "registration", "CLOSED"));
	}

	/** Whether the contest takes entries at {@code now}. */
	static boolean registrationOpen(ContestView contest, Instant now) {
		return contest.status() == ContestStatus.OPEN && contest.opensAt().isBefore(now)
				&& contest.closesAt().isAfter(now);
	}

	long addTrack(Actor actor, long contestId, TrackDraft draft) {
		ContestView contest = editable(actor, contestId);
		checkTrack(contestId, draft, -1);
		long id = store.insertTrack(contestId, draft, store.nextTrackPosition(contestId));
		audit.record("track", id, contest.scopeOrgId(), AuditAction.CREATE, null,
				Map.of("contestId", contestId, "name", draft.name(), "entryKind", draft.entryKind()));
		return id;
	}

	void updateTrack(Actor actor, long trackId, TrackDraft draft) {
		TrackView track = store.track(trackId).orElseThrow(() -> new NotFoundException("track", trackId));
		ContestView contest = editable(actor, track.contestId());
		if (store.trackHasEntries(trackId) && draft.entryKind() != track.entryKind()) {
			throw BusinessRuleException.invalid("entryKind", "track.kind.hasEntries");
		}
		checkTrack(track.contestId(), draft, trackId);
		store.updateTrack(trackId, draft);
		audit.record("track", trackId, contest.scopeOrgId(), AuditAction.UPDATE, Map.of("name", track.name()),
				Map.of("name", draft.name(), "entryKind", draft.entryKind()));
	}

	/** Removes a track that nobody has entered yet. */
	void deleteTrack(Actor actor, long trackId) {
		TrackView track = store.track(trackId).orElseThrow(() -> new NotFoundException("track", trackId));
		ContestView contest = editable(actor, track.contestId());
		if (store.trackHasEntries(trackId)) {
			throw BusinessRuleException.conflict("track.delete.hasEntries", track.name());
		}
		if (store.rounds(track.contestId()).stream().anyMatch(r -> ContestStore.same(r.trackId(), trackId))) {
			throw BusinessRuleException.conflict("track.delete.hasRounds", track.name());
		}
		store.deleteTrack(trackId);
		audit.record("track", trackId, contest.scopeOrgId(), AuditAction.DELETE,
				Map.of("contestId", track.contestId(), "name", track.name()), null);
	}

	long addRound(Actor actor, long contestId, RoundDraft draft) {
		ContestView contest = roundsEditable(actor, contestId);
		checkRound(contestId, draft, -1);
		long id = store.insertRound(contestId, draft);
		audit.record("round", id, contest.scopeOrgId(), AuditAction.CREATE, null, Map.of("contestId", contestId, "name",
				draft.name(), "format", draft.format(), "advancement", draft.advancement()));
		return id;
	}

	void updateRound(Actor actor, long roundId, RoundDraft draft) {
		RoundView round = store.round(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
		ContestView contest = roundsEditable(actor, round.contestId());
		checkRound(round.contestId(), draft, roundId);
		store.updateRound(roundId, draft);
		audit.record("round", roundId, contest.scopeOrgId(), AuditAction.UPDATE,
				Map.of("name", round.name(), "format", round.format()),
				Map.of("name", draft.name(), "format", draft.format(), "advancement", draft.advancement()));
	}

	/** Removes a round before judging starts. */
	void deleteRound(Actor actor, long roundId) {
		RoundView round = store.round(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
		ContestView contest = editable(actor, round.contestId());
		store.deleteRound(roundId);
		audit.record("round", roundId, contest.scopeOrgId(), AuditAction.DELETE,
				Map.of("contestId", round.contestId(), "name", round.name()), null);
	}

	private ContestView roundsEditable(Actor actor, long contestId) {
		ContestView contest = load(contestId);
		access.requireManage(actor, contestId);
		if (!contest.status().roundsOpen()) {
			throw BusinessRuleException.conflict("contest.edit.closed");
		}
		return contest;
	}

	private void checkRound(long contestId, RoundDraft draft, long roundId) {
		if (draft.trackId() != null && store.tracks(contestId).stream().noneMatch(t -> t.id() == draft.trackId())) {
			throw BusinessRuleException.invalid("trackId", "round.track.unknown");
		}
		for (RoundView round : store.rounds(contestId)) {
			if (round.id() != roundId && round.ordinal() == draft.ordinal()
					&& ContestStore.same(round.trackId(), draft.trackId())) {
				throw BusinessRuleException.invalid("ordinal", "round.ordinal.taken", draft.ordinal());
			}
		}
		if (draft.startsAt() != null && draft.endsAt() != null && !draft.endsAt().isAfter(draft.startsAt())) {
			throw BusinessRuleException.invalid("endsAt", "round.window.invalid");
		}
		if (draft.advancement() != Advancement.NONE) {
			if (draft.advancementValue() == null || draft.advancementValue().signum() <= 0) {
				throw BusinessRuleException.invalid("advancementValue", "round.advancement.valueRequired");
			}
			if (draft.advancement() != Advancement.THRESHOLD
					&& draft.advancementValue().stripTrailingZeros().scale() > 0) {
				throw BusinessRuleException.invalid("advancementValue", "round.advancement.wholeNumber");
			}
		}
	}

	ContestView load(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private ContestView editable(Actor actor, long contestId) {
		ContestView contest = load(contestId);
		access.requireManage(actor, contestId);
		if (!contest.status().setupOpen()) {
			throw BusinessRuleException.conflict("contest.edit.closed");
		}
		return contest;
	}

	private void check(Actor actor, ContestDraft draft) {
		if (!draft.closesAt().isAfter(draft.opensAt())) {
			throw BusinessRuleException.invalid("closesAt", "contest.window.invalid");
		}
		orgs.find(draft.scopeOrgId())
			.orElseThrow(() -> BusinessRuleException.invalid("scopeOrgId", "contest.org.unknown"));
		if (!scope.covers(actor, draft.scopeOrgId())) {
			throw new OutOfScopeException("org " + draft.scopeOrgId());
		}
		if (draft.hostOrgIds().isEmpty()) {
			throw BusinessRuleException.invalid("hostOrgIds", "contest.hosts.required");
		}
		for (Long org : concat(draft.hostOrgIds(), draft.organiserOrgIds())) {
			orgs.find(org).orElseThrow(() -> BusinessRuleException.invalid("hostOrgIds", "contest.org.unknown"));
		}
		boolean hostsInReach = concat(draft.hostOrgIds(), draft.organiserOrgIds()).stream()
			.anyMatch(org -> scope.covers(actor, org));
		if (!hostsInReach) {
			throw BusinessRuleException.invalid("hostOrgIds", "contest.hosts.mustIncludeOwn");
		}
	}

	private void checkTrack(long contestId, TrackDraft draft, long trackId) {
		if (store.trackNameTaken(contestId, draft.name(), trackId)) {
			throw BusinessRuleException.invalid("name", "track.name.taken", draft.name());
		}
		if (draft.entryKind() == EntryKind.TEAM) {
			if (draft.teamMin() == null || draft.teamMax() == null) {
				throw BusinessRuleException.invalid("teamMin", "track.team.sizeRequired");
			}
			if (draft.teamMax() < draft.teamMin()) {
				throw BusinessRuleException.invalid("teamMax", "track.team.maxBelowMin");
			}
		}
		if (draft.minAge() != null && draft.maxAge() != null && draft.maxAge() < draft.minAge()) {
			throw BusinessRuleException.invalid("maxAge", "track.age.maxBelowMin");
		}
		Set<String> codes = new HashSet<>();
		for (RequirementDraft requirement : draft.requirements()) {
			if (!codes.add(requirement.code())) {
				throw BusinessRuleException.invalid("requirements", "track.requirement.duplicate", requirement.code());
			}
			if (requirement.file()) {
				if (requirement.allowedKinds().isEmpty() || requirement.maxMegabytes() == null) {
					throw BusinessRuleException.invalid("requirements", "track.requirement.fileIncomplete",
							requirement.label());
				}
				for (String kind : requirement.allowedKinds()) {
					if (!ContentTypes.KINDS.containsKey(kind)) {
						throw BusinessRuleException.invalid("requirements", "track.requirement.unknownKind", kind);
					}
				}
			}
		}
	}

	private static Map<String, Object> snapshot(ContestDraft draft) {
		return Map.of("kind", draft.kind(), "title", draft.title(), "scopeOrgId", draft.scopeOrgId(), "opensAt",
				draft.opensAt().toString(), "closesAt", draft.closesAt().toString(), "hosts", draft.hostOrgIds(),
				"organisers", draft.organiserOrgIds());
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
