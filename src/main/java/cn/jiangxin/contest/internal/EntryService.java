package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.InvitationStatus;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Masking;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Phones;

/**
 * Entering a contest and keeping the entry right until the deadline: a member enters
 * themself, or a unit's admin registers members of their own subtree; a leader invites
 * team members by card number or phone and each accepts; the unit's union confirms (推荐)
 * within its quota; entries can be withdrawn. Every change checks the rules again on the
 * server and is refused once registration has closed.
 */
@Service
@Transactional
class EntryService {

	static final String ENTITY = "entry";

	private final ContestStore contests;

	private final EntryStore entries;

	private final SubmissionStore submissions;

	private final Eligibility eligibility;

	private final EntryAccess access;

	private final OrgScope scope;

	private final MemberApi members;

	private final AuditLog audit;

	private final Clock clock;

	EntryService(ContestStore contests, EntryStore entries, SubmissionStore submissions, Eligibility eligibility,
			EntryAccess access, OrgScope scope, MemberApi members, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.contests = contests;
		this.entries = entries;
		this.submissions = submissions;
		this.eligibility = eligibility;
		this.access = access;
		this.scope = scope;
		this.members = members;
		this.audit = audit;
	}

	/**
	 * A member enters a track themself: alone, or as the leader of a new team who then
	 * invites the others.
	 */
	long enter(Actor actor, long trackId, String title, boolean declarationAccepted) {
		MemberView member = self(actor);
		TrackView track = track(trackId);
		ContestView contest = contest(track.contestId());
		Eligibility.requireOpen(contest, Instant.now(clock));
		eligibility.requireEligible("trackId", contest, track, member);
		Eligibility.requireDeclaration(track, declarationAccepted);
		String name = title(track, title, member);
		requireFree(track, member, "trackId");
		long id = entries.insert(contest.id(), track.id(), member.orgId(), name, member.id(), actor.username(),
				declarationAccepted);
		entries.addPerson(id, member.id(), true, InvitationStatus.ACCEPTED, null);
		claim(track, member, id, "trackId");
		audit.record(ENTITY, id, member.orgId(), AuditAction.CREATE, null, Map.of("contestId", contest.id(), "track",
				track.name(), "title", name, "leader", member.name(), "by", "self"));
		return id;
	}

