package cn.jiangxin.judging.internal.setup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamApi;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.judging.internal.rounds.RoundSetup;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.judging.internal.standings.Results;
import cn.jiangxin.judging.internal.standings.TieBreak;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * A round's settings and rubric: set while the round is being set up, the ranking frozen
 * once the first score is in and changed after that only by an audited re-rank, the
 * rubric locked once a judge has a sheet.
 */
@Service
public class RoundSettings {

	private final JudgingStore store;

	private final RerankStore reranks;

	private final JudgingAccess access;

	private final RoundGuard guard;

	private final Results results;

	private final AuditLog audit;

	private final ExamApi exams;

	RoundSettings(JudgingStore store, RerankStore reranks, JudgingAccess access, RoundGuard guard, Results results,
			AuditLog audit, ExamApi exams) {
		this.exams = exams;
		this.store = store;
		this.reranks = reranks;
		this.access = access;
		this.guard = guard;
		this.results = results;
		this.audit = audit;
	}

	@Transactional
	public void configure(Actor actor, long roundId, JudgingSettings settings) {
		RoundGuard.Locked locked = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME,
				"judging.round.closed");
		RoundSetup setup = locked.setup();
		if (settings.minLoad() != null && settings.maxLoad() != null && settings.minLoad() > settings.maxLoad()) {
			throw BusinessRuleException.invalid("maxLoad", "judging.settings.maxBelowMin", settings.minLoad());
		}
		checkChain(roundId, settings.tieBreaks());
		if (store.scored(roundId) && !RankingRule.of(settings).sameAs(RankingRule.of(setup.settings()))) {
			throw BusinessRuleException.conflict("judging.settings.rankingFrozen");
		}
		store.saveSettings(roundId, settings);
		audit.record("round_judging", roundId, access.orgOf(locked.round()), AuditAction.UPDATE,
				settingsMap(setup.settings()), settingsMap(settings));
	}

	/**
	 * Ranks a round anew once scores are in: new ranking settings, with a reason; the
	 * change, the rule before and after and how many entries changed rank go into the
	 * round's re-rank history and the audit log.
	 */
	@Transactional
	public Rerank.Done rerank(Actor actor, long roundId, Rerank change) {
		access.requireManage(actor, roundId);
		JudgingAccess.requireReason(change.reason());
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
		Map<Long, Integer> ranksBefore = ranks(results.results(roundId));
		store.saveSettings(roundId, after.applyTo(locked.setup().settings()));
		Map<Long, Integer> ranksAfter = ranks(results.results(roundId));
		int moved = (int) ranksBefore.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(ranksAfter.get(e.getKey())))
			.count();
		reranks.insert(roundId, before, after, change.reason().strip(), moved, actor.username());
		Map<String, Object> now = new LinkedHashMap<>(after.asMap());
		now.put("reason", change.reason().strip());
		now.put("moved", moved);
		audit.record("round_rerank", roundId, access.orgOf(locked.round()), AuditAction.UPDATE, before.asMap(), now);
		return reranks.reranks(roundId).get(0);
	}

	/** Whether any result is in, so that the ranking settings are frozen. */
	public boolean scored(long roundId) {
		return store.scored(roundId);
	}

	/** A round's re-ranks, newest first. */
	public List<Rerank.Done> reranks(long roundId) {
		return reranks.reranks(roundId);
	}

	@Transactional
	public void defineRubric(Actor actor, long roundId, RubricDraft rubric) {
		RoundView round = guard.organiser(actor, roundId, RoundGuard.Needs.OPEN_ANY_TIME, "judging.round.closed")
			.round();
		Rubrics.validate(rubric);
		checkExams(roundId, rubric);
		if (rubricLocked(roundId)) {
			throw BusinessRuleException.conflict("judging.rubric.locked");
		}
		store.replaceRubric(roundId, rubric);
		audit.record("rubric", roundId, access.orgOf(round), AuditAction.UPDATE, null,
				Map.of("parts", rubric.parts().stream().map(p -> p.label() + " " + p.weight()).toList(), "criteria",
						rubric.criteria().stream().map(c -> c.label() + " " + c.weight()).toList()));
	}

	/**
	 * An imported part may take its scores from an exam, one set for this round; a part
	 * scored by the rubric takes none.
	 */
	private void checkExams(long roundId, RubricDraft rubric) {
		for (int i = 0; i < rubric.parts().size(); i++) {
			RubricDraft.Part part = rubric.parts().get(i);
			if (part.examId() == null) {
				continue;
			}
			if (part.source() != PartSource.IMPORTED) {
				throw BusinessRuleException.invalid("parts[" + i + "].examId", "judging.rubric.examOnRubricPart",
						part.label());
			}
			long examId = part.examId();
			if (exams.examsFor(Audience.CONTEST_ROUND, roundId).stream().noneMatch(e -> e.id() == examId)) {
				throw BusinessRuleException.invalid("parts[" + i + "].examId", "judging.rubric.examNotForRound");
			}
		}
	}

	/**
	 * Whether the rubric is past changing: a judge has a sheet (even a draft) or a score
	 * is recorded.
	 */
	public boolean rubricLocked(long roundId) {
		return !store.sheets(roundId).isEmpty() || store.scored(roundId);
	}

	/** The round's rubric, or null before one is defined. */
	public RubricDraft rubric(long roundId) {
		return store.rubric(roundId).orElse(null);
	}

	/** The round's settings and state; the defaults before the round is set up. */
	public RoundSetup setup(long roundId) {
		return store.setupOrPlain(roundId);
	}

	/**
	 * Refuses a tie-break chain that does not parse, or that names a criterion the rubric
	 * lacks.
	 */
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
				throw BusinessRuleException.invalid("tieBreaks", "judging.settings.tieBreakCriterion",
						tieBreak.criterion());
			}
		}
	}

	private static Map<Long, Integer> ranks(RoundResults results) {
		Map<Long, Integer> ranks = new HashMap<>();
		results.standings().forEach(s -> ranks.put(s.entryId(), s.rank()));
		return ranks;
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

}
