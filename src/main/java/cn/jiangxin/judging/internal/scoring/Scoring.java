package cn.jiangxin.judging.internal.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.experts.Conflicts;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.judging.internal.rounds.RoundState;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.judging.internal.rounds.SheetStatus;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * A round's scores: the round opens for scoring, judges fill and submit sheets that lock
 * on submit, an organiser reopens a submitted sheet with a reason, and measurements and
 * imported parts are recorded per entry.
 */
@Service
public class Scoring {

	private final JudgingStore store;

	private final ExpertStore experts;

	private final JudgingAccess access;

	private final RoundGuard guard;

	private final RoundEntries entries;

	private final Conflicts conflicts;

	private final ContestApi contests;

	private final AuditLog audit;

	private final MessageSource messages;

	Scoring(JudgingStore store, ExpertStore experts, JudgingAccess access, RoundGuard guard, RoundEntries entries,
			Conflicts conflicts, ContestApi contests, AuditLog audit, MessageSource messages) {
		this.store = store;
		this.experts = experts;
		this.access = access;
		this.guard = guard;
		this.entries = entries;
		this.conflicts = conflicts;
		this.contests = contests;
		this.audit = audit;
		this.messages = messages;
	}

	/** Opens the round for scoring: judges may now score their entries. */
	@Transactional
	public void startScoring(Actor actor, long roundId) {
		RoundView round = entries.lockForWrite(actor, roundId, RoundGuard.Needs.SETUP, "judging.round.notInSetup")
			.round();
		if (store.rubric(roundId).isEmpty()) {
			throw BusinessRuleException.conflict("judging.round.noRubric");
		}
		if (Rubrics.hasJudged(store.rubric(roundId).get()) && store.assignment(roundId).isEmpty()) {
			throw BusinessRuleException.conflict("judging.round.noAssignment");
		}
		store.state(roundId, RoundState.SCORING);
		audit.record("round_judging", roundId, access.orgOf(round), AuditAction.STATE_CHANGE,
				Map.of("state", RoundState.SETUP.name()), Map.of("state", RoundState.SCORING.name()));
	}

	/** A judge saves a draft of, or submits, their sheet for one entry. */
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
			audit.record("score_sheet", sheet.id(), access.orgOf(round), AuditAction.STATE_CHANGE,
					Map.of("status", SheetStatus.DRAFT.name()),
					Map.of("status", SheetStatus.SUBMITTED.name(), "entry", draft.entryId(), "expert", expert.id(),
							"total", total == null ? "" : total.toPlainString()));
		}
	}

	public Optional<Sheet> sheet(long roundId, long entryId, long expertId) {
		return store.sheet(roundId, entryId, expertId);
	}

	public List<Sheet> sheetsOf(long roundId, long expertId) {
		return store.sheetsOf(roundId, expertId);
	}

	public List<Sheet> sheets(long roundId) {
		return store.sheets(roundId);
	}

	/**
	 * An admin reopens a submitted sheet, with a reason that goes into the audit log with
	 * the scores before; the judge may then change and resubmit it. A judge with a
	 * recorded conflict with the entry is taken off it instead, their sheet with them:
	 * the reopening is the audited step by which a conflict removes a submitted sheet.
	 * Returns whether the judge was taken off.
	 */
	@Transactional
	public boolean reopen(Actor actor, long roundId, long entryId, long expertId, String reason) {
		access.requireManage(actor, roundId);
		JudgingAccess.requireReason(reason);
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.SCORING, "judging.score.reopenClosed")
			.round();
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
		before.put("status", SheetStatus.SUBMITTED.name());
		before.put("entry", entryId);
		before.put("expert", expertId);
		before.put("total", sheet.total() == null ? "" : sheet.total().toPlainString());
		sheet.items()
			.forEach((code, item) -> before.put(code, item.score() == null ? "" : item.score().toPlainString()));
		Optional<Conflicts.Reason> conflict = conflicts.between(contests.entry(entryId).orElseThrow(),
				experts.find(expertId).orElseThrow());
		if (conflict.isPresent()) {
			store.unassign(roundId, entryId, expertId);
			String why = messages.getMessage(conflict.get().code(), new Object[] { conflict.get().detail() },
					LocaleContextHolder.getLocale());
			audit.record("score_sheet", sheet.id(), access.orgOf(round), AuditAction.DELETE, before,
					Map.of("status", "REMOVED", "reason", reason.strip(), "conflict", why));
			audit.record("assignment", roundId, access.orgOf(round), AuditAction.DELETE,
					Map.of("entry", entryId, "expert", expertId, "sheet", SheetStatus.SUBMITTED.name()), null);
			return true;
		}
		store.reopen(sheet.id());
		audit.record("score_sheet", sheet.id(), access.orgOf(round), AuditAction.STATE_CHANGE, before,
				Map.of("status", SheetStatus.DRAFT.name(), "reason", reason.strip(), "reopened", sheet.reopened() + 1));
		return false;
	}

	/** Records an objective measurement or an imported part score of one entry. */
	@Transactional
	public void record(Actor actor, long roundId, long entryId, String code, BigDecimal score) {
		RoundView round = entries.lockForWrite(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed").round();
		if (!store.inRound(roundId, entryId)) {
			throw BusinessRuleException.invalid("entryId", "judging.entry.notInRound");
		}
		RubricDraft rubric = store.rubric(roundId)
			.orElseThrow(() -> BusinessRuleException.conflict("judging.round.noRubric"));
		Rubrics.checkRecorded(rubric, code, score);
		BigDecimal before = store.measurements(roundId).getOrDefault(entryId, Map.of()).get(code);
		store.record(roundId, entryId, code, score, actor.username());
		audit.record("measurement", roundId, access.orgOf(round),
				before == null ? AuditAction.CREATE : AuditAction.UPDATE,
				before == null ? null : Map.of("entry", entryId, "code", code, "score", before.toPlainString()),
				Map.of("entry", entryId, "code", code, "score", score.toPlainString()));
	}

	public Map<Long, Map<String, BigDecimal>> measurements(long roundId) {
		return store.measurements(roundId);
	}

}
