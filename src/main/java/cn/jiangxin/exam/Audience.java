package cn.jiangxin.exam;

/**
 * Who may sit an exam: the entrants of a contest round or the enrolled of a training
 * course (told by the module that owns them, through {@link ExamCandidates}), a list of
 * members, or every member in good standing of a union's subtree (an open quiz).
 */
public enum Audience {

	CONTEST_ROUND, TRAINING_COURSE, MEMBER_LIST, SUBTREE;

	public String messageKey() {
		return "exam.audience." + name();
	}

	/** Whether another module tells who the candidates are. */
	public boolean fromAnotherModule() {
		return this == CONTEST_ROUND || this == TRAINING_COURSE;
	}

}
