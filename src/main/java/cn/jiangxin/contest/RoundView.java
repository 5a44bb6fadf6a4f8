package cn.jiangxin.contest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A round of a contest, or of one of its tracks: its format, window, scoring plan and who
 * goes on.
 */
public record RoundView(long id, long contestId, Long trackId, int ordinal, String name, RoundFormat format,
		Instant startsAt, Instant endsAt, String scoringPlan, Advancement advancement, BigDecimal advancementValue) {
}
