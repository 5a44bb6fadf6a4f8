package cn.jiangxin.judging.internal.rounds;

/** Where an entry stands in a round: still in it, advanced by the cut, or out. */
public enum RoundEntryStatus {

	IN_ROUND, ADVANCED, OUT

}
