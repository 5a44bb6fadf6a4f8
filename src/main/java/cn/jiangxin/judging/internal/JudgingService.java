package cn.jiangxin.judging.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.AssignmentView;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;

/**
 * Runs a round's judging: the expert pool, settings and rubric, the panel and its conflicts, assignment by
 * min-cost flow with manual override, scoring with locked sheets and audited reopening, measurements and
 * imported parts, and advancement into the next round.
 */
@Service
class JudgingService implements JudgingApi {

	private final JudgingStore store;

	private final ExpertStore experts;

	private final JudgingAccess access;

	private final Conflicts conflicts;

	private final Standings standings;

	private final ContestApi contests;

	private final AccountApi accounts;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ObjectProvider<PartImport> partImport;

	private final RoundGuard guard;

	private final StandingsCache standingsCache;

	/** A read-only transaction for computing standings, begun only when the kept ones are out of date. */
	private final TransactionTemplate reading;

	JudgingService(ObjectProvider<PartImport> partImport, JudgingStore store, ExpertStore experts, JudgingAccess access,
			Conflicts conflicts, Standings standings, ContestApi contests, AccountApi accounts, MemberApi members,
			OrgScope scope, AuditLog audit, MessageSource messages, RoundGuard guard, StandingsCache standingsCache,
			PlatformTransactionManager transactions) {
		this.standingsCache = standingsCache;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.guard = guard;
		this.store = store;
		this.experts = experts;
		this.access = access;
		this.conflicts = conflicts;
		this.standings = standings;
		this.contests = contests;
		this.accounts = accounts;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.messages = messages;
		this.partImport = partImport;
	}

	// the expert pool

	@Override
	@Transactional
	public long addExpert(Actor actor, ExpertDraft draft) {
		if (!actor.administers()) {
			throw new OutOfScopeException("expert pool");
		}
		if (draft.orgId() == null || !scope.covers(actor, draft.orgId())) {
			throw BusinessRuleException.invalid("orgId", "judging.expert.orgOutOfReach");
		}
		Long memberId = null;
		if (draft.cardNo() != null && !draft.cardNo().isBlank()) {
			memberId = members.findByCardNo(draft.cardNo().strip())
				.filter(member -> scope.covers(actor, member.orgId()))
				.map(MemberView::id)
				.orElseThrow(() -> BusinessRuleException.invalid("cardNo", "judging.expert.cardUnknown", draft.cardNo()));
		}
		if (accounts.findByUsername(draft.username().strip()).isPresent()) {
			throw BusinessRuleException.invalid("username", "judging.expert.usernameTaken", draft.username());
		}
		if (draft.password() == null || draft.password().isBlank()) {
			throw BusinessRuleException.invalid("password", "judging.expert.passwordRequired");
		}
		long poolOrg = actor.orgId() == null ? draft.orgId() : actor.orgId();
		long accountId = accounts.provision(draft.username().strip(), draft.name().strip(), draft.password(),
				draft.orgId(), Set.of(Role.JUDGE), Set.of());
		long id = experts.insert(accountId, draft.name(), draft.title(), draft.orgId(), draft.unitName(), memberId,
				draft.tags(), poolOrg, actor.username());
		audit.record("expert", id, poolOrg, AuditAction.CREATE, null,
				Map.of("name", draft.name(), "org", draft.orgId(), "tags", String.join(",", draft.tags())));
		return id;
	}

	@Override
	public Optional<ExpertView> expert(long expertId) {
		return experts.find(expertId);
	}

	@Override
	public Optional<ExpertView> expertOfAccount(long accountId) {
		return experts.byAccount(accountId);
	}

	// settings and rubric

