package cn.jiangxin.judging.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.AssignmentView;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.assignment.Assignments;
import cn.jiangxin.judging.internal.experts.ExpertPool;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.scoring.ExamScores;
import cn.jiangxin.judging.internal.scoring.PartImport;
import cn.jiangxin.judging.internal.scoring.Scoring;
import cn.jiangxin.judging.internal.setup.RoundPanel;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.judging.internal.standings.Results;
import cn.jiangxin.judging.internal.standings.RoundAdvance;
import cn.jiangxin.shared.Actor;

/**
 * Judging's one face: {@link JudgingApi} for other modules (whether a round is closed,
 * its results), and for judging's own seeder and tests the calls that run a round from
 * setup to advancement, each handed to the service that owns it. Until the demo seeder
 * lives in judging, the demo module reaches those calls through the named interface
 * {@code seeding}.
 */
@Service
@NamedInterface("seeding")
public class JudgingFacade implements JudgingApi {

	private final ExpertPool experts;

	private final RoundSettings settings;

	private final RoundPanel panel;

	private final Assignments assignments;

	private final Scoring scoring;

	private final PartImport imports;

	private final Results results;

	private final RoundAdvance advance;

	private final RoundEntries entries;

	private final ExamScores examScores;

	JudgingFacade(ExpertPool experts, RoundSettings settings, RoundPanel panel, Assignments assignments,
			Scoring scoring, PartImport imports, Results results, RoundAdvance advance, RoundEntries entries,
			ExamScores examScores) {
		this.examScores = examScores;
		this.experts = experts;
		this.settings = settings;
		this.panel = panel;
		this.assignments = assignments;
		this.scoring = scoring;
		this.imports = imports;
		this.results = results;
		this.advance = advance;
		this.entries = entries;
	}

	@Override
	public RoundResults results(long roundId) {
		return results.results(roundId);
	}

	@Override
	public boolean closed(long roundId) {
		return results.closed(roundId);
	}

	// running a round, for judging's own seeder and tests

	/**
	 * Adds an expert to the pool of the actor's org, with an account of the judge role;
	 * returns the expert id.
	 */
	public long addExpert(Actor actor, ExpertDraft draft) {
		return experts.addExpert(actor, draft);
	}

	public Optional<ExpertView> expert(long expertId) {
		return experts.expert(expertId);
	}

	public void configure(Actor actor, long roundId, JudgingSettings judging) {
		settings.configure(actor, roundId, judging);
	}

	public void defineRubric(Actor actor, long roundId, RubricDraft rubric) {
		settings.defineRubric(actor, roundId, rubric);
	}

	/** Sets the panel: the experts the round's entries may be assigned to. */
	public void setPanel(Actor actor, long roundId, List<Long> expertIds) {
		panel.setPanel(actor, roundId, expertIds);
	}

	/** Computes the assignment by min-cost flow, replacing any earlier one. */
	public AssignmentView assign(Actor actor, long roundId) {
		return assignments.assign(actor, roundId);
	}

	public AssignmentView assignment(long roundId) {
		return assignments.assignment(roundId);
	}

	/** Opens the round for scoring: judges may now score their entries. */
	public void startScoring(Actor actor, long roundId) {
		scoring.startScoring(actor, roundId);
	}

	/** A judge saves a draft of, or submits, their sheet for one entry. */
	public void score(Actor judge, long roundId, ScoreDraft draft) {
		scoring.score(judge, roundId, draft);
	}

	/** Records an objective measurement or an imported part score of one entry. */
	public void record(Actor actor, long roundId, long entryId, String code, BigDecimal score) {
		scoring.record(actor, roundId, entryId, code, score);
	}

	/**
	 * Imports an imported part's scores (理论) from xlsx or csv, all rows or none; returns
	 * how many.
	 */
	public int importScores(Actor actor, long roundId, String partCode, String fileName, InputStream content) {
		return imports.importScores(actor, roundId, partCode, fileName, content);
	}

	/**
	 * Takes the final results of the exam an imported part (理论) is set to take its scores
	 * from; returns how many entries' scores were recorded or changed.
	 */
	public int takeExamScores(Actor actor, long roundId, String partCode) {
		return examScores.take(actor, roundId, partCode);
	}

	public AdvancePreview previewAdvance(long roundId) {
		return advance.previewAdvance(roundId);
	}

	/**
	 * Confirms the cut: advancing entries start the next round with fresh scores; the
	 * round closes.
	 */
	public AdvancePreview advance(Actor actor, long roundId) {
		return advance.advance(actor, roundId);
	}

	/**
	 * The entries in a round, seeding the first round of a contest from its confirmed
	 * entries.
	 */
	public List<Long> roundEntries(long roundId) {
		return entries.roundEntries(roundId);
	}

}
