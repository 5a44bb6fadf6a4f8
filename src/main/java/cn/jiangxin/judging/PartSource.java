package cn.jiangxin.judging;

/**
 * Where a part of a round's total comes from: the rubric, or scores imported (理论: from a
 * file, or from the final results of an exam set for the round).
 */
public enum PartSource {

	RUBRIC, IMPORTED;

	public String messageKey() {
		return "judging.part." + name();
	}

}
