package cn.jiangxin.judging.internal.rounds;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.shared.Actor;

/**
 * The entries of a round: a first round takes the contest's confirmed entries once
 * judging begins (seeded here, in {@link #seedFirstRound}), a later round the entries
 * that advanced into it.
 */
@Service
public class RoundEntries {

	private final JudgingStore store;

	private final JudgingAccess access;

	private final RoundGuard guard;

	private final ContestApi contests;

	RoundEntries(JudgingStore store, JudgingAccess access, RoundGuard guard, ContestApi contests) {
		this.store = store;
		this.access = access;
		this.guard = guard;
		this.contests = contests;
	}

	/**
	 * The entries in a round, seeding the first round of a contest from its confirmed
	 * entries.
	 */
	@Transactional
	public List<Long> roundEntries(long roundId) {
		seedFirstRound(access.round(roundId));
		return store.entries(roundId);
	}

	/**
	 * The entries of a round as contest entries; a first round not seeded yet shows the
	 * confirmed entries.
	 */
	public List<EntryView> entriesOf(long roundId) {
		Set<Long> ids = new HashSet<>(store.entries(roundId));
		RoundView round = access.round(roundId);
		List<EntryView> all = contests.entries(round.contestId());
		if (ids.isEmpty() && isFirst(round)) {
			return all.stream().filter(e -> eligibleForFirst(round, e)).toList();
		}
		return all.stream().filter(e -> ids.contains(e.id())).toList();
	}

	/**
	 * Puts a contest's confirmed entries into its first round, once judging has begun:
	 * the one place a round's entries are seeded. Does nothing for a later round, a round
	 * already seeded, or a contest not in judging.
	 */
	@Transactional
	public void seedFirstRound(RoundView round) {
		if (!isFirst(round) || !store.entries(round.id()).isEmpty()) {
			return;
		}
		ContestView contest = contests.find(round.contestId()).orElseThrow();
		if (contest.status() != ContestStatus.JUDGING) {
			return;
		}
		store.setupOrDefaults(round.id());
		store.addEntries(round.id(),
				contests.entries(round.contestId())
					.stream()
					.filter(e -> eligibleForFirst(round, e))
					.map(EntryView::id)
					.toList());
	}

	/**
	 * The round locked by the guard for a write in judging, its first round seeded from
	 * the confirmed entries.
	 */
	public RoundGuard.Locked lockForWrite(Actor actor, long roundId, RoundGuard.Needs needs, String code) {
		RoundGuard.Locked locked = guard.organiser(actor, roundId, needs, code);
		seedFirstRound(locked.round());
		return locked;
	}

	/** The round after this one that the entries of this round go on to, if any. */
	public Optional<RoundView> nextRound(RoundView round) {
		return contests.rounds(round.contestId())
			.stream()
			.filter(r -> r.ordinal() > round.ordinal())
			.filter(r -> sameTrack(r, round))
			.min(Comparator.comparingInt(RoundView::ordinal));
	}

	private boolean isFirst(RoundView round) {
		return contests.rounds(round.contestId())
			.stream()
			.filter(r -> sameTrack(r, round))
			.noneMatch(r -> r.ordinal() < round.ordinal());
	}

	private static boolean sameTrack(RoundView other, RoundView round) {
		return other.trackId() == null || round.trackId() == null || other.trackId().equals(round.trackId());
	}

	private static boolean eligibleForFirst(RoundView round, EntryView entry) {
		return entry.status() == EntryStatus.CONFIRMED
				&& (round.trackId() == null || round.trackId() == entry.trackId());
	}

}
