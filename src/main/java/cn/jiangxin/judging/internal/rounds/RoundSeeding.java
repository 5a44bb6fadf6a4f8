package cn.jiangxin.judging.internal.rounds;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestStatusChanged;
import cn.jiangxin.contest.RoundView;

/**
 * When a contest's judging begins, puts its confirmed entries into its first rounds (one
 * per track, or the one round of the contest). Seeding is idempotent, and the round's own
 * reads and writes still seed a first round they find empty: this reaction runs after the
 * change commits, so a judge may reach the round first.
 */
@Component
class RoundSeeding {

	private final ContestApi contests;

	private final RoundEntries entries;

	RoundSeeding(ContestApi contests, RoundEntries entries) {
		this.contests = contests;
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(ContestStatusChanged changed) {
		if (changed.to() != ContestStatus.JUDGING) {
			return;
		}
		for (RoundView round : contests.rounds(changed.contestId())) {
			entries.seedFirstRound(round);
		}
	}

}
