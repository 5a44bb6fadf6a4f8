package cn.jiangxin.exam.internal.results;

/**
 * How many attempts of an exam are being answered, handed in with short answers to mark,
 * and graded, and how many candidates it names.
 */
public record ExamCounts(long inProgress, long submitted, long graded, long candidates) {

	public long started() {
		return inProgress + submitted + graded;
	}

}
