package cn.jiangxin.judging.internal.rounds;

/**
 * Where a judge's score sheet stands: a draft they may still change, or submitted and
 * locked.
 */
public enum SheetStatus {

	DRAFT, SUBMITTED

}
