package cn.jiangxin.judging;

/**
 * Where a part of a round's total comes from: the rubric, or scores imported from a file
 * (理论 until exams exist).
 */
public enum PartSource {

	RUBRIC, IMPORTED;

	public String messageKey() {
		return "judging.part." + name();
	}

}
