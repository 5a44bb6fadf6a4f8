package cn.jiangxin.judging.internal.setup;

import java.util.ArrayList;
import java.util.HashMap;
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
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;

/**
 * A round's panel and the conflicts of its judges: the experts its entries may be
 * assigned to, the conflicts an organiser records or a judge declares, and the judges a
 * conflict takes off their entries where the round allows.
 */
@Service
public class RoundPanel {

	private final JudgingStore store;

	private final ExpertStore experts;

	private final JudgingAccess access;

	private final RoundGuard guard;

	private final RoundEntries entries;

	private final ContestApi contests;

	private final OrgScope scope;

	private final AuditLog audit;

	RoundPanel(JudgingStore store, ExpertStore experts, JudgingAccess access, RoundGuard guard, RoundEntries entries,
			ContestApi contests, OrgScope scope, AuditLog audit) {
		this.store = store;
		this.experts = experts;
		this.access = access;
		this.guard = guard;
		this.entries = entries;
		this.contests = contests;
		this.scope = scope;
		this.audit = audit;
	}

	/** Sets the panel: the experts the round's entries may be assigned to. */
	@Transactional
	public void setPanel(Actor actor, long roundId, List<Long> expertIds) {
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME, "judging.round.closed")
			.round();
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
		audit.record("round_panel", roundId, access.orgOf(round), AuditAction.UPDATE,
				Map.of("experts", List.copyOf(current)), Map.of("experts", List.copyOf(wanted)));
	}

	public List<ExpertView> panel(long roundId) {
		return experts.findAll(store.panel(roundId));
	}

	/**
	 * Records a conflict an organiser knows of; returns whether the expert was kept on
	 * the entry (see below).
	 */
	@Transactional
	public boolean setConflict(Actor actor, long roundId, long expertId, long entryId, String reason) {
		RoundView round = access.requireManage(actor, roundId);
		JudgingAccess.requireReason(reason);
		if (!store.panel(roundId).contains(expertId)) {
			throw BusinessRuleException.invalid("expertId", "judging.panel.notOnPanel");
		}
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		experts.addConflict(expertId, null, entryId, "ADMIN", reason, actor.username());
		boolean kept = dropConflicted(round, expertId, entryId);
		audit.record("expert_conflict", expertId, access.orgOf(round), AuditAction.CREATE, null,
				Map.of("entry", entryId, "source", "ADMIN", "reason", reason, "sheetKept", kept));
		return kept;
	}

	/**
	 * A judge declares a conflict with an org's subtree or with one of their entries.
	 * They lose every such entry they have not submitted a sheet for in a round still
	 * open; a submitted sheet, and every round closed or of a contest whose results are
	 * out, stay as they are. Returns how many entries were kept so.
	 */
	@Transactional
	public int declareConflict(Actor judge, Long orgId, Long roundId, Long entryId, String reason) {
		ExpertView expert = access.requireJudge(judge);
		JudgingAccess.requireReason(reason);
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

	public List<ExpertStore.Conflict> declaredConflicts(long expertId) {
		return experts.conflicts(List.of(expertId));
	}

	/**
	 * Takes a conflicted judge off an entry where the round allows it: in a round being
	 * set up or scored, an assignment without a submitted sheet goes (with its draft). A
	 * submitted sheet stays until an organiser reopens it, and a frozen round stays as it
	 * was published; returns whether the judge was kept on the entry.
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
		audit.record("assignment", round.id(), access.orgOf(round), AuditAction.DELETE,
				Map.of("entry", entryId, "expert", expertId, "sheet", sheet.map(s -> s.status().name()).orElse("NONE")),
				null);
		return false;
	}

	/**
	 * The recorded conflicts of this round's judges with entries they still have: kept
	 * because the judge had submitted (an organiser reopens the sheet to take them off)
	 * or because the round was closed.
	 */
	@Transactional(readOnly = true)
	public List<KeptConflict> keptConflicts(long roundId) {
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
		store.sheets(roundId).forEach(sh -> statuses.put(sh.entryId() + ":" + sh.expertId(), sh.status().name()));
		Map<Long, EntryView> byEntry = new HashMap<>();
		entries.entriesOf(roundId).forEach(e -> byEntry.put(e.id(), e));
		List<KeptConflict> kept = new ArrayList<>();
		for (ExpertStore.Conflict c : recorded) {
			pairs.forEach((entryId, judgesOfEntry) -> {
				EntryView entry = byEntry.get(entryId);
				if (entry == null || !judgesOfEntry.containsKey(c.expertId())) {
					return;
				}
				boolean hit = c.entryId() != null ? c.entryId().equals(entryId)
						: scope.within(c.orgId(), entry.unitOrgId());
				if (hit) {
					kept.add(new KeptConflict(c, byId.get(c.expertId()).name(), entryId, entry.title(),
							statuses.getOrDefault(entryId + ":" + c.expertId(), "NONE")));
				}
			});
		}
		return kept;
	}

	/**
	 * A recorded conflict of a judge with an entry they are still on, and their sheet's
	 * state.
	 */
	public record KeptConflict(ExpertStore.Conflict conflict, String expertName, long entryId, String entryTitle,
			String sheetStatus) {
	}

}
