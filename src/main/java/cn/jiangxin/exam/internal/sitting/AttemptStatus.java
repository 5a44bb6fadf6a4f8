package cn.jiangxin.exam.internal.sitting;

/**
 * Where an attempt stands: being answered (作答中), handed in with short answers still to
 * mark (已交卷), or graded in full (已评分).
 */
public enum AttemptStatus {

	IN_PROGRESS, SUBMITTED, GRADED;

	public String messageKey() {
		return "exam.attempt.status." + name();
	}

}
