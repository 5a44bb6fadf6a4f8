package cn.jiangxin.judging.internal.rounds;

/** Who put a judge on an entry: an organiser by hand, or the solver. */
public enum AssignmentSource {

	MANUAL, SOLVER

}
