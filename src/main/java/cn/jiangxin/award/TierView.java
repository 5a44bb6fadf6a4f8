package cn.jiangxin.award;

import java.math.BigDecimal;

/** An award tier as set up. */
public record TierView(long id, long contestId, long roundId, String name, boolean perTrack, Integer count,
		BigDecimal sharePercent, String confersTitle, int position) {
}
