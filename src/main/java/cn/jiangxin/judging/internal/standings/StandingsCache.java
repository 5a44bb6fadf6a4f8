package cn.jiangxin.judging.internal.standings;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * A round's standings computed once per change of the data, not on every view: the big
 * screen refreshing every three seconds on many screens, the results API and the public
 * pages read the kept copy until a sheet, a measurement, a setting or anything else
 * audited changes. Reads inside a writing transaction compute afresh.
 */
@Component
class StandingsCache {

	private final KeptValues<Long, RoundResults> kept;

	StandingsCache(DataVersion versions) {
		this.kept = new KeptValues<>(versions, 1_000, Duration.ofMinutes(10));
	}

	RoundResults get(long roundId, Supplier<RoundResults> compute) {
		return kept.get(roundId, id -> compute.get());
	}

}
