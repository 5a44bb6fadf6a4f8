package cn.jiangxin.judging.internal.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.AssignmentView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.internal.experts.Conflicts;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.AssignmentSource;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.judging.internal.rounds.RoundSetup;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.judging.internal.rounds.SheetStatus;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * Who judges which entry: the assignment computed by min-cost flow over the active panel
 * with conflicts left out, an organiser's changes by hand, and the assignment as the
 * round's page and the API show it.
 */
@Service
public class Assignments {

	private final JudgingStore store;

	private final ExpertStore experts;

	private final JudgingAccess access;

	private final RoundEntries entries;

	private final Conflicts conflicts;

	private final ContestApi contests;

	private final AuditLog audit;

	private final MessageSource messages;

	Assignments(JudgingStore store, ExpertStore experts, JudgingAccess access, RoundEntries entries,
			Conflicts conflicts, ContestApi contests, AuditLog audit, MessageSource messages) {
		this.store = store;
		this.experts = experts;
		this.access = access;
		this.entries = entries;
		this.conflicts = conflicts;
		this.contests = contests;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Computes the assignment by min-cost flow, replacing any earlier one; infeasible
	 * input is a 409 naming what to change.
	 */
	@Transactional
	public AssignmentView assign(Actor actor, long roundId) {
		RoundGuard.Locked locked = entries.lockForWrite(actor, roundId, RoundGuard.Needs.SETUP,
				"judging.assign.notInSetup");
		RoundView round = locked.round();
		RoundSetup setup = locked.setup();
		List<EntryView> inRound = entries.entriesOf(roundId);
		List<ExpertView> panel = panel(roundId).stream().filter(ExpertView::active).toList();
		Map<Long, Map<Long, Conflicts.Reason>> conflicted = conflicts.find(inRound, panel);
		List<Candidate> candidates = inRound.stream()
			.map(e -> new Candidate(e.id(), Set.of(e.trackName()), conflicted.getOrDefault(e.id(), Map.of()).keySet()))
			.toList();
		Set<Long> usable = new HashSet<>();
		for (ExpertView expert : panel) {
			if (inRound.stream().anyMatch(e -> !conflicted.getOrDefault(e.id(), Map.of()).containsKey(expert.id()))) {
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
			Map<Long, String> titles = inRound.stream().collect(Collectors.toMap(EntryView::id, EntryView::title));
			Map<Long, String> names = panel.stream().collect(Collectors.toMap(ExpertView::id, ExpertView::name));
			String why = infeasible.reasons()
				.stream()
				.map(r -> messages.getMessage(r.code(), readable(r, titles, names), r.code(),
						LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("；"));
			throw BusinessRuleException.conflict("judging.assign.infeasible", why);
		}
		AssignmentOutcome.Assigned assigned = (AssignmentOutcome.Assigned) outcome;
		store.unassignAll(roundId);
		store.assignAll(roundId, assigned.judgesByEntry(), AssignmentSource.SOLVER, actor.username());
		audit.record("assignment", roundId, access.orgOf(round), AuditAction.CREATE, null,
				Map.of("entries", inRound.size(), "judges", panel.size(), "perEntry", s.judgesPerEntry(), "tagMatches",
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

	/**
	 * Adds or removes one judge on one entry by hand; a conflicted judge is refused, a
	 * submitted sheet stays.
	 */
	@Transactional
	public void override(Actor actor, long roundId, long entryId, long expertId, boolean add) {
		RoundView round = entries.lockForWrite(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed").round();
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
			store.assign(roundId, entryId, expertId, AssignmentSource.MANUAL, actor.username());
		}
		else {
			if (store.sheet(roundId, entryId, expertId).filter(Sheet::submitted).isPresent()) {
				throw BusinessRuleException.conflict("judging.assign.submitted");
			}
			store.unassign(roundId, entryId, expertId);
		}
		Map<String, Object> pair = Map.of("entry", entryId, "expert", expertId, "source",
				AssignmentSource.MANUAL.name());
		audit.record("assignment", roundId, access.orgOf(round), add ? AuditAction.CREATE : AuditAction.DELETE,
				add ? null : pair, add ? pair : null);
	}

	/**
	 * The assignment as the round's page shows it: each entry's judges with their sheets,
	 * and each judge's load.
	 */
	@Transactional(readOnly = true)
	public AssignmentView assignment(long roundId) {
		RoundSetup setup = store.setupOrPlain(roundId);
		Map<Long, Map<Long, Boolean>> pairs = store.assignment(roundId);
		Map<Long, ExpertView> panel = new LinkedHashMap<>();
		panel(roundId).forEach(e -> panel.put(e.id(), e));
		Set<Long> extra = new HashSet<>();
		pairs.values().forEach(m -> m.keySet().stream().filter(id -> !panel.containsKey(id)).forEach(extra::add));
		experts.findAll(extra).forEach(e -> panel.put(e.id(), e));
		Map<String, String> statuses = new HashMap<>();
		store.sheets(roundId).forEach(s -> statuses.put(s.entryId() + ":" + s.expertId(), s.status().name()));
		Map<Long, int[]> loads = new LinkedHashMap<>();
		panel.keySet().forEach(id -> loads.put(id, new int[2]));
		List<AssignmentView.Row> rows = new ArrayList<>();
		for (EntryView entry : entries.entriesOf(roundId)) {
			List<AssignmentView.Judge> judges = new ArrayList<>();
			pairs.getOrDefault(entry.id(), Map.of()).forEach((expertId, manual) -> {
				String status = statuses.getOrDefault(entry.id() + ":" + expertId, "NONE");
				judges.add(new AssignmentView.Judge(expertId, panel.get(expertId).name(), manual, status));
				int[] load = loads.computeIfAbsent(expertId, k -> new int[2]);
				load[0]++;
				if (SheetStatus.SUBMITTED.name().equals(status)) {
					load[1]++;
				}
			});
			rows.add(new AssignmentView.Row(entry.id(), entry.title(), entry.unitName(), judges));
		}
		List<AssignmentView.Load> loadRows = loads.entrySet()
			.stream()
			.map(l -> new AssignmentView.Load(l.getKey(), panel.get(l.getKey()).name(), l.getValue()[0],
					l.getValue()[1]))
			.toList();
		return new AssignmentView(roundId, setup.settings().judgesPerEntry(), rows, loadRows);
	}

	private List<ExpertView> panel(long roundId) {
		return experts.findAll(store.panel(roundId));
	}

}
