package cn.jiangxin.exam.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamApi;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.shared.Actor;

/**
 * What other modules ask of exams: an exam as they may show it, who organises it, the
 * exams set for one of their audiences, and final results.
 */
@Service
class ExamFacade implements ExamApi {

	private final ExamService exams;

	private final ExamStore store;

	private final ExamResults results;

	ExamFacade(ExamService exams, ExamStore store, ExamResults results) {
		this.exams = exams;
		this.store = store;
		this.results = results;
	}

	@Override
	public Optional<ExamView> find(long examId) {
		return store.find(examId).map(this::view);
	}

	@Override
	public boolean canManage(Actor actor, long examId) {
		return store.find(examId).map(exam -> exams.organises(actor, exam)).orElse(false);
	}

	@Override
	public List<ExamView> examsFor(Audience audience, long audienceRef) {
		return store.forAudience(audience, audienceRef).stream().map(this::view).toList();
	}

	@Override
	public List<CandidateResult> finalResults(long examId) {
		return results.finalResults(examId);
	}

	private ExamView view(Exam exam) {
		return exam.view(exams.orgName(exam.orgId()), exams.audienceLabel(exam));
	}

}
