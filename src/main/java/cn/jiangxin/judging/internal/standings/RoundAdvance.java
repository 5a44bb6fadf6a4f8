package cn.jiangxin.judging.internal.standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundEntryStatus;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.judging.internal.rounds.RoundState;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * Advancement: the cut a round's results make, previewed, then confirmed into the next
 * round as the round closes.
 */
@Service
public class RoundAdvance {

	private final JudgingStore store;

	private final JudgingAccess access;

	private final RoundEntries entries;

	private final Results results;

	private final AuditLog audit;

	RoundAdvance(JudgingStore store, JudgingAccess access, RoundEntries entries, Results results, AuditLog audit) {
		this.store = store;
		this.access = access;
		this.entries = entries;
		this.results = results;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public AdvancePreview previewAdvance(long roundId) {
		RoundView round = access.round(roundId);
		return Advancing.preview(round, results.results(roundId), entries.nextRound(round));
	}

	/**
	 * Confirms the cut: advancing entries start the next round with fresh scores; the
	 * round closes.
	 */
	@Transactional
	public AdvancePreview advance(Actor actor, long roundId) {
		RoundView round = entries.lockForWrite(actor, roundId, RoundGuard.Needs.SCORING, "judging.advance.notScoring")
			.round();
		RoundResults standings = results.results(roundId);
		if (!standings.complete() && Rubrics.hasJudged(store.rubric(roundId).orElseThrow())) {
			throw BusinessRuleException.conflict("judging.advance.incomplete", standings.sheetsSubmitted(),
					standings.sheetsExpected());
		}
		Optional<RoundView> next = entries.nextRound(round);
		AdvancePreview preview = Advancing.preview(round, standings, next);
		List<Long> going = new ArrayList<>();
		for (AdvancePreview.Cut cut : preview.cuts()) {
			long entryId = cut.standing().entryId();
			store.entryStatus(roundId, entryId, cut.advances() ? RoundEntryStatus.ADVANCED : RoundEntryStatus.OUT);
			if (cut.advances()) {
				going.add(entryId);
			}
		}
		if (next.isPresent()) {
			store.setupOrDefaults(next.get().id());
			store.addEntries(next.get().id(), going);
		}
		store.state(roundId, RoundState.CLOSED);
		audit.record("round_judging", roundId, access.orgOf(round), AuditAction.STATE_CHANGE,
				Map.of("state", RoundState.SCORING.name()), Map.of("state", RoundState.CLOSED.name(), "advanced",
						going.size(), "next", next.map(RoundView::name).orElse("")));
		return preview;
	}

}
