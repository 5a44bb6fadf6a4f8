package cn.jiangxin.judging;

/**
 * A criterion every assigned judge scores, or an objective item measured once (e.g. 停车距离
 * ≤ 50 cm 满分).
 */
public enum CriterionKind {

	JUDGED, MEASURED;

	public String messageKey() {
		return "judging.criterion." + name();
	}

}
