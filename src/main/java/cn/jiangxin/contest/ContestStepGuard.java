package cn.jiangxin.contest;

/**
 * A check another module makes before a contest moves a step, e.g. awards before results
 * go on notice. It throws a {@link cn.jiangxin.shared.BusinessRuleException} to refuse
 * the step.
 */
public interface ContestStepGuard {

	void check(long contestId, ContestStatus from, ContestStatus to);

}