	@Override
	@Transactional
	public void configure(Actor actor, long roundId, JudgingSettings settings) {
		RoundGuard.Locked locked = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME, "judging.round.closed");
		RoundSetup setup = locked.setup();
		if (settings.minLoad() != null && settings.maxLoad() != null && settings.minLoad() > settings.maxLoad()) {
			throw BusinessRuleException.invalid("maxLoad", "judging.settings.maxBelowMin", settings.minLoad());
		}
		checkChain(roundId, settings.tieBreaks());
		if (store.scored(roundId) && !RankingRule.of(settings).sameAs(RankingRule.of(setup.settings()))) {
			throw BusinessRuleException.conflict("judging.settings.rankingFrozen");
		}
		store.saveSettings(roundId, settings);
		audit.record("round_judging", roundId, orgOf(locked.round()), AuditAction.UPDATE, settingsMap(setup.settings()),
				settingsMap(settings));
	}

	/**
	 * Ranks a round anew once scores are in: new ranking settings, with a reason; the change, the rule before and
	 * after and how many entries changed rank go into the round's re-rank history and the audit log.
	 */
	@Transactional
	Rerank.Done rerank(Actor actor, long roundId, Rerank change) {
		access.requireManage(actor, roundId);
		requireReason(change.reason());
		RoundGuard.Locked locked = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed");
		if (!store.scored(roundId)) {
			throw BusinessRuleException.conflict("judging.rerank.noScores");
		}
		checkChain(roundId, change.tieBreaks());
		RankingRule before = RankingRule.of(locked.setup().settings());
		RankingRule after = change.rule();
		if (after.sameAs(before)) {
			throw BusinessRuleException.invalid("method", "judging.rerank.unchanged");
		}
		Map<Long, Integer> ranksBefore = ranks(results(roundId));
		store.saveSettings(roundId, after.applyTo(locked.setup().settings()));
		Map<Long, Integer> ranksAfter = ranks(results(roundId));
		int moved = (int) ranksBefore.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(ranksAfter.get(e.getKey())))
			.count();
		store.insertRerank(roundId, before, after, change.reason().strip(), moved, actor.username());
		Map<String, Object> now = new LinkedHashMap<>(after.asMap());
		now.put("reason", change.reason().strip());
		now.put("moved", moved);
		audit.record("round_rerank", roundId, orgOf(locked.round()), AuditAction.UPDATE, before.asMap(), now);
		return store.reranks(roundId).get(0);
	}

	/** Whether any result is in, so that the ranking settings are frozen. */
	boolean scored(long roundId) {
		return store.scored(roundId);
	}

	List<Rerank.Done> reranks(long roundId) {
		return store.reranks(roundId);
	}

	private static Map<Long, Integer> ranks(RoundResults results) {
		Map<Long, Integer> ranks = new HashMap<>();
		results.standings().forEach(s -> ranks.put(s.entryId(), s.rank()));
		return ranks;
	}

	/** Refuses a tie-break chain that does not parse, or that names a criterion the rubric lacks. */
	private void checkChain(long roundId, String tieBreaks) {
		List<TieBreak> chain;
		try {
			chain = TieBreak.parse(tieBreaks == null ? "" : tieBreaks);
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.invalid("tieBreaks", "judging.settings.tieBreaks", tieBreaks);
		}
		Optional<RubricDraft> rubric = store.rubric(roundId);
		for (TieBreak tieBreak : chain) {
			if (tieBreak.criterion() != null && rubric.isPresent()
					&& rubric.get().criteria().stream().noneMatch(c -> c.code().equals(tieBreak.criterion()))) {
				throw BusinessRuleException.invalid("tieBreaks", "judging.settings.tieBreakCriterion", tieBreak.criterion());
			}
		}
	}

	@Override
	@Transactional
	public void defineRubric(Actor actor, long roundId, RubricDraft rubric) {
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME, "judging.round.closed").round();
		if (rubricLocked(roundId)) {
			throw BusinessRuleException.conflict("judging.rubric.locked");
		}
		Rubrics.validate(rubric);
		store.replaceRubric(roundId, rubric);
		audit.record("rubric", roundId, orgOf(round), AuditAction.UPDATE, null,
				Map.of("parts", rubric.parts().stream().map(p -> p.label() + " " + p.weight()).toList(), "criteria",
						rubric.criteria().stream().map(c -> c.label() + " " + c.weight()).toList()));
	}

	/** Whether the rubric is past changing: a judge has a sheet (even a draft) or a score is recorded. */
	boolean rubricLocked(long roundId) {
		return !store.sheets(roundId).isEmpty() || store.scored(roundId);
	}

	RubricDraft rubric(long roundId) {
		return store.rubric(roundId).orElse(null);
	}

	RoundSetup setup(long roundId) {
		return store.setup(roundId).orElseGet(() -> new RoundSetup(roundId, JudgingSettings.defaults(), RoundState.SETUP, 0));
	}

	// panel, conflicts and assignment

	@Override
	@Transactional
	public void setPanel(Actor actor, long roundId, List<Long> expertIds) {
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME, "judging.round.closed").round();
		Set<Long> wanted = new LinkedHashSet<>(expertIds);
		Set<Long> current = new HashSet<>(store.panel(roundId));
		List<ExpertView> found = experts.findAll(wanted);
		for (ExpertView expert : found) {
			if (!current.contains(expert.id()) && !(scope.covers(actor, expert.poolOrgId()) && expert.active())) {
				throw BusinessRuleException.invalid("expertIds", "judging.panel.notInPool", expert.name());
			}
		}
		if (found.size() != wanted.size()) {
			throw BusinessRuleException.invalid("expertIds", "judging.panel.unknown");
		}
		Map<Long, Map<Long, Boolean>> assigned = store.assignment(roundId);
		for (Long gone : current) {
			if (!wanted.contains(gone) && assigned.values().stream().anyMatch(m -> m.containsKey(gone))) {
				throw BusinessRuleException.conflict("judging.panel.stillAssigned",
						experts.find(gone).map(ExpertView::name).orElse("?"));
			}
		}
		store.replacePanel(roundId, wanted);
		audit.record("round_panel", roundId, orgOf(round), AuditAction.UPDATE, Map.of("experts", List.copyOf(current)),
				Map.of("experts", List.copyOf(wanted)));
	}

	List<ExpertView> panel(long roundId) {
		return experts.findAll(store.panel(roundId));
	}

	@Override
	@Transactional
	public void addConflict(Actor actor, long roundId, long expertId, long entryId, String reason) {
		setConflict(actor, roundId, expertId, entryId, reason);
	}

	/** Records a conflict an organiser knows of; returns whether the expert was kept on the entry (see below). */
	@Transactional
	boolean setConflict(Actor actor, long roundId, long expertId, long entryId, String reason) {
		RoundView round = access.requireManage(actor, roundId);
		requireReason(reason);
		if (!store.panel(roundId).contains(expertId)) {
			throw BusinessRuleException.invalid("expertId", "judging.panel.notOnPanel");
		}
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		experts.addConflict(expertId, null, entryId, "ADMIN", reason, actor.username());
		boolean kept = dropConflicted(round, expertId, entryId);
		audit.record("expert_conflict", expertId, orgOf(round), AuditAction.CREATE, null,
				Map.of("entry", entryId, "source", "ADMIN", "reason", reason, "sheetKept", kept));
		return kept;
	}

	/**
	 * A judge declares a conflict with an org's subtree or with one of their entries. They lose every such entry
	 * they have not submitted a sheet for in a round still open; a submitted sheet, and every round closed or of a
	 * contest whose results are out, stay as they are. Returns how many entries were kept so.
	 */
	@Transactional
	int declareConflict(Actor judge, Long orgId, Long roundId, Long entryId, String reason) {
		ExpertView expert = access.requireJudge(judge);
		requireReason(reason);
		int kept = 0;
		if (entryId != null) {
			if (roundId == null || !store.assigned(roundId, entryId, expert.id())) {
				throw new NotFoundException("entry", entryId);
			}
			experts.addConflict(expert.id(), null, entryId, "DECLARED", reason, judge.username());
			kept += dropConflicted(access.round(roundId), expert.id(), entryId) ? 1 : 0;
		}
		else if (orgId != null) {
			experts.addConflict(expert.id(), orgId, null, "DECLARED", reason, judge.username());
			for (Long round : store.roundsOf(expert.id())) {
				for (Long assignedEntry : store.entriesOf(round, expert.id())) {
					EntryView entry = contests.entry(assignedEntry).orElseThrow();
					if (scope.within(orgId, entry.unitOrgId())) {
						kept += dropConflicted(access.round(round), expert.id(), assignedEntry) ? 1 : 0;
					}
				}
			}
		}
		else {
			throw BusinessRuleException.invalid("orgId", "judging.conflict.targetRequired");
		}
		audit.record("expert_conflict", expert.id(), expert.orgId(), AuditAction.CREATE, null,
				Map.of("org", orgId == null ? "" : orgId, "entry", entryId == null ? "" : entryId, "source", "DECLARED",
						"reason", reason, "sheetsKept", kept));
		return kept;
	}

	List<ExpertStore.Conflict> declaredConflicts(long expertId) {
		return experts.conflicts(List.of(expertId));
	}

	/**
	 * Takes a conflicted judge off an entry where the round allows it: in a round being set up or scored, an
	 * assignment without a submitted sheet goes (with its draft). A submitted sheet stays until an organiser
	 * reopens it, and a frozen round stays as it was published; returns whether the judge was kept on the entry.
	 */
	private boolean dropConflicted(RoundView round, long expertId, long entryId) {
		if (!store.assigned(round.id(), entryId, expertId)) {
			return false;
		}
		RoundGuard.Locked locked = guard.forConflict(round);
		Optional<Sheet> sheet = store.sheet(round.id(), entryId, expertId);
		if (locked == null || sheet.filter(Sheet::submitted).isPresent()) {
			return true;
		}
		store.unassign(round.id(), entryId, expertId);
		audit.record("assignment", round.id(), orgOf(round), AuditAction.DELETE,
				Map.of("entry", entryId, "expert", expertId, "sheet", sheet.map(Sheet::status).orElse("NONE")), null);
		return false;
	}

	/**
	 * The recorded conflicts of this round's judges with entries they still have: kept because the judge had
	 * submitted (an organiser reopens the sheet to take them off) or because the round was closed.
	 */
	@Transactional(readOnly = true)
	List<KeptConflict> keptConflicts(long roundId) {
		Map<Long, Map<Long, Boolean>> pairs = store.assignment(roundId);
		Set<Long> judges = new HashSet<>();
		pairs.values().forEach(m -> judges.addAll(m.keySet()));
		List<ExpertStore.Conflict> recorded = experts.conflicts(judges);
		if (recorded.isEmpty()) {
			return List.of();
		}
		Map<Long, ExpertView> byId = new HashMap<>();
		experts.findAll(judges).forEach(e -> byId.put(e.id(), e));
		Map<String, String> statuses = new HashMap<>();
		store.sheets(roundId).forEach(sh -> statuses.put(sh.entryId() + ":" + sh.expertId(), sh.status()));
		Map<Long, EntryView> entries = new HashMap<>();
		entriesOf(roundId).forEach(e -> entries.put(e.id(), e));
		List<KeptConflict> kept = new ArrayList<>();
		for (ExpertStore.Conflict c : recorded) {
			pairs.forEach((entryId, judgesOfEntry) -> {
				EntryView entry = entries.get(entryId);
				if (entry == null || !judgesOfEntry.containsKey(c.expertId())) {
					return;
				}
				boolean hit = c.entryId() != null ? c.entryId().equals(entryId) : scope.within(c.orgId(), entry.unitOrgId());
				if (hit) {
					kept.add(new KeptConflict(c, byId.get(c.expertId()).name(), entryId, entry.title(),
							statuses.getOrDefault(entryId + ":" + c.expertId(), "NONE")));
				}
			});
		}
		return kept;
	}

	/** A recorded conflict of a judge with an entry they are still on, and their sheet's state. */
	record KeptConflict(ExpertStore.Conflict conflict, String expertName, long entryId, String entryTitle,
			String sheetStatus) {
	}

	@Override
	@Transactional
	public AssignmentView assign(Actor actor, long roundId) {
		RoundGuard.Locked locked = lockJudging(actor, roundId, RoundGuard.Needs.SETUP, "judging.assign.notInSetup");
		RoundView round = locked.round();
		RoundSetup setup = locked.setup();
		List<EntryView> entries = entriesOf(roundId);
		List<ExpertView> panel = panel(roundId).stream().filter(ExpertView::active).toList();
		Map<Long, Map<Long, Conflicts.Reason>> conflicted = conflicts.find(entries, panel);
		List<Candidate> candidates = entries.stream()
			.map(e -> new Candidate(e.id(), Set.of(e.trackName()),
					conflicted.getOrDefault(e.id(), Map.of()).keySet()))
			.toList();
		Set<Long> usable = new HashSet<>();
		for (ExpertView expert : panel) {
			if (entries.stream().anyMatch(e -> !conflicted.getOrDefault(e.id(), Map.of()).containsKey(expert.id()))) {
				usable.add(expert.id());
			}
		}
		List<Expert> judges = panel.stream()
			.filter(e -> usable.contains(e.id()))
			.map(e -> new Expert(e.id(), Set.copyOf(e.tags())))
			.toList();
		JudgingSettings s = setup.settings();
		AssignmentOutcome outcome = JudgeAssignment
			.solve(new AssignmentRequest(candidates, judges, s.judgesPerEntry(), s.minLoad(), s.maxLoad()));
		if (outcome instanceof AssignmentOutcome.Infeasible infeasible) {
			Map<Long, String> titles = entries.stream().collect(Collectors.toMap(EntryView::id, EntryView::title));
			Map<Long, String> names = panel.stream().collect(Collectors.toMap(ExpertView::id, ExpertView::name));
			String why = infeasible.reasons()
				.stream()
				.map(r -> messages.getMessage(r.code(), readable(r, titles, names), r.code(),
						LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("；"));
			throw BusinessRuleException.conflict("judging.assign.infeasible", why);
		}
		AssignmentOutcome.Assigned assigned = (AssignmentOutcome.Assigned) outcome;
		for (Long entryId : store.assignment(roundId).keySet()) {
			for (Long expertId : List.copyOf(store.assignment(roundId).getOrDefault(entryId, Map.of()).keySet())) {
				store.unassign(roundId, entryId, expertId);
			}
		}
		assigned.judgesByEntry().forEach((entryId, judgeIds) -> judgeIds
			.forEach(judgeId -> store.assign(roundId, entryId, judgeId, false, actor.username())));
		audit.record("assignment", roundId, orgOf(round), AuditAction.CREATE, null,
				Map.of("entries", entries.size(), "judges", panel.size(), "perEntry", s.judgesPerEntry(), "tagMatches",
						assigned.tagMatches(), "millis", assigned.millis()));
		return assignment(roundId);
	}

	private static Object[] readable(AssignmentOutcome.Infeasible.Reason reason, Map<Long, String> titles,
			Map<Long, String> names) {
		Object[] args = reason.args().toArray();
		if (reason.code().equals("judging.assign.entryShort") && args.length > 0) {
			args[0] = titles.getOrDefault(((Number) args[0]).longValue(), String.valueOf(args[0]));
		}
		if (reason.code().equals("judging.assign.judgeUnderloaded") && args.length > 0) {
			args[0] = names.getOrDefault(((Number) args[0]).longValue(), String.valueOf(args[0]));
		}
		return args;
	}

	/** Adds or removes one judge on one entry by hand; a conflicted judge is refused, a submitted sheet stays. */
	@Transactional
	void override(Actor actor, long roundId, long entryId, long expertId, boolean add) {
		RoundView round = lockJudging(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed").round();
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		if (!store.panel(roundId).contains(expertId)) {
			throw BusinessRuleException.invalid("expertId", "judging.panel.notOnPanel");
		}
		if (add) {
			EntryView entry = contests.entry(entryId).orElseThrow();
			ExpertView expert = experts.find(expertId).orElseThrow();
			Optional<Conflicts.Reason> conflict = conflicts.between(entry, expert);
			if (conflict.isPresent()) {
				throw BusinessRuleException.conflict("judging.assign.conflicted", expert.name(),
						messages.getMessage(conflict.get().code(), new Object[] { conflict.get().detail() },
								LocaleContextHolder.getLocale()));
			}
			store.assign(roundId, entryId, expertId, true, actor.username());
		}
		else {
			if (store.sheet(roundId, entryId, expertId).filter(Sheet::submitted).isPresent()) {
				throw BusinessRuleException.conflict("judging.assign.submitted");
			}
			store.unassign(roundId, entryId, expertId);
		}
		audit.record("assignment", roundId, orgOf(round), add ? AuditAction.CREATE : AuditAction.DELETE,
				add ? null : Map.of("entry", entryId, "expert", expertId, "source", "MANUAL"),
				add ? Map.of("entry", entryId, "expert", expertId, "source", "MANUAL") : null);
	}

	@Override
	@Transactional(readOnly = true)
	public AssignmentView assignment(long roundId) {
		RoundSetup setup = setup(roundId);
		Map<Long, Map<Long, Boolean>> pairs = store.assignment(roundId);
		Map<Long, ExpertView> panel = new LinkedHashMap<>();
		panel(roundId).forEach(e -> panel.put(e.id(), e));
		Set<Long> extra = new HashSet<>();
		pairs.values().forEach(m -> m.keySet().stream().filter(id -> !panel.containsKey(id)).forEach(extra::add));
		experts.findAll(extra).forEach(e -> panel.put(e.id(), e));
		Map<String, String> statuses = new HashMap<>();
		store.sheets(roundId).forEach(s -> statuses.put(s.entryId() + ":" + s.expertId(), s.status()));
		Map<Long, int[]> loads = new LinkedHashMap<>();
		panel.keySet().forEach(id -> loads.put(id, new int[2]));
		List<AssignmentView.Row> rows = new ArrayList<>();
		for (EntryView entry : entriesOf(roundId)) {
			List<AssignmentView.Judge> judges = new ArrayList<>();
			pairs.getOrDefault(entry.id(), Map.of()).forEach((expertId, manual) -> {
				String status = statuses.getOrDefault(entry.id() + ":" + expertId, "NONE");
				judges.add(new AssignmentView.Judge(expertId, panel.get(expertId).name(), manual, status));
				int[] load = loads.computeIfAbsent(expertId, k -> new int[2]);
				load[0]++;
				if ("SUBMITTED".equals(status)) {
					load[1]++;
				}
			});
			rows.add(new AssignmentView.Row(entry.id(), entry.title(), entry.unitName(), judges));
		}
		List<AssignmentView.Load> loadRows = loads.entrySet()
			.stream()
			.map(l -> new AssignmentView.Load(l.getKey(), panel.get(l.getKey()).name(), l.getValue()[0], l.getValue()[1]))
			.toList();
		return new AssignmentView(roundId, setup.settings().judgesPerEntry(), rows, loadRows);
	}

	@Override
	@Transactional
	public void startScoring(Actor actor, long roundId) {
		RoundView round = lockJudging(actor, roundId, RoundGuard.Needs.SETUP, "judging.round.notInSetup").round();
		if (store.rubric(roundId).isEmpty()) {
			throw BusinessRuleException.conflict("judging.round.noRubric");
		}
		if (Rubrics.hasJudged(store.rubric(roundId).get()) && store.assignment(roundId).isEmpty()) {
			throw BusinessRuleException.conflict("judging.round.noAssignment");
		}
		store.state(roundId, RoundState.SCORING);
		audit.record("round_judging", roundId, orgOf(round), AuditAction.STATE_CHANGE, Map.of("state", "SETUP"),
				Map.of("state", "SCORING"));
	}

	// scoring

	@Override
	@Transactional
	public void score(Actor judge, long roundId, ScoreDraft draft) {
		if (draft.items() == null) {
			throw BusinessRuleException.invalid("items", "judging.score.itemsRequired");
		}
		ExpertView expert = guard.judge(judge, roundId, draft.entryId());
		RoundView round = access.round(roundId);
		RubricDraft rubric = store.rubric(roundId).orElseThrow();
		Sheet sheet = store.lockSheet(roundId, draft.entryId(), expert.id());
		if (sheet.submitted()) {
			throw BusinessRuleException.conflict("judging.score.locked");
		}
		Map<String, Sheet.Item> items = Rubrics.checkItems(rubric, draft);
		BigDecimal total = Rubrics.judgedTotal(rubric, items);
		if (draft.submitting()) {
			Rubrics.requireComplete(rubric, items);
		}
		store.saveSheet(sheet, items, total, draft.submitting());
		if (draft.submitting()) {
			audit.record("score_sheet", sheet.id(), orgOf(round), AuditAction.STATE_CHANGE,
					Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED", "entry", draft.entryId(), "expert",
							expert.id(), "total", total == null ? "" : total.toPlainString()));
		}
	}

	Optional<Sheet> sheet(long roundId, long entryId, long expertId) {
		return store.sheet(roundId, entryId, expertId);
	}

	List<Sheet> sheetsOf(long roundId, long expertId) {
		return store.sheetsOf(roundId, expertId);
	}

	List<Sheet> sheets(long roundId) {
		return store.sheets(roundId);
	}

	/**
	 * An admin reopens a submitted sheet, with a reason that goes into the audit log with the scores before; the
	 * judge may then change and resubmit it. A judge with a recorded conflict with the entry is taken off it
	 * instead, their sheet with them: the reopening is the audited step by which a conflict removes a submitted sheet.
	 * Returns whether the judge was taken off.
	 */
	@Transactional
	boolean reopen(Actor actor, long roundId, long entryId, long expertId, String reason) {
		access.requireManage(actor, roundId);
		requireReason(reason);
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.SCORING, "judging.score.reopenClosed").round();
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		if (!store.panel(roundId).contains(expertId)) {
			throw BusinessRuleException.invalid("expertId", "judging.panel.notOnPanel");
		}
		Sheet sheet = store.sheet(roundId, entryId, expertId)
			.filter(Sheet::submitted)
			.orElseThrow(() -> BusinessRuleException.conflict("judging.score.notSubmitted"));
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", "SUBMITTED");
		before.put("entry", entryId);
		before.put("expert", expertId);
		before.put("total", sheet.total() == null ? "" : sheet.total().toPlainString());
		sheet.items().forEach((code, item) -> before.put(code, item.score() == null ? "" : item.score().toPlainString()));
		Optional<Conflicts.Reason> conflict = conflicts.between(contests.entry(entryId).orElseThrow(),
				experts.find(expertId).orElseThrow());
		if (conflict.isPresent()) {
			store.unassign(roundId, entryId, expertId);
			String why = messages.getMessage(conflict.get().code(), new Object[] { conflict.get().detail() },
					LocaleContextHolder.getLocale());
			audit.record("score_sheet", sheet.id(), orgOf(round), AuditAction.DELETE, before,
					Map.of("status", "REMOVED", "reason", reason.strip(), "conflict", why));
			audit.record("assignment", roundId, orgOf(round), AuditAction.DELETE,
					Map.of("entry", entryId, "expert", expertId, "sheet", "SUBMITTED"), null);
			return true;
		}
		store.reopen(sheet.id());
		audit.record("score_sheet", sheet.id(), orgOf(round), AuditAction.STATE_CHANGE, before,
				Map.of("status", "DRAFT", "reason", reason.strip(), "reopened", sheet.reopened() + 1));
		return false;
	}

	@Override
	@Transactional
	public void record(Actor actor, long roundId, long entryId, String code, BigDecimal score) {
		RoundView round = lockJudging(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed").round();
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		RubricDraft rubric = store.rubric(roundId).orElseThrow(() -> BusinessRuleException.conflict("judging.round.noRubric"));
		Rubrics.checkRecorded(rubric, code, score);
		BigDecimal before = store.measurements(roundId).getOrDefault(entryId, Map.of()).get(code);
		store.record(roundId, entryId, code, score, actor.username());
		audit.record("measurement", roundId, orgOf(round), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
				before == null ? null : Map.of("entry", entryId, "code", code, "score", before.toPlainString()),
				Map.of("entry", entryId, "code", code, "score", score.toPlainString()));
	}

	Map<Long, Map<String, BigDecimal>> measurements(long roundId) {
		return store.measurements(roundId);
	}

	@Override
	public int importScores(Actor actor, long roundId, String partCode, String fileName, java.io.InputStream content) {
		access.requireManage(actor, roundId);
		return partImport.getObject().importScores(actor, roundId, partCode, fileName, content);
	}

	// results and advancement

	@Override
	public RoundResults results(long roundId) {
		return standingsCache.get(roundId, () -> reading.execute(status -> {
			RoundView round = access.round(roundId);
			return standings.compute(round, setup(roundId), store.rubric(roundId).orElse(null), entriesOf(roundId),
					store.sheets(roundId), store.measurements(roundId), store.assignment(roundId));
		}));
	}

	@Override
	public boolean closed(long roundId) {
		return store.setup(roundId).map(s -> s.state() == RoundState.CLOSED).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public AdvancePreview previewAdvance(long roundId) {
		RoundView round = access.round(roundId);
		return Advancing.preview(round, results(roundId), nextRound(round));
	}

	@Override
	@Transactional
	public AdvancePreview advance(Actor actor, long roundId) {
		RoundView round = lockJudging(actor, roundId, RoundGuard.Needs.SCORING, "judging.advance.notScoring").round();
		RoundResults results = results(roundId);
		if (!results.complete() && Rubrics.hasJudged(store.rubric(roundId).orElseThrow())) {
			throw BusinessRuleException.conflict("judging.advance.incomplete", results.sheetsSubmitted(),
					results.sheetsExpected());
		}
		Optional<RoundView> next = nextRound(round);
		AdvancePreview preview = Advancing.preview(round, results, next);
		List<Long> going = new ArrayList<>();
		for (AdvancePreview.Cut cut : preview.cuts()) {
			long entryId = cut.standing().entryId();
			store.entryStatus(roundId, entryId, cut.advances() ? "ADVANCED" : "OUT");
			if (cut.advances()) {
				going.add(entryId);
			}
		}
		if (next.isPresent()) {
			store.setupOrDefaults(next.get().id());
			store.addEntries(next.get().id(), going);
		}
		store.state(roundId, RoundState.CLOSED);
		audit.record("round_judging", roundId, orgOf(round), AuditAction.STATE_CHANGE, Map.of("state", "SCORING"),
				Map.of("state", "CLOSED", "advanced", going.size(), "next", next.map(RoundView::name).orElse("")));
		return preview;
	}

	/** The round after this one that the entries of this round go on to, if any. */
	Optional<RoundView> nextRound(RoundView round) {
		return contests.rounds(round.contestId())
			.stream()
			.filter(r -> r.ordinal() > round.ordinal())
			.filter(r -> r.trackId() == null || round.trackId() == null || r.trackId().equals(round.trackId()))
			.min(java.util.Comparator.comparingInt(RoundView::ordinal));
	}

	@Override
	@Transactional
	public List<Long> roundEntries(long roundId) {
		RoundView round = access.round(roundId);
		seed(round);
		return store.entries(roundId);
	}

	/** The entries of a round as contest entries, seeding a first round from confirmed entries. */
	List<EntryView> entriesOf(long roundId) {
		Set<Long> ids = new HashSet<>(store.entries(roundId));
		RoundView round = access.round(roundId);
		List<EntryView> all = contests.entries(round.contestId());
		if (ids.isEmpty() && isFirst(round)) {
			return all.stream().filter(e -> eligibleForFirst(round, e)).toList();
		}
		return all.stream().filter(e -> ids.contains(e.id())).toList();
	}

	Map<Long, String> entryStatuses(long roundId) {
		return store.entryStatuses(roundId);
	}

	/** Puts a contest's confirmed entries into its first round, once judging has begun. */
	@Transactional
	void seed(RoundView round) {
		if (!isFirst(round) || !store.entries(round.id()).isEmpty()) {
			return;
		}
		ContestView contest = contests.find(round.contestId()).orElseThrow();
		if (contest.status() != ContestStatus.JUDGING) {
			return;
		}
		store.setupOrDefaults(round.id());
		store.addEntries(round.id(),
				contests.entries(round.contestId()).stream().filter(e -> eligibleForFirst(round, e)).map(EntryView::id).toList());
	}

	private boolean isFirst(RoundView round) {
		return contests.rounds(round.contestId())
			.stream()
			.filter(r -> r.trackId() == null || round.trackId() == null || r.trackId().equals(round.trackId()))
			.noneMatch(r -> r.ordinal() < round.ordinal());
	}

	private static boolean eligibleForFirst(RoundView round, EntryView entry) {
		return entry.status() == EntryStatus.CONFIRMED && (round.trackId() == null || round.trackId() == entry.trackId());
	}

	/** The round locked by the guard for a write in judging, its first round seeded from the confirmed entries. */
	private RoundGuard.Locked lockJudging(Actor actor, long roundId, RoundGuard.Needs needs, String code) {
		RoundGuard.Locked locked = guard.organiser(actor, roundId, needs, code);
		seed(locked.round());
		return locked;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("reason", "judging.reasonRequired");
		}
		if (reason.length() > 200) {
			throw BusinessRuleException.invalid("reason", "judging.reasonTooLong", 200);
		}
	}

	private Long orgOf(RoundView round) {
		return contests.find(round.contestId()).map(ContestView::scopeOrgId).orElse(null);
	}

	private static Map<String, Object> settingsMap(JudgingSettings s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("judgesPerEntry", s.judgesPerEntry());
		map.put("minLoad", s.minLoad() == null ? "" : s.minLoad());
		map.put("maxLoad", s.maxLoad() == null ? "" : s.maxLoad());
		map.put("blind", s.isBlind());
		map.put("method", s.method());
		map.put("trimFrom", s.trimFrom());
		map.put("basis", s.basis());
		map.put("tieBreaks", s.tieBreaks() == null ? "" : s.tieBreaks());
		map.put("live", s.isLive());
		return map;
	}

	static BigDecimal round2(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	static boolean judged(RubricDraft.Criterion c) {
		return c.kind() == CriterionKind.JUDGED;
	}

}
