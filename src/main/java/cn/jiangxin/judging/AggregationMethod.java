package cn.jiangxin.judging;

/**
 * How judges' totals for one entry become one: the mean, or 去掉一个最高分和一个最低分 once there are
 * enough judges.
 */
public enum AggregationMethod {

	MEAN, TRIMMED_MEAN;

	public String messageKey() {
		return "judging.method." + name();
	}

}
