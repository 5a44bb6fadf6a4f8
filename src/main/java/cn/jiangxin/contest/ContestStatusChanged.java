package cn.jiangxin.contest;

/**
 * A contest moved one step along its life, e.g. from {@code REVIEW} to {@code JUDGING}.
 */
public record ContestStatusChanged(long contestId, ContestStatus from, ContestStatus to) {
}
