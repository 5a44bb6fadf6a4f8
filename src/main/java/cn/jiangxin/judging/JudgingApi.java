package cn.jiangxin.judging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.Actor;

/** What awards and demo data ask of judging, and the calls that run a round from setup to advancement. */
public interface JudgingApi {

	/** Adds an expert to the pool of the actor's org, with an account of the judge role; returns the expert id. */
	long addExpert(Actor actor, ExpertDraft draft);

	Optional<ExpertView> expert(long expertId);

	/** The expert behind a judge's account, if any. */
	Optional<ExpertView> expertOfAccount(long accountId);

	void configure(Actor actor, long roundId, JudgingSettings settings);

	void defineRubric(Actor actor, long roundId, RubricDraft rubric);

	/** Sets the panel: the experts the round's entries may be assigned to. */
	void setPanel(Actor actor, long roundId, List<Long> expertIds);

	/** Records a conflict the admin knows of between an expert and an entry. */
	void addConflict(Actor actor, long roundId, long expertId, long entryId, String reason);

	/** Computes the assignment by min-cost flow, replacing any earlier one; infeasible input is a 409 naming what to change. */
	AssignmentView assign(Actor actor, long roundId);

	AssignmentView assignment(long roundId);

	/** Opens the round for scoring: judges may now score their entries. */
	void startScoring(Actor actor, long roundId);

	/** A judge saves a draft of, or submits, their sheet for one entry. */
	void score(Actor judge, long roundId, ScoreDraft draft);

	/** Records an objective measurement or an imported part score of one entry. */
	void record(Actor actor, long roundId, long entryId, String code, BigDecimal score);

	/** Imports an imported part's scores (理论) from xlsx or csv, all rows or none; returns how many. */
	int importScores(Actor actor, long roundId, String partCode, String fileName, java.io.InputStream content);

	RoundResults results(long roundId);

	/** Whether the round's judging is over: its cut confirmed, or it closed as the last round. */
	boolean closed(long roundId);

	AdvancePreview previewAdvance(long roundId);

	/** Confirms the cut: advancing entries start the next round with fresh scores; the round closes. */
	AdvancePreview advance(Actor actor, long roundId);

	/** The entries in a round, seeding the first round of a contest from its confirmed entries. */
	List<Long> roundEntries(long roundId);

}
