package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The rules of joint projects (联合攻关). The owner's admins (the problem's owner union, or
 * for a project signed at a forum the alliance's founding union) keep the plan: advisers,
 * milestones, the closing rating or a cancellation. The participants (their hosts' admins
 * and their own leaders) report progress, raise and resolve issues and record outcomes,
 * each an achievement of every participating studio. Any admin reads an alliance's
 * projects; others are read by the admins of the owner, of a participant's host or of the
 * calling union, and by the participants' leaders. A closed or cancelled project changes
 * no more. Every change is audited.
 */
@Service
class ProjectService {

	private final ProjectStore store;

	private final ProblemStore problems;

	private final AllianceStore alliances;

	private final StudioStore studios;

	private final StudioPeople people;

	private final AchievementService achievements;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final AuditLog audit;

	private final Clock clock;

	ProjectService(ProjectStore store, ProblemStore problems, AllianceStore alliances, StudioStore studios,
			StudioPeople people, AchievementService achievements, OrgScope scope, OrgDirectory orgNames, AuditLog audit,
			Clock clock) {
		this.people = people;
		this.store = store;
		this.problems = problems;
		this.alliances = alliances;
		this.studios = studios;
		this.achievements = achievements;
		this.scope = scope;
		this.orgNames = orgNames;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a project signed at an alliance's forum, by the alliance's managers: lead
	 * and partners are member studios; its id.
	 */
	@Transactional
	public long sign(Actor actor, ProjectDrafts.Signing signing) {
		AllianceStore.Head alliance = alliances.lock(signing.allianceId())
			.filter(a -> actor.administers() && scope.covers(actor, a.foundingOrgId()))
			.orElseThrow(() -> BusinessRuleException.invalid("allianceId", "innovation.call.allianceUnknown",
					signing.allianceId()));
		if (signing.eventId() != null
				&& alliances.events(alliance.id()).stream().noneMatch(e -> e.id() == signing.eventId())) {
			throw BusinessRuleException.invalid("eventId", "innovation.project.eventUnknown", signing.eventId());
		}
		Set<Long> members = new LinkedHashSet<>();
		alliances.members(alliance.id())
			.stream()
			.filter(m -> m.status() == Alliance.MemberStatus.MEMBER)
			.forEach(m -> members.add(m.studioId()));
		if (!members.contains(signing.leadStudioId())) {
			throw BusinessRuleException.invalid("leadStudioId", "innovation.alliance.notAMember",
					signing.leadStudioId());
		}
		Set<Long> partners = new LinkedHashSet<>();
		for (long partner : signing.partners()) {
			if (!members.contains(partner)) {
				throw BusinessRuleException.invalid("partnerStudioIds", "innovation.alliance.notAMember", partner);
			}
			if (partner != signing.leadStudioId()) {
				partners.add(partner);
			}
		}
		if (!signing.planEndsOn().isAfter(signing.startsOn())) {
			throw BusinessRuleException.invalid("planEndsOn", "innovation.project.planDates");
		}
		if (signing.startsOn().isBefore(alliance.foundedOn())) {
			throw BusinessRuleException.invalid("startsOn", "innovation.alliance.beforeFounding", alliance.foundedOn());
		}
		long id = store.insert(
				new ProjectStore.NewProject(signing.title().strip(), JointProject.Origin.SIGNING, null, alliance.id(),
						signing.eventId(), alliance.foundingOrgId(), signing.leadStudioId(), List.copyOf(partners),
						StudioService.tags(signing.tags()), signing.goal(), signing.startsOn(), signing.planEndsOn()),
				actor.username(), Instant.now(clock));
		audit.record("joint-project", id, alliance.foundingOrgId(), AuditAction.CREATE, null,
				Map.of("title", signing.title().strip(), "studios", partners.size() + 1));
		return id;
	}

	/** A project the actor may read, with every part and its owner's name. */
	public JointProject project(Actor actor, long projectId) {
		JointProject project = store.find(projectId)
			.filter(p -> sees(actor, p))
			.orElseThrow(() -> new NotFoundException("joint-project", projectId));
		return new JointProject(project.id(), project.title(), project.origin(), project.problemId(),
				project.allianceId(), project.eventId(), project.ownerOrgId(),
				orgNames.names(List.of(project.ownerOrgId())).get(project.ownerOrgId()), project.goal(),
				project.startsOn(), project.planEndsOn(), project.status(), project.rating(), project.evaluation(),
				project.closedOn(), project.tags(), project.participants(), project.advisers(), project.milestones(),
				project.reports(), project.issues());
	}

	/** A project's outcomes, for those who read it. */
	public List<Achievement> outcomes(Actor actor, long projectId) {
		project(actor, projectId);
		return achievements.ofProject(projectId);
	}

	/** An alliance's projects (its readers see them). */
	public List<JointProject.Summary> ofAlliance(long allianceId) {
		return store.ofAlliance(allianceId);
	}

	/** The projects a studio takes part in (the studio's readers see them). */
	public List<JointProject.Summary> ofStudio(long studioId) {
		return store.ofStudio(studioId);
	}

	/** Whether the actor keeps the project's plan: its owner's admins. */
	public boolean manages(Actor actor, JointProject project) {
		return actor.administers() && scope.covers(actor, project.ownerOrgId());
	}

	/**
	 * Whether the actor reports for the project: its managers, a participant's host's
	 * admins, a participant's leader.
	 */
	public boolean takesPart(Actor actor, JointProject project) {
		if (manages(actor, project)) {
			return true;
		}
		return project.participants().stream().anyMatch(p -> people.actsFor(actor, p.studioId(), p.hostOrgId()));
	}

	@Transactional
	public void addAdviser(Actor actor, long projectId, ProjectDrafts.Adviser adviser) {
		JointProject project = running(actor, projectId, true);
		store.addAdviser(projectId, adviser);
		changed(actor, project, "adviser", adviser.name().strip() + "（" + adviser.institution().strip() + "）");
	}

	@Transactional
	public void addMilestone(Actor actor, long projectId, ProjectDrafts.Milestone milestone) {
		JointProject project = running(actor, projectId, true);
		if (milestone.dueOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("dueOn", "innovation.project.beforeStart", project.startsOn());
		}
		store.addMilestone(projectId, milestone);
		changed(actor, project, "milestone", milestone.title().strip());
	}

	@Transactional
	public void done(Actor actor, long projectId, long milestoneId, ProjectDrafts.Done done) {
		JointProject project = running(actor, projectId, true);
		if (done.doneOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("doneOn", "innovation.project.beforeStart", project.startsOn());
		}
		if (!store.done(projectId, milestoneId, done.doneOn())) {
			throw new NotFoundException("milestone", milestoneId);
		}
		changed(actor, project, "milestoneDone", milestoneId);
	}

	@Transactional
	public void report(Actor actor, long projectId, ProjectDrafts.Report report) {
		JointProject project = running(actor, projectId, false);
		if (report.reportedOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("reportedOn", "innovation.project.beforeStart", project.startsOn());
		}
		store.addReport(projectId, report, actor.displayName(), Instant.now(clock));
		changed(actor, project, "report", report.percent());
	}

	@Transactional
	public void raise(Actor actor, long projectId, ProjectDrafts.Issue issue) {
		JointProject project = running(actor, projectId, false);
		if (issue.raisedOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("raisedOn", "innovation.project.beforeStart", project.startsOn());
		}
		store.addIssue(projectId, issue);
		changed(actor, project, "issue", issue.title().strip());
	}

	@Transactional
	public void resolve(Actor actor, long projectId, long issueId, ProjectDrafts.Resolution resolution) {
		JointProject project = running(actor, projectId, false);
		if (!store.resolve(projectId, issueId, resolution)) {
			throw BusinessRuleException.conflict("innovation.project.issueOpen");
		}
		changed(actor, project, "resolved", issueId);
	}

	/**
	 * Records an outcome: one achievement of every active participating studio (each
	 * counts it once); its id.
	 */
	@Transactional
	public long outcome(Actor actor, long projectId, AchievementDraft draft) {
		JointProject project = running(actor, projectId, false);
		if (!draft.partners().isEmpty()) {
			throw BusinessRuleException.invalid("partnerStudioIds", "innovation.project.outcomeStudios");
		}
		if (draft.achievedOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("achievedOn", "innovation.project.beforeStart", project.startsOn());
		}
		List<Studio> owners = new ArrayList<>();
		for (JointProject.Participant p : project.participants()) {
			studios.find(p.studioId()).filter(Studio::active).ifPresent(owners::add);
		}
		if (owners.isEmpty()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		long id = achievements.insert(actor, owners, draft);
		store.linkOutcome(id, projectId);
		changed(actor, project, "outcome", draft.title().strip());
		return id;
	}

	/** Closes a running project with its rating and evaluation. */
	@Transactional
	public void close(Actor actor, long projectId, ProjectDrafts.Closing closing) {
		JointProject project = running(actor, projectId, true);
		if (closing.closedOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("closedOn", "innovation.project.beforeStart", project.startsOn());
		}
		store.close(projectId, closing.rating(), closing.evaluation().strip(), closing.closedOn(), actor.username());
		audit.record("joint-project", projectId, project.ownerOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("status", "CLOSED", "rating", closing.rating().name()));
	}

	/** Cancels a running project, for a reason. */
	@Transactional
	public void cancel(Actor actor, long projectId, ProjectDrafts.Cancelling cancelling) {
		JointProject project = running(actor, projectId, true);
		if (cancelling.cancelledOn().isBefore(project.startsOn())) {
			throw BusinessRuleException.invalid("cancelledOn", "innovation.project.beforeStart", project.startsOn());
		}
		store.cancel(projectId, cancelling.reason().strip(), cancelling.cancelledOn(), actor.username());
		audit.record("joint-project", projectId, project.ownerOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("status", "CANCELLED"));
	}

	/**
	 * A running project the actor may change (keep the plan if {@code plan}, else
	 * report), its row locked.
	 */
	private JointProject running(Actor actor, long projectId, boolean plan) {
		store.lock(projectId).orElseThrow(() -> new NotFoundException("joint-project", projectId));
		JointProject project = project(actor, projectId);
		if (plan ? !manages(actor, project) : !takesPart(actor, project)) {
			throw new OutOfScopeException("joint-project " + projectId);
		}
		if (!project.running()) {
			throw BusinessRuleException.conflict("innovation.project.closed");
		}
		return project;
	}

	private void changed(Actor actor, JointProject project, String what, Object value) {
		audit.record("joint-project", project.id(), project.ownerOrgId(), AuditAction.UPDATE, null,
				Map.of(what, value, "by", actor.username()));
	}

	private boolean sees(Actor actor, JointProject project) {
		if (actor.administers()) {
			if (project.allianceId() != null || scope.covers(actor, project.ownerOrgId())) {
				return true;
			}
			if (project.problemId() != null) {
				Long callOrg = problems.problem(project.problemId())
					.flatMap(p -> problems.call(p.callId()))
					.map(ProblemCall::orgId)
					.orElse(null);
				if (callOrg != null && scope.covers(actor, callOrg)) {
					return true;
				}
			}
		}
		return project.participants().stream().anyMatch(p -> people.actsFor(actor, p.studioId(), p.hostOrgId()));
	}

	/** Today, in Beijing. */
	LocalDate today() {
		return Zones.today(clock);
	}

}
