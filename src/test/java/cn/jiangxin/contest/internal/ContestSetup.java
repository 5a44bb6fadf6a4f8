package cn.jiangxin.contest.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.shared.Actor;

/**
 * Sets contests up and enters them for tests in other modules, through the contest
 * module's services.
 */
@Component
@Transactional
public class ContestSetup {

	private final ContestService contests;

	private final EntryService entries;

	private final SubmissionService submissions;

	ContestSetup(ContestService contests, EntryService entries, SubmissionService submissions) {
		this.contests = contests;
		this.entries = entries;
		this.submissions = submissions;
	}

	public long create(Actor actor, ContestDraft draft) {
		return contests.create(actor, draft);
	}

	public void update(Actor actor, long contestId, ContestDraft draft, int version) {
		contests.update(actor, contestId, draft, version);
	}

	public long addTrack(Actor actor, long contestId, TrackDraft draft) {
		return contests.addTrack(actor, contestId, draft);
	}

	public long addRound(Actor actor, long contestId, RoundDraft draft) {
		return contests.addRound(actor, contestId, draft);
	}

	public long register(Actor actor, long contestId, EntryDraft draft) {
		return entries.register(actor, contestId, draft);
	}

	/** Registers many entries, all or none. */
	public List<Long> registerAll(Actor actor, long contestId, List<EntryDraft> drafts) {
		List<Long> ids = new ArrayList<>(drafts.size());
		for (EntryDraft draft : drafts) {
			ids.add(entries.register(actor, contestId, draft));
		}
		return ids;
	}

	public void confirm(Actor actor, long entryId) {
		entries.confirm(actor, entryId);
	}

	public int submit(Actor actor, long entryId, SubmissionDraft draft) {
		return submissions.submit(actor, entryId, draft);
	}

}