	/**
	 * An admin registers an entry of members of their own subtree. The team is complete
	 * at once (the admin answers for their own members), so its size must already be
	 * within the track's range.
	 */
	long register(Actor actor, long contestId, EntryDraft draft) {
		if (!actor.administers()) {
			throw new OutOfScopeException("entries of contest " + contestId);
		}
		ContestView contest = contest(contestId);
		TrackView track = contests.tracks(contestId)
			.stream()
			.filter(t -> t.id() == draft.trackId())
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.invalid("trackId", "entry.track.unknown"));
		Eligibility.requireOpen(contest, Instant.now(clock));
		Eligibility.requireDeclaration(track, draft.declarationAccepted());
		Set<Long> team = new LinkedHashSet<>(draft.teamMemberIds());
		if (team.size() != draft.teamMemberIds().size() || team.contains(draft.leaderMemberId())) {
			throw BusinessRuleException.invalid("teamCardNos", "entry.team.duplicate");
		}
		if (!track.team() && !team.isEmpty()) {
			throw BusinessRuleException.invalid("teamCardNos", "contest.rule.individualTrack", track.name());
		}
		if (track.team()) {
			requireSize(track, 1 + team.size(), "teamCardNos");
		}
		List<Long> ids = new ArrayList<>();
		ids.add(draft.leaderMemberId());
		ids.addAll(team);
		Map<Long, MemberView> people = new LinkedHashMap<>();
		members.findAll(ids).forEach(m -> people.put(m.id(), m));
		for (Long id : ids) {
			String field = id.equals(draft.leaderMemberId()) ? "leaderCardNo" : "teamCardNos";
			MemberView person = people.get(id);
			if (person == null) {
				throw BusinessRuleException.invalid(field, "entry.member.unknown");
			}
			if (!scope.covers(actor, person.orgId())) {
				throw BusinessRuleException.invalid(field, "contest.rule.ownMembers", person.cardNo());
			}
			eligibility.requireEligible(field, contest, track, person);
		}
		Map<Long, Long> holders = entries.holders(track.id(), ids);
		if (!holders.isEmpty()) {
			Long taken = ids.stream().filter(holders::containsKey).findFirst().orElseThrow();
			throw onePerTrack(taken.equals(draft.leaderMemberId()) ? "leaderCardNo" : "teamCardNos", people.get(taken),
					track, holders.get(taken));
		}
		MemberView leader = people.get(draft.leaderMemberId());
		String name = title(track, draft.title(), leader);
		long id = entries.insert(contest.id(), track.id(), leader.orgId(), name, leader.id(), actor.username(),
				draft.declarationAccepted());
		for (Long person : ids) {
			entries.addPerson(id, person, person.equals(leader.id()), InvitationStatus.ACCEPTED, actor.username());
			claim(track, people.get(person), id, person.equals(leader.id()) ? "leaderCardNo" : "teamCardNos");
		}
		audit.record(ENTITY, id, leader.orgId(), AuditAction.CREATE, null, Map.of("contestId", contest.id(), "track",
				track.name(), "title", name, "leader", leader.name(), "people", ids.size(), "by", "admin"));
		return id;
	}

	/**
	 * The leader (or the unit's admin) invites a member by card number or mobile phone;
	 * the invitee must accept.
	 */
	void invite(Actor actor, long entryId, String invitee) {
		EntryView entry = load(entryId);
		if (!EntryAccess.isLeader(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		TrackView track = track(entry.trackId());
		ContestView contest = contest(entry.contestId());
		requireLive(entry, contest);
		if (!track.team()) {
			throw BusinessRuleException.conflict("contest.rule.individualTrack", track.name());
		}
		entries.lock(entryId);
		entry = load(entryId);
		MemberView person = findInvitee(invitee);
		Optional<EntryView.Person> known = entry.person(person.id());
		String shown = Masking.name(person.name());
		if (known.isPresent() && (known.get().accepted() || known.get().invited())) {
			throw BusinessRuleException.invalid("invitee", "entry.invite.already", known.get().name());
		}
		eligibility.requireEligible("invitee", contest, track, person, shown);
		if (entries.holder(track.id(), person.id()).isPresent()) {
			throw BusinessRuleException.invalid("invitee", "entry.invite.taken", shown, track.name());
		}
		int places = entry.team().size() + entry.invited().size();
		if (places >= track.teamMax()) {
			throw BusinessRuleException.invalid("invitee", "contest.rule.teamTooLarge", track.teamMax());
		}
		if (known.isEmpty() || !entries.reinvite(entryId, person.id(), actor.username())) {
			entries.addPerson(entryId, person.id(), false, InvitationStatus.INVITED, actor.username());
		}
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, null,
				Map.of("invited", person.name(), "cardNo", person.cardNo(), "memberId", person.id()));
	}

	/** The leader (or the unit's admin) takes back an invitation not yet answered. */
	void cancelInvitation(Actor actor, long entryId, long memberId) {
		EntryView entry = load(entryId);
		if (!EntryAccess.isLeader(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		requireLive(entry, contest(entry.contestId()));
		if (!entries.movePerson(entryId, memberId, InvitationStatus.INVITED, InvitationStatus.CANCELLED)) {
			throw BusinessRuleException.conflict("entry.invitation.none");
		}
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, Map.of("invited", memberId),
				Map.of("invitation", InvitationStatus.CANCELLED.name()));
	}

	/** The invitee accepts (taking their one place in the track) or declines. */
	void respond(Actor actor, long entryId, boolean accept) {
		MemberView member = self(actor);
		EntryView entry = load(entryId);
		if (entry.person(member.id()).filter(EntryView.Person::invited).isEmpty()) {
			throw BusinessRuleException.conflict("entry.invitation.none");
		}
		ContestView contest = contest(entry.contestId());
		requireLive(entry, contest);
		if (!accept) {
			entries.movePerson(entryId, member.id(), InvitationStatus.INVITED, InvitationStatus.DECLINED);
			audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, null,
					Map.of("declined", member.name()));
			return;
		}
		TrackView track = track(entry.trackId());
		entries.lock(entryId);
		entry = load(entryId);
		eligibility.requireEligible("invitation", contest, track, member);
		if (entry.team().size() >= track.teamMax()) {
			throw BusinessRuleException.conflict("contest.rule.teamTooLarge", track.teamMax());
		}
		claim(track, member, entryId, "invitation");
		if (!entries.movePerson(entryId, member.id(), InvitationStatus.INVITED, InvitationStatus.ACCEPTED)) {
			throw BusinessRuleException.conflict("entry.invitation.none");
		}
		lapseConfirmation(entry, actor);
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, null, Map.of("accepted", member.name()));
	}

	/**
	 * A team member leaves the team; the leader cannot, before handing the lead to
	 * someone else.
	 */
	void leave(Actor actor, long entryId) {
		MemberView member = self(actor);
		EntryView entry = load(entryId);
		EntryView.Person person = entry.person(member.id())
			.filter(EntryView.Person::accepted)
			.orElseThrow(() -> new OutOfScopeException("entry " + entryId));
		if (person.leader()) {
			throw BusinessRuleException.conflict("entry.leave.leader");
		}
		requireLive(entry, contest(entry.contestId()));
		entries.lock(entryId);
		if (!entries.movePerson(entryId, member.id(), InvitationStatus.ACCEPTED, InvitationStatus.LEFT)) {
			throw BusinessRuleException.conflict("entry.changedMeanwhile");
		}
		entries.release(entry.trackId(), member.id(), entryId);
		lapseConfirmation(entry, actor);
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, null, Map.of("left", member.name()));
	}

	/** The leader (or the unit's admin) hands the lead to a member who accepted. */
	void handLead(Actor actor, long entryId, long toMemberId) {
		EntryView entry = load(entryId);
		if (!EntryAccess.isLeader(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		requireLive(entry, contest(entry.contestId()));
		EntryView.Person next = entry.person(toMemberId)
			.filter(p -> p.accepted() && !p.leader())
			.orElseThrow(() -> BusinessRuleException.invalid("memberId", "entry.lead.notTeamMember"));
		entries.lock(entryId);
		entries.handLead(entryId, entry.leaderMemberId(), toMemberId);
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, Map.of("leader", entry.leader().name()),
				Map.of("leader", next.name()));
	}

	/**
	 * The leader or the unit's admin renames the entry (the project, case or team name).
	 */
	void rename(Actor actor, long entryId, String title) {
		EntryView entry = load(entryId);
		if (!EntryAccess.isLeader(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		requireLive(entry, contest(entry.contestId()));
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw BusinessRuleException.invalid("title", "entry.title.required");
		}
		entries.rename(entryId, title);
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.UPDATE, Map.of("title", entry.title()),
				Map.of("title", title.strip()));
	}

	/**
	 * The unit's union confirms (推荐) an entry before the deadline: the team is complete,
	 * the required materials are in, and the unit stays within the track's quota.
	 */
	void confirm(Actor actor, long entryId) {
		EntryView entry = load(entryId);
		access.requireUnitAdmin(actor, entry);
		ContestView contest = contest(entry.contestId());
		requireLive(entry, contest);
		if (entry.status() != EntryStatus.REGISTERED) {
			throw BusinessRuleException.conflict("entry.confirm.notRegistered");
		}
		TrackView track = track(entry.trackId());
		if (track.team()) {
			requireSize(track, entry.team().size(), "entry");
		}
		List<String> missing = submissions.missingRequired(track, entryId);
		if (!missing.isEmpty()) {
			throw BusinessRuleException.conflict("contest.rule.materials", String.join("、", missing));
		}
		if (track.quotaPerUnit() != null) {
			entries.lockTrack(track.id());
			if (entries.countConfirmed(track.id(), entry.unitOrgId()) >= track.quotaPerUnit()) {
				throw BusinessRuleException.conflict("contest.rule.quota", entry.unitName(), track.name(),
						track.quotaPerUnit());
			}
		}
		if (!entries.moveStatus(entryId, EntryStatus.REGISTERED, EntryStatus.CONFIRMED, actor.username())) {
			throw BusinessRuleException.conflict("entry.changedMeanwhile");
		}
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.STATE_CHANGE, Map.of("status", entry.status()),
				Map.of("status", EntryStatus.CONFIRMED));
	}

	/** The unit's union takes its confirmation back, before the deadline. */
	void unconfirm(Actor actor, long entryId) {
		EntryView entry = load(entryId);
		access.requireUnitAdmin(actor, entry);
		requireLive(entry, contest(entry.contestId()));
		if (!entries.moveStatus(entryId, EntryStatus.CONFIRMED, EntryStatus.REGISTERED, actor.username())) {
			throw BusinessRuleException.conflict("entry.unconfirm.notConfirmed");
		}
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.STATE_CHANGE,
				Map.of("status", EntryStatus.CONFIRMED), Map.of("status", EntryStatus.REGISTERED));
	}

	/**
	 * The leader or the unit's admin withdraws the entry; its people are free to enter
	 * the track again.
	 */
	void withdraw(Actor actor, long entryId) {
		EntryView entry = load(entryId);
		if (!EntryAccess.isLeader(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		requireLive(entry, contest(entry.contestId()));
		entries.lock(entryId);
		if (!entries.moveStatus(entryId, entry.status(), EntryStatus.WITHDRAWN, actor.username())) {
			throw BusinessRuleException.conflict("entry.changedMeanwhile");
		}
		entries.releaseAll(entryId);
		for (EntryView.Person invited : entry.invited()) {
			entries.movePerson(entryId, invited.memberId(), InvitationStatus.INVITED, InvitationStatus.CANCELLED);
		}
		audit.record(ENTITY, entryId, entry.unitOrgId(), AuditAction.STATE_CHANGE, Map.of("status", entry.status()),
				Map.of("status", EntryStatus.WITHDRAWN));
	}

	EntryView load(long entryId) {
		return entries.find(entryId).orElseThrow(() -> new NotFoundException(ENTITY, entryId));
	}

	/**
	 * Fails unless the entry is still in the race and its contest still takes entries.
	 */
	void requireLive(EntryView entry, ContestView contest) {
		if (entry.withdrawn()) {
			throw BusinessRuleException.conflict("entry.withdrawn");
		}
		Eligibility.requireOpen(contest, Instant.now(clock));
	}

	private MemberView self(Actor actor) {
		if (actor.memberId() == null) {
			throw new OutOfScopeException("members only");
		}
		return members.find(actor.memberId()).orElseThrow(() -> new OutOfScopeException("members only"));
	}

	private MemberView findInvitee(String text) {
		String value = text == null ? "" : text.replaceAll("\\s", "");
		if (value.matches("\\d{12}")) {
			return members.findByCardNo(value)
				.orElseThrow(() -> BusinessRuleException.invalid("invitee", "entry.invite.notMember", value));
		}
		String phone = Phones.normalizeMobile(value);
		if (Phones.isMobile(phone)) {
			return members.findByPhone(phone)
				.stream()
				.findFirst()
				.orElseThrow(() -> BusinessRuleException.invalid("invitee", "entry.invite.notMember", value));
		}
		throw BusinessRuleException.invalid("invitee", "entry.invite.format");
	}

	private void requireFree(TrackView track, MemberView person, String field) {
		Optional<Long> holder = entries.holder(track.id(), person.id());
		if (holder.isPresent()) {
			throw onePerTrack(field, person, track, holder.get());
		}
	}

	private void claim(TrackView track, MemberView person, long entryId, String field) {
		Optional<Long> holder = entries.claim(track.id(), person.id(), entryId);
		if (holder.isPresent()) {
			throw onePerTrack(field, person, track, holder.get());
		}
	}

	private BusinessRuleException onePerTrack(String field, MemberView person, TrackView track, long holderId) {
		String title = entries.find(holderId).map(EntryView::title).orElse("—");
		return BusinessRuleException.invalid(field, "contest.rule.onePerTrack", person.name(), track.name(), title);
	}

	private static void requireSize(TrackView track, int size, String field) {
		if (size < track.teamMin()) {
			throw BusinessRuleException.invalid(field, "contest.rule.teamTooSmall", track.teamMin(), size);
		}
		if (size > track.teamMax()) {
			throw BusinessRuleException.invalid(field, "contest.rule.teamTooLarge", track.teamMax());
		}
	}

	/**
	 * A confirmed team whose people change goes back to its unit to be confirmed again.
	 */
	private void lapseConfirmation(EntryView entry, Actor actor) {
		if (entry.status() == EntryStatus.CONFIRMED
				&& entries.moveStatus(entry.id(), EntryStatus.CONFIRMED, EntryStatus.REGISTERED, actor.username())) {
			audit.record(ENTITY, entry.id(), entry.unitOrgId(), AuditAction.STATE_CHANGE,
					Map.of("status", EntryStatus.CONFIRMED),
					Map.of("status", EntryStatus.REGISTERED, "why", "team changed"));
		}
	}

	private static String title(TrackView track, String title, MemberView leader) {
		if (title != null && !title.isBlank()) {
			if (title.strip().length() > 200) {
				throw BusinessRuleException.invalid("title", "entry.title.tooLong");
			}
			return title.strip();
		}
		if (track.team()) {
			throw BusinessRuleException.invalid("title", "entry.title.required");
		}
		return leader.name();
	}

	private TrackView track(long trackId) {
		return contests.track(trackId).orElseThrow(() -> new NotFoundException("track", trackId));
	}

	private ContestView contest(long contestId) {
		return contests.find(contestId).orElseThrow(() -> new NotFoundException("contest", contestId));
	}

}
