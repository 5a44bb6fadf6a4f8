package cn.jiangxin.judging.internal.standings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;

/**
 * Applies a round's advancement rule to its results: the top N overall or per track, or
 * everyone at or above a score. Entries tied at the boundary go on together, and the
 * preview marks them.
 */
final class Advancing {

	private Advancing() {
	}

	static AdvancePreview preview(RoundView round, RoundResults results, Optional<RoundView> next) {
		Advancement rule = round.advancement();
		double value = round.advancementValue() == null ? 0 : round.advancementValue().doubleValue();
		int n = (int) value;
		List<RoundStanding> standings = results.standings();
		Map<Long, Integer> advancingPerTrack = new HashMap<>();
		Map<Long, Integer> lastRankPerTrack = new HashMap<>();
		int advancingOverall = 0;
		int lastRankOverall = 0;
		for (RoundStanding s : standings) {
			if (advances(rule, s, n, value)) {
				advancingOverall++;
				lastRankOverall = Math.max(lastRankOverall, s.rank());
				advancingPerTrack.merge(s.trackId(), 1, Integer::sum);
				lastRankPerTrack.merge(s.trackId(), s.trackRank(), Math::max);
			}
		}
		List<AdvancePreview.Cut> cuts = new ArrayList<>();
		for (RoundStanding s : standings) {
			boolean goes = advances(rule, s, n, value);
			boolean tie = switch (rule) {
				case TOP_N_OVERALL -> goes && advancingOverall > n && s.rank() == lastRankOverall;
				case TOP_N_PER_TRACK -> goes && advancingPerTrack.getOrDefault(s.trackId(), 0) > n
						&& s.trackRank() == lastRankPerTrack.get(s.trackId());
				default -> false;
			};
			cuts.add(new AdvancePreview.Cut(s, goes, tie));
		}
		return new AdvancePreview(round.id(), next.map(RoundView::id).orElse(null),
				next.map(RoundView::name).orElse(null), cuts);
	}

	private static boolean advances(Advancement rule, RoundStanding s, int n, double value) {
		return switch (rule) {
			case NONE -> false;
			case TOP_N_OVERALL -> s.rank() <= n;
			case TOP_N_PER_TRACK -> s.trackRank() <= n;
			case THRESHOLD -> s.score().doubleValue() >= value;
		};
	}

}
