package cn.jiangxin.innovation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.org.OrgRef;

/**
 * The registry's figures: for each union directly under a root that hosts any, its active
 * studios by level, and the same for the whole subtree.
 */
record StudioCounts(OrgRef root, List<Row> unions, Row whole) {

	/** A union's studios by level; the null key counts those with no level yet. */
	record Row(OrgRef union, Map<StudioLevel, Long> byLevel) {

		Row {
			byLevel = new HashMap<>(byLevel);
		}

		public long count(StudioLevel level) {
			return byLevel.getOrDefault(level, 0L);
		}

		public long unrated() {
			return byLevel.getOrDefault(null, 0L);
		}

		public long total() {
			return byLevel.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
