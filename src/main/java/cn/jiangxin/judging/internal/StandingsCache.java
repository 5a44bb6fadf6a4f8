package cn.jiangxin.judging.internal;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.shared.DataVersion;

/**
 * A round's standings computed once per change of the data, not on every view: the big screen refreshing every
 * three seconds on many screens, the results API and the public pages read the kept copy until a sheet, a
 * measurement, a setting or anything else audited changes. Reads inside a writing transaction compute afresh.
 */
@Component
class StandingsCache {

	private final Cache<Long, Kept> kept = Caffeine.newBuilder().maximumSize(1_000).build();

	private final DataVersion versions;

	StandingsCache(DataVersion versions) {
		this.versions = versions;
	}

	/** Standings and the data version they were computed at. */
	private record Kept(long version, RoundResults results) {
	}

	RoundResults get(long roundId, Supplier<RoundResults> compute) {
		if (!DataVersion.mayKeepWhatIsReadNow()) {
			return compute.get();
		}
		long version = versions.current();
		Kept copy = kept.getIfPresent(roundId);
		if (copy != null && copy.version() == version) {
			return copy.results();
		}
		RoundResults results = compute.get();
		kept.put(roundId, new Kept(version, results));
		return results;
	}

}
