package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.innovation.internal.LevelCall.Stage;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The rules of applying for a level (申报 → 推荐 → 审核 → 公示 → 命名). The union that confers a
 * level opens a call for it: 企业级 by a grassroots or department union, 区级/产业级 by a
 * district, industry or street union, 市级 by the city. A studio hosted beneath it applies
 * (its leader or its host's admins) for a level above its own, once per call. The admins
 * covering its host recommend it or not, with a reason (a studio hosted at the conferring
 * union itself needs no recommendation). The conferring union's admins put it on notice
 * or refuse it, with a reason; after the notice days they confer the level by decision,
 * which is recorded as the studio's level and in the honour registry. A finished
 * application changes no more; a closed call takes no more applications. Each step is
 * kept as the application's timeline and audited.
 */
@Service
class LevelService {

	static final int LIST_LIMIT = 200;

	private final LevelStore store;

	private final StudioStore studios;

	private final StudioService studioRules;

	private final StudioPeople people;

	private final OrgApi orgs;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final AuditLog audit;

	private final Clock clock;

	LevelService(LevelStore store, StudioStore studios, StudioService studioRules, StudioPeople people, OrgApi orgs,
			OrgScope scope, OrgDirectory orgNames, AuditLog audit, Clock clock) {
		this.people = people;
		this.store = store;
		this.studios = studios;
		this.studioRules = studioRules;
		this.orgs = orgs;
		this.scope = scope;
		this.orgNames = orgNames;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a call for a level by the union that confers it; its id. */
	@Transactional
	public long open(Actor actor, LevelDrafts.Call call) {
		long org = call.conferringOrgId();
		if (!actor.administers() || !scope.covers(actor, org)) {
			throw BusinessRuleException.invalid("conferringOrgId", "innovation.call.orgUnknown", org);
		}
		if (!confers(orgs.get(org).level(), call.level())) {
			throw BusinessRuleException.invalid("level", "innovation.levelCall.levelOfOrg");
		}
		if (call.closesOn().isBefore(call.opensOn())) {
			throw BusinessRuleException.invalid("closesOn", "innovation.call.window");
		}
		long id;
		try {
			id = store.insertCall(call, actor.username(), Instant.now(clock));
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.invalid("year", "innovation.levelCall.taken", call.year());
		}
		audit.record("level-call", id, org, AuditAction.CREATE, null,
				Map.of("title", call.title().strip(), "level", call.level().name()));
		return id;
	}

	/** Whether a union at this level confers the studio level. */
	static boolean confers(OrgLevel union, StudioLevel level) {
		return switch (level) {
			case ENTERPRISE -> union == OrgLevel.GRASSROOTS || union == OrgLevel.DEPARTMENT;
			case DISTRICT -> union == OrgLevel.DISTRICT || union == OrgLevel.INDUSTRY || union == OrgLevel.STREET;
			case CITY -> union == OrgLevel.CITY;
			case NATIONAL -> false;
		};
	}

	/** Closes a call: it takes no more applications; those under way go on. */
	@Transactional
	public void close(Actor actor, long callId) {
		store.lockCall(callId);
		LevelCall call = call(actor, callId);
		requireConferrer(actor, call.conferringOrgId());
		if (!store.closeCall(callId)) {
			throw BusinessRuleException.conflict("innovation.levelCall.closed");
		}
		audit.record("level-call", callId, call.conferringOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("status", "CLOSED"));
	}

	/** The calls the actor sees, latest first. */
	public List<LevelCall> calls(Actor actor) {
		return store.calls(LIST_LIMIT).stream().filter(c -> sees(actor, c)).map(this::named).toList();
	}

	/** A call the actor sees. */
	public LevelCall call(Actor actor, long callId) {
		return store.call(callId)
			.filter(c -> sees(actor, c))
			.map(this::named)
			.orElseThrow(() -> new NotFoundException("level-call", callId));
	}

	/**
	 * A call's applications: all for the conferring union's admins, else those of studios
	 * the actor acts for.
	 */
	public List<LevelCall.Application> applications(Actor actor, long callId) {
		LevelCall call = call(actor, callId);
		return store.applications(callId).stream().filter(a -> reads(actor, a, call.conferringOrgId())).toList();
	}

	/** An application the actor may read. */
	public LevelCall.Application application(Actor actor, long id) {
		return store.application(id)
			.filter(a -> reads(actor, a, a.conferringOrgId()))
			.orElseThrow(() -> new NotFoundException("studio-application", id));
	}

	/** A studio's applications (for the studio's page; the caller checks the studio). */
	public List<LevelCall.Application> ofStudio(long studioId) {
		return store.applicationsOf(studioId);
	}

	/**
	 * Applies for a studio to an open call, by its leader or its host's admins; the id.
	 */
	@Transactional
	public long apply(Actor actor, LevelDrafts.Application application) {
		store.lockCall(application.callId());
		LevelCall call = store.call(application.callId())
			.filter(c -> sees(actor, c))
			.orElseThrow(() -> BusinessRuleException.invalid("callId", "innovation.levelCall.unknown",
					application.callId()));
		if (!call.openOn(Zones.today(clock))) {
			throw BusinessRuleException.conflict("innovation.levelCall.closed");
		}
		Studio studio = studios.find(application.studioId())
			.filter(s -> people.actsFor(actor, s))
			.orElseThrow(() -> BusinessRuleException.invalid("studioId", "innovation.achievement.studioUnknown",
					application.studioId()));
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		if (!scope.within(call.conferringOrgId(), studio.hostOrgId())) {
			throw BusinessRuleException.invalid("studioId", "innovation.levelCall.outside", studio.name());
		}
		if (!call.level().above(studio.level())) {
			throw BusinessRuleException.invalid("callId", "innovation.level.notHigher");
		}
		boolean home = studio.hostOrgId() == call.conferringOrgId();
		Stage first = home ? Stage.RECOMMENDED : Stage.SUBMITTED;
		long id = store.insertApplication(application, first, Zones.today(clock), actor.username(), Instant.now(clock))
			.orElseThrow(() -> BusinessRuleException.conflict("innovation.application.twice", studio.name()));
		store.step(id, null, Stage.SUBMITTED, null, actor.displayName(), Instant.now(clock));
		if (home) {
			store.step(id, Stage.SUBMITTED, Stage.RECOMMENDED, null, actor.displayName(), Instant.now(clock));
		}
		audit.record("studio-application", id, studio.hostOrgId(), AuditAction.CREATE, null,
				Map.of("call", call.title(), "studio", studio.name()));
		return id;
	}

	/** The host's admins recommend a submitted application (推荐). */
	@Transactional
	public void recommend(Actor actor, long id, LevelDrafts.Note note) {
		LevelCall.Application a = locked(actor, id);
		requireHost(actor, a);
		move(actor, a, List.of(Stage.SUBMITTED), Stage.RECOMMENDED, note.note(), null, null, null, null);
	}

	/** The host's admins do not recommend it (不予推荐), with a reason. */
	@Transactional
	public void notRecommend(Actor actor, long id, LevelDrafts.Refusal refusal) {
		LevelCall.Application a = locked(actor, id);
		requireHost(actor, a);
		move(actor, a, List.of(Stage.SUBMITTED), Stage.NOT_RECOMMENDED, refusal.reason(), refusal.reason().strip(),
				null, null, null);
	}

	/**
	 * The conferring union puts a recommended application on notice (公示) for the call's
	 * days.
	 */
	@Transactional
	public void notice(Actor actor, long id, LevelDrafts.Note note) {
		LevelCall.Application a = locked(actor, id);
		requireConferrer(actor, a.conferringOrgId());
		int days = store.call(a.callId()).orElseThrow().noticeDays();
		move(actor, a, List.of(Stage.RECOMMENDED), Stage.ON_NOTICE, note.note(), null,
				Zones.today(clock).plusDays(days), null, null);
	}

	/**
	 * The conferring union refuses it (不予命名), before or during the notice, with a reason.
	 */
	@Transactional
	public void refuse(Actor actor, long id, LevelDrafts.Refusal refusal) {
		LevelCall.Application a = locked(actor, id);
		requireConferrer(actor, a.conferringOrgId());
		move(actor, a, List.of(Stage.RECOMMENDED, Stage.ON_NOTICE), Stage.REFUSED, refusal.reason(),
				refusal.reason().strip(), null, null, null);
	}

	/**
	 * After the notice, the conferring union confers the level by decision: it becomes
	 * the studio's level and a title in the honour registry.
	 */
	@Transactional
	public void confer(Actor actor, long id, LevelDrafts.Conferral conferral) {
		LevelCall.Application a = locked(actor, id);
		requireConferrer(actor, a.conferringOrgId());
		if (a.status() == Stage.ON_NOTICE && !Zones.today(clock).isAfter(a.noticeEndsOn())) {
			throw BusinessRuleException.conflict("innovation.application.noticeRunning", a.noticeEndsOn());
		}
		if (a.noticeEndsOn() != null && !conferral.conferredOn().isAfter(a.noticeEndsOn())) {
			throw BusinessRuleException.invalid("conferredOn", "innovation.application.afterNotice", a.noticeEndsOn());
		}
		move(actor, a, List.of(Stage.ON_NOTICE), Stage.CONFERRED, conferral.decision(), null, null,
				conferral.decision().strip(), conferral.conferredOn());
		studioRules.confer(actor, a.studioId(),
				new LevelDraft(a.level(), a.conferringOrgId(), conferral.decision(), conferral.conferredOn()));
	}

	/** The studio withdraws its application before it is decided. */
	@Transactional
	public void withdraw(Actor actor, long id) {
		LevelCall.Application a = locked(actor, id);
		Studio studio = studios.find(a.studioId()).orElseThrow();
		if (!people.actsFor(actor, studio)) {
			throw new OutOfScopeException("studio-application " + id);
		}
		move(actor, a, List.of(Stage.SUBMITTED, Stage.RECOMMENDED, Stage.ON_NOTICE), Stage.WITHDRAWN, null, null, null,
				null, null);
	}

	/** Whether the actor runs the call (covers the conferring union). */
	public boolean conferrer(Actor actor, LevelCall call) {
		return actor.administers() && scope.covers(actor, call.conferringOrgId());
	}

	/** Whether the actor may take the host's step on the application. */
	public boolean hostStep(Actor actor, LevelCall.Application a) {
		return a.status() == Stage.SUBMITTED && actor.administers() && scope.covers(actor, a.hostOrgId());
	}

	/** Whether the actor may take the conferring union's steps on the application. */
	public boolean conferrerStep(Actor actor, LevelCall.Application a) {
		return (a.status() == Stage.RECOMMENDED || a.status() == Stage.ON_NOTICE) && actor.administers()
				&& scope.covers(actor, a.conferringOrgId());
	}

	/** Whether the actor may withdraw the application. */
	public boolean withdraws(Actor actor, LevelCall.Application a) {
		return !a.status().finished() && studios.find(a.studioId()).filter(s -> people.actsFor(actor, s)).isPresent();
	}

	/** The studios the actor may apply for in the call. */
	public List<Studio> applicants(Actor actor, LevelCall call) {
		List<Studio> mine = actor.administers()
				? studios.list(scope.filter(actor, "host_org_id"), scope.subtree(call.conferringOrgId(), "host_org_id"),
						StudioQuery.all(), 300)
				: actor.memberId() == null ? List.of() : studios.ledBy(actor.memberId());
		return mine.stream()
			.filter(Studio::active)
			.filter(s -> scope.within(call.conferringOrgId(), s.hostOrgId()))
			.filter(s -> call.level().above(s.level()))
			.toList();
	}

	private void move(Actor actor, LevelCall.Application a, List<Stage> from, Stage to, String note, String reason,
			LocalDate noticeEndsOn, String decision, LocalDate conferredOn) {
		if (!store.move(a.id(), from, to, reason, noticeEndsOn, decision, conferredOn)) {
			throw BusinessRuleException.conflict(
					a.status().finished() ? "innovation.application.finished" : "innovation.application.wrongStage");
		}
		store.step(a.id(), a.status(), to, note, actor.displayName(), Instant.now(clock));
		audit.record("studio-application", a.id(), a.hostOrgId(), AuditAction.STATE_CHANGE,
				Map.of("status", a.status().name()), Map.of("status", to.name()));
	}

	/** An application the actor reads, its row locked. */
	private LevelCall.Application locked(Actor actor, long id) {
		store.lock(id);
		return application(actor, id);
	}

	private void requireHost(Actor actor, LevelCall.Application a) {
		if (!actor.administers() || !scope.covers(actor, a.hostOrgId())) {
			throw new OutOfScopeException("studio-application " + a.id());
		}
	}

	private void requireConferrer(Actor actor, long orgId) {
		if (!actor.administers() || !scope.covers(actor, orgId)) {
			throw new OutOfScopeException("org " + orgId);
		}
	}

	private boolean reads(Actor actor, LevelCall.Application a, long conferringOrgId) {
		if (actor.administers() && (scope.covers(actor, conferringOrgId) || scope.covers(actor, a.hostOrgId()))) {
			return true;
		}
		return actor.memberId() != null && studios.leads(a.studioId(), actor.memberId());
	}

	/**
	 * Whether the actor sees a call: admins above or within the conferring union, and the
	 * leaders of studios beneath it.
	 */
	private boolean sees(Actor actor, LevelCall call) {
		if (actor.administers()) {
			return scope.covers(actor, call.conferringOrgId())
					|| (actor.orgId() != null && scope.within(call.conferringOrgId(), actor.orgId()));
		}
		return actor.memberId() != null && studios.ledBy(actor.memberId())
			.stream()
			.anyMatch(s -> scope.within(call.conferringOrgId(), s.hostOrgId()));
	}

	private LevelCall named(LevelCall c) {
		return new LevelCall(c.id(), c.conferringOrgId(),
				orgNames.names(List.of(c.conferringOrgId())).get(c.conferringOrgId()), c.level(), c.year(), c.title(),
				c.opensOn(), c.closesOn(), c.noticeDays(), c.status());
	}

}
