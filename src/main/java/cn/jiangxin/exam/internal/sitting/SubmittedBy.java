package cn.jiangxin.exam.internal.sitting;

/**
 * Who handed an attempt in: the candidate, the deadline sweep with what was saved, or an
 * invigilator (收卷).
 */
public enum SubmittedBy {

	CANDIDATE, SWEEP, INVIGILATOR;

	public String messageKey() {
		return "exam.attempt.by." + name();
	}

}
