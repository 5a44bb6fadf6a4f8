package cn.jiangxin.exam.internal.sitting;

import java.time.Instant;

/**
 * What became of a saved answer: kept ({@code saved}), or passed over because a later
 * answer (a higher sequence number) was kept already; {@code seq} is the sequence number
 * kept now, and {@code deadline} the attempt's, for the page's countdown.
 */
public record SaveOutcome(boolean saved, long seq, Instant savedAt, Instant deadline) {
}
