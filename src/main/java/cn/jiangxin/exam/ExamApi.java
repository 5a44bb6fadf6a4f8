package cn.jiangxin.exam;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.Actor;

/**
 * What other modules ask of exams: an exam as they may show it, whether an actor
 * organises it, the exams set for one of their audiences, and the final results.
 */
public interface ExamApi {

	Optional<ExamView> find(long examId);

	/** Whether the actor organises the exam: an admin whose subtree holds its org. */
	boolean canManage(Actor actor, long examId);

	/** The exams set for an audience of another module (a contest round, a course). */
	List<ExamView> examsFor(Audience audience, long audienceRef);

	/** Each candidate's result of an exam whose results are final; empty before. */
	List<CandidateResult> finalResults(long examId);

}
