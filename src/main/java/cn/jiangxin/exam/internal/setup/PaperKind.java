package cn.jiangxin.exam.internal.setup;

/** How an exam's paper is made: drawn for each candidate by blueprint, or fixed. */
public enum PaperKind {

	BLUEPRINT, FIXED;

	public String messageKey() {
		return "exam.paperKind." + name();
	}

}
