package cn.jiangxin.contest.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * The contest module's answers and setup calls for other modules (judging, demo data).
 */
@Component
@Transactional
class ContestFacade implements ContestApi {

	private final ContestStore store;

	private final ContestService contests;

	private final ContestAccess access;

	private final EntryStore entryStore;

	private final EntryQueries entryQueries;

	private final SubmissionStore submissionStore;

	/**
	 * Contests and rounds as last read, for the many reads of every judging page: until
	 * anything changes.
	 */
	private final KeptValues<Long, Optional<ContestView>> contestsRead;

	private final KeptValues<Long, Optional<RoundView>> roundsRead;

	ContestFacade(ContestStore store, ContestService contests, ContestAccess access, EntryStore entryStore,
			EntryQueries entryQueries, SubmissionStore submissionStore, DataVersion versions) {
		this.contestsRead = new KeptValues<>(versions, 10_000, Duration.ofMinutes(1));
		this.roundsRead = new KeptValues<>(versions, 10_000, Duration.ofMinutes(1));
		this.store = store;
		this.contests = contests;
		this.access = access;
		this.entryStore = entryStore;
		this.entryQueries = entryQueries;
		this.submissionStore = submissionStore;
	}

	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<ContestView> find(long contestId) {
		return contestsRead.get(contestId, store::find);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TrackView> tracks(long contestId) {
		return store.tracks(contestId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RoundView> rounds(long contestId) {
		return store.rounds(contestId);
	}

	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<RoundView> round(long roundId) {
		return roundsRead.get(roundId, store::round);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EntryView> entries(long contestId) {
		return entryQueries.inRace(contestId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EntryView> entry(long entryId) {
		return entryStore.find(entryId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EntryView> entriesOfMember(long memberId) {
		return entryQueries.ofMember(memberId)
			.stream()
			.filter(entry -> entry.person(memberId).filter(EntryView.Person::accepted).isPresent())
			.toList();
	}

	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public boolean canManage(Actor actor, long contestId) {
		return access.canManage(actor, contestId);
	}

	@Override
	public void advance(Actor actor, long contestId, ContestStatus target) {
		contests.advance(actor, contestId, target);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SubmissionView> latestSubmission(long entryId) {
		return submissionStore.latest(entryId);
	}

}
