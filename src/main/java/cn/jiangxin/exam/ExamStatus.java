package cn.jiangxin.exam;

/**
 * Where an exam stands: set up (草稿), published to its candidates (已发布: they sit it within
 * its window), closed (已结束: no more answers, short answers being graded), final (成绩已确认:
 * nothing it decided changes any more).
 */
public enum ExamStatus {

	DRAFT, PUBLISHED, CLOSED, FINAL;

	public String messageKey() {
		return "exam.status." + name();
	}

	/** Whether the setup (paper, window, rules) may still change. */
	public boolean editable() {
		return this == DRAFT;
	}

}
