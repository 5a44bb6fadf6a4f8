package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The rules of problem calls (创新项目征集). An alliance's call is run by the alliance's
 * managers (the admins covering its founding union) and its pool is the alliance's member
 * studios; a union's call is run by the admins covering that union and its pool is the
 * studios hosted in its subtree. A problem's owner is a union within the poster's reach:
 * in an alliance call one that hosts a member studio, in a union call one within the
 * calling union. A pool studio applies once per problem, by its host's admins or its own
 * leader; the owner's admins pick the lead and partners among the applicants, which makes
 * the joint project. Once a call is closed (or its last day passed) nothing in it
 * changes. Every change is audited.
 */
@Service
class ProblemService {

	/** The most calls a list shows. */
	static final int LIST_LIMIT = 500;

	private final ProblemStore store;

	private final AllianceStore alliances;

	private final StudioStore studios;

	private final StudioPeople people;

	private final ProjectStore projects;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final AuditLog audit;

	private final Clock clock;

	ProblemService(ProblemStore store, AllianceStore alliances, StudioStore studios, StudioPeople people,
			ProjectStore projects, OrgScope scope, OrgDirectory orgNames, AuditLog audit, Clock clock) {
		this.people = people;
		this.store = store;
		this.alliances = alliances;
		this.studios = studios;
		this.projects = projects;
		this.scope = scope;
		this.orgNames = orgNames;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a call by an alliance or a union; its id. */
	@Transactional
	public long open(Actor actor, ProjectDrafts.Call draft) {
		Long allianceId = draft.allianceId();
		long orgId;
		if (allianceId != null) {
			AllianceStore.Head alliance = alliances.lock(allianceId)
				.filter(a -> actor.administers() && scope.covers(actor, a.foundingOrgId()))
				.orElseThrow(() -> BusinessRuleException.invalid("allianceId", "innovation.call.allianceUnknown",
						allianceId));
			if (draft.orgId() != null && draft.orgId() != alliance.foundingOrgId()) {
				throw BusinessRuleException.invalid("orgId", "innovation.call.orgOrAlliance");
			}
			orgId = alliance.foundingOrgId();
		}
		else {
			if (draft.orgId() == null) {
				throw BusinessRuleException.invalid("orgId", "innovation.call.orgOrAlliance");
			}
			if (!actor.administers() || !scope.covers(actor, draft.orgId())) {
				throw BusinessRuleException.invalid("orgId", "innovation.call.orgUnknown", draft.orgId());
			}
			orgId = draft.orgId();
		}
		if (draft.closesOn().isBefore(draft.opensOn())) {
			throw BusinessRuleException.invalid("closesOn", "innovation.call.window");
		}
		if (draft.closesOn().isBefore(Zones.today(clock))) {
			throw BusinessRuleException.invalid("closesOn", "innovation.call.past");
		}
		long id = store.insertCall(draft, allianceId, orgId, actor.username(), Instant.now(clock));
		audit.record("problem-call", id, orgId, AuditAction.CREATE, null,
				Map.of("title", draft.title().strip(), "closesOn", draft.closesOn().toString()));
		return id;
	}

	/** Closes a call early or after its last day: open problems are left unmatched. */
	@Transactional
	public void close(Actor actor, long callId) {
		ProblemCall call = managed(actor, callId);
		if (!store.closeCall(call.id(), Zones.today(clock))) {
			throw BusinessRuleException.conflict("innovation.call.closed");
		}
		audit.record("problem-call", callId, call.orgId(), AuditAction.STATE_CHANGE, null, Map.of("status", "CLOSED"));
	}

	/** The calls the actor may see, latest first. */
	public List<ProblemCall> calls(Actor actor) {
		return store.calls(SqlFilter.ALL, LIST_LIMIT).stream().filter(c -> sees(actor, c)).map(this::named).toList();
	}

	/** An alliance's calls (the alliance's readers see them). */
	public List<ProblemCall> callsOf(long allianceId) {
		return store.callsOf(allianceId).stream().map(this::named).toList();
	}

	/** A call the actor may see. */
	public ProblemCall call(Actor actor, long callId) {
		return store.call(callId)
			.filter(c -> sees(actor, c))
			.map(this::named)
			.orElseThrow(() -> new NotFoundException("problem-call", callId));
	}

	/** Whether the actor runs the call. */
	public boolean manages(Actor actor, ProblemCall call) {
		return actor.administers() && scope.covers(actor, call.orgId());
	}

	/** A call's problems, for those who see the call. */
	public List<Problem> problems(Actor actor, long callId) {
		call(actor, callId);
		return named(store.problems(callId));
	}

	/** Posts a problem to an open call, for an owner union within reach; its id. */
	@Transactional
	public long post(Actor actor, long callId, ProjectDrafts.ProblemDraft draft) {
		store.lockCall(callId);
		ProblemCall call = call(actor, callId);
		LocalDate today = Zones.today(clock);
		if (!call.openOn(today)) {
			throw BusinessRuleException.conflict("innovation.call.closed");
		}
		long owner = draft.ownerOrgId();
		if (!actor.administers() || !scope.covers(actor, owner)) {
			throw BusinessRuleException.invalid("ownerOrgId", "innovation.problem.ownerUnknown", owner);
		}
		boolean fits = call.allianceId() == null ? scope.within(call.orgId(), owner)
				: owner == call.orgId() || store.hostsMember(call.allianceId(), scope.subtree(owner, "s.host_org_id"));
		if (!fits) {
			throw BusinessRuleException.invalid("ownerOrgId", "innovation.problem.ownerOutside");
		}
		if (draft.deadline().isBefore(today) || draft.deadline().isAfter(call.closesOn())) {
			throw BusinessRuleException.invalid("deadline", "innovation.problem.deadline", today, call.closesOn());
		}
		List<String> tags = StudioService.tags(draft.tags());
		long id = store.insertProblem(callId, draft, tags, actor.username(), Instant.now(clock));
		audit.record("problem", id, owner, AuditAction.CREATE, null,
				Map.of("call", call.title(), "title", draft.title().strip()));
		return id;
	}

	/** A problem of a call the actor sees. */
	public Problem problem(Actor actor, long problemId) {
		Problem problem = store.problem(problemId).orElseThrow(() -> new NotFoundException("problem", problemId));
		call(actor, problem.callId());
		return named(List.of(problem)).get(0);
	}

	/**
	 * Whether the actor picks the lead and partners of a problem (its owner's admins).
	 */
	public boolean owns(Actor actor, Problem problem) {
		return actor.administers() && scope.covers(actor, problem.ownerOrgId());
	}

	/**
	 * A problem's applications: all of them for the owner's and the call's admins, else
	 * only those of the actor's own studios.
	 */
	public List<Problem.Application> applications(Actor actor, long problemId) {
		Problem problem = problem(actor, problemId);
		List<Problem.Application> all = store.applications(problemId);
		if (owns(actor, problem) || manages(actor, store.call(problem.callId()).orElseThrow())) {
			return all;
		}
		return all.stream().filter(a -> people.actsFor(actor, a.studioId(), a.hostOrgId())).toList();
	}

	/**
	 * A studio of the call's pool applies to an open problem, by its host's admins or its
	 * own leader; once per studio (again only after withdrawing).
	 */
	@Transactional
	public void apply(Actor actor, long problemId, ProjectDrafts.Application application) {
		Problem problem = openProblem(actor, problemId);
		ProblemCall call = store.call(problem.callId()).orElseThrow();
		LocalDate today = Zones.today(clock);
		if (!call.openOn(today) || today.isAfter(problem.deadline())) {
			throw BusinessRuleException.conflict("innovation.problem.deadlinePassed", problem.deadline());
		}
		Studio studio = poolStudio(actor, call, application.studioId());
		if (!store.apply(problemId, studio.id(), application.offer().strip(), Zones.today(clock), actor.username(),
				Instant.now(clock))) {
			throw BusinessRuleException.conflict("innovation.problem.appliedAlready", studio.name());
		}
		audit.record("problem", problemId, studio.hostOrgId(), AuditAction.UPDATE, null,
				Map.of("applied", studio.name()));
	}

	/** A studio withdraws its application while the problem is open. */
	@Transactional
	public void withdraw(Actor actor, long problemId, long studioId) {
		Problem problem = openProblem(actor, problemId);
		Studio studio = studios.find(studioId)
			.filter(s -> people.actsFor(actor, s))
			.orElseThrow(() -> new NotFoundException("studio", studioId));
		if (!store.withdraw(problem.id(), studio.id())) {
			throw BusinessRuleException.conflict("innovation.problem.notApplied");
		}
		audit.record("problem", problemId, studio.hostOrgId(), AuditAction.UPDATE, null,
				Map.of("withdrawn", studio.name()));
	}

	/**
	 * The owner picks a lead and partners among the applicants: the problem is matched
	 * and its joint project starts, with the advisers named; the project's id.
	 */
	@Transactional
	public long select(Actor actor, long problemId, ProjectDrafts.Selection selection) {
		Problem problem = openProblem(actor, problemId);
		if (!owns(actor, problem)) {
			throw new OutOfScopeException("problem " + problemId);
		}
		ProblemCall call = store.call(problem.callId()).orElseThrow();
		Set<Long> applicants = new HashSet<>();
		store.applications(problemId)
			.stream()
			.filter(a -> a.status() == Problem.ApplicationStatus.APPLIED)
			.forEach(a -> applicants.add(a.studioId()));
		long lead = selection.leadStudioId();
		if (!applicants.contains(lead)) {
			throw BusinessRuleException.invalid("leadStudioId", "innovation.problem.notApplicant", lead);
		}
		Set<Long> partners = new LinkedHashSet<>();
		for (long partner : selection.partners()) {
			if (!applicants.contains(partner)) {
				throw BusinessRuleException.invalid("partnerStudioIds", "innovation.problem.notApplicant", partner);
			}
			if (partner != lead) {
				partners.add(partner);
			}
		}
		if (!selection.planEndsOn().isAfter(selection.startsOn())) {
			throw BusinessRuleException.invalid("planEndsOn", "innovation.project.planDates");
		}
		if (selection.startsOn().isBefore(call.opensOn())) {
			throw BusinessRuleException.invalid("startsOn", "innovation.project.startsBeforeCall", call.opensOn());
		}
		long id = projects.insert(
				new ProjectStore.NewProject(problem.title(), JointProject.Origin.CALL, problemId, call.allianceId(),
						null, problem.ownerOrgId(), lead, List.copyOf(partners), problem.tags(),
						selection.goal() == null || selection.goal().isBlank() ? problem.expectedOutcome()
								: selection.goal(),
						selection.startsOn(), selection.planEndsOn()),
				actor.username(), Instant.now(clock));
		selection.experts().forEach(a -> projects.addAdviser(id, a));
		store.match(problemId, lead, List.copyOf(partners));
		audit.record("problem", problemId, problem.ownerOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("lead", lead, "partners", List.copyOf(partners), "project", id));
		return id;
	}

	/** The studios recommended for a problem, best first, for the admins who see it. */
	public List<Recommender.Recommendation> recommendations(Actor actor, long problemId) {
		Problem problem = problem(actor, problemId);
		if (!actor.administers()) {
			throw new OutOfScopeException("problem " + problemId);
		}
		ProblemCall call = store.call(problem.callId()).orElseThrow();
		return Recommender.rank(profile(problem, call), store.profiles(pool(call), problemId));
	}

	/**
	 * The open problems a studio may apply to, each with how well the studio fits it,
	 * best first: the same points read the other way.
	 */
	public List<Fit> problemsFor(Studio studio) {
		List<Fit> fits = new ArrayList<>();
		LocalDate today = Zones.today(clock);
		for (Problem problem : named(store.openProblems())) {
			ProblemCall call = store.call(problem.callId()).orElseThrow();
			if (!call.openOn(today) || problem.deadline().isBefore(today) || !inPool(call, studio)) {
				continue;
			}
			Optional<Recommender.StudioProfile> profile = store
				.profiles(new SqlFilter("s.id = ?", List.of(studio.id())), problem.id())
				.stream()
				.findFirst();
			profile
				.ifPresent(p -> fits.add(new Fit(problem, call.title(), Recommender.score(profile(problem, call), p))));
		}
		fits.sort(Comparator.comparingInt((Fit f) -> f.fit().score())
			.reversed()
			.thenComparingLong(f -> f.problem().id()));
		return fits;
	}

	/** A problem open to a studio, and how well the studio fits it. */
	record Fit(Problem problem, String callTitle, Recommender.Recommendation fit) {
	}

	/** The actor's studios in a call's pool that may apply to its problems. */
	public List<Studio> applicants(Actor actor, ProblemCall call) {
		if (actor.memberId() != null && !actor.administers()) {
			return studios.ledBy(actor.memberId()).stream().filter(s -> inPool(call, s)).toList();
		}
		return store.profiles(pool(call), 0)
			.stream()
			.map(p -> studios.find(p.id()).orElseThrow())
			.filter(s -> people.actsFor(actor, s))
			.limit(50)
			.toList();
	}

	private Recommender.ProblemProfile profile(Problem problem, ProblemCall call) {
		return new Recommender.ProblemProfile(problem.field(), new LinkedHashSet<>(problem.tags()), call.opensOn());
	}

	/**
	 * The pool of a call as a filter on {@code s}: alliance members, or the union's
	 * subtree.
	 */
	private SqlFilter pool(ProblemCall call) {
		return call.allianceId() != null ? new SqlFilter(
				"s.id IN (SELECT am.studio_id FROM alliance_member am WHERE am.alliance_id = ? AND am.status = 'MEMBER')",
				List.of(call.allianceId())) : scope.subtree(call.orgId(), "s.host_org_id");
	}

	private boolean inPool(ProblemCall call, Studio studio) {
		if (!studio.active()) {
			return false;
		}
		return call.allianceId() != null ? alliances.member(call.allianceId(), studio.id())
			.filter(m -> m.status() == Alliance.MemberStatus.MEMBER)
			.isPresent() : scope.within(call.orgId(), studio.hostOrgId());
	}

	/** A pool studio the actor acts for, named in a body's {@code studioId}. */
	private Studio poolStudio(Actor actor, ProblemCall call, long studioId) {
		Studio studio = studios.find(studioId)
			.filter(s -> people.actsFor(actor, s))
			.orElseThrow(
					() -> BusinessRuleException.invalid("studioId", "innovation.achievement.studioUnknown", studioId));
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		if (!inPool(call, studio)) {
			throw BusinessRuleException.invalid("studioId", "innovation.problem.notInPool", studio.name());
		}
		return studio;
	}

	/** A problem still taking applications and choices, its row locked. */
	private Problem openProblem(Actor actor, long problemId) {
		store.lockProblem(problemId);
		Problem problem = problem(actor, problemId);
		ProblemCall call = store.call(problem.callId()).orElseThrow();
		LocalDate today = Zones.today(clock);
		if (call.status() == ProblemCall.Status.CLOSED) {
			throw BusinessRuleException.conflict("innovation.call.closed");
		}
		if (problem.status() != Problem.Status.OPEN) {
			throw BusinessRuleException.conflict("innovation.problem.notOpen");
		}
		if (today.isBefore(call.opensOn())) {
			throw BusinessRuleException.conflict("innovation.call.notYet", call.opensOn());
		}
		return problem;
	}

	/** A call the actor runs, its row locked. */
	private ProblemCall managed(Actor actor, long callId) {
		store.lockCall(callId);
		ProblemCall call = call(actor, callId);
		if (!manages(actor, call)) {
			throw new OutOfScopeException("problem-call " + callId);
		}
		return call;
	}

	/**
	 * Whether the actor sees a call: any admin an alliance's call (as alliances), the
	 * admins above or within a union's call, and the leaders of its pool's studios.
	 */
	private boolean sees(Actor actor, ProblemCall call) {
		if (actor.administers()) {
			return call.allianceId() != null || scope.covers(actor, call.orgId())
					|| (actor.orgId() != null && scope.within(call.orgId(), actor.orgId()));
		}
		return actor.memberId() != null && studios.ledBy(actor.memberId()).stream().anyMatch(s -> inPool(call, s));
	}

	private ProblemCall named(ProblemCall c) {
		return new ProblemCall(c.id(), c.title(), c.allianceId(), c.allianceName(), c.orgId(),
				orgNames.names(List.of(c.orgId())).get(c.orgId()), c.description(), c.opensOn(), c.closesOn(),
				c.status(), c.closedOn(), c.problems());
	}

	private List<Problem> named(List<Problem> problems) {
		Map<Long, String> names = orgNames.names(problems.stream().map(Problem::ownerOrgId).distinct().toList());
		return problems.stream()
			.map(p -> new Problem(p.id(), p.callId(), p.ownerOrgId(), names.get(p.ownerOrgId()), p.title(), p.need(),
					p.skills(), p.expectedOutcome(), p.field(), p.tags(), p.deadline(), p.status(), p.applications(),
					p.projectId()))
			.toList();
	}

}
