package cn.jiangxin.judging.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundState;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.NotFoundException;

/**
 * What a judge sees: their rounds, the entries assigned to them with their sheets, and
 * one entry at a time.
 */
@Component
public class JudgeDesk {

	private final JudgingAccess access;

	private final JudgingStore store;

	private final ContestApi contests;

	JudgeDesk(JudgingAccess access, JudgingStore store, ContestApi contests) {
		this.access = access;
		this.store = store;
		this.contests = contests;
	}

	/** A round a judge scores in, with their progress. */
	public record Assigned(RoundView round, ContestView contest, String state, int assigned, int submitted) {
	}

	/** One entry on a judge's list, with the state of their sheet. */
	public record Task(long entryId, String title, String trackName, String unitName, String sheetStatus,
			BigDecimal total) {
	}

	@Transactional(readOnly = true)
	public List<Assigned> rounds(Actor judge) {
		ExpertView expert = access.requireJudge(judge);
		List<Assigned> rounds = new ArrayList<>();
		for (Long roundId : store.roundsOf(expert.id())) {
			RoundView round = access.round(roundId);
			ContestView contest = contests.find(round.contestId()).orElseThrow();
			int assigned = store.entriesOf(roundId, expert.id()).size();
			int submitted = (int) store.sheetsOf(roundId, expert.id()).stream().filter(Sheet::submitted).count();
			String state = store.setup(roundId).map(s -> s.state().name()).orElse(RoundState.SETUP.name());
			rounds.add(new Assigned(round, contest, state, assigned, submitted));
		}
		return rounds;
	}

	@Transactional(readOnly = true)
	public List<Task> tasks(Actor judge, long roundId) {
		ExpertView expert = access.requireJudge(judge);
		List<Long> entryIds = store.entriesOf(roundId, expert.id());
		if (entryIds.isEmpty()) {
			throw new NotFoundException("round", roundId);
		}
		boolean blind = store.setup(roundId).map(s -> s.settings().isBlind()).orElse(false);
		Map<Long, Sheet> sheets = new HashMap<>();
		store.sheetsOf(roundId, expert.id()).forEach(s -> sheets.put(s.entryId(), s));
		List<Task> tasks = new ArrayList<>();
		for (Long entryId : entryIds) {
			EntryView entry = contests.entry(entryId).orElseThrow();
			Sheet sheet = sheets.get(entryId);
			tasks.add(new Task(entryId, entry.title(), entry.trackName(), blind ? null : entry.unitName(),
					sheet == null ? "NONE" : sheet.status().name(), sheet == null ? null : sheet.total()));
		}
		return tasks;
	}

	@Transactional(readOnly = true)
	public JudgeEntry entry(Actor judge, long roundId, long entryId) {
		access.requireAssigned(judge, roundId, entryId);
		EntryView entry = contests.entry(entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
		boolean blind = store.setup(roundId).map(s -> s.settings().isBlind()).orElse(false);
		List<SubmissionView.Item> items = contests.latestSubmission(entryId)
			.map(SubmissionView::items)
			.orElse(List.of());
		return JudgeEntry.of(roundId, entry, blind, items);
	}

}
