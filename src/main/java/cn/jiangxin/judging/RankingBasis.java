package cn.jiangxin.judging;

/**
 * Whether a round ranks on judges' raw totals or on totals normalised for each judge's
 * harshness.
 */
public enum RankingBasis {

	RAW, NORMALISED;

	public String messageKey() {
		return "judging.basis." + name();
	}

}
