package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.results.CandidateResultView;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.AnswerCodec;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.exam.internal.sitting.SubmittedBy;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;

/**
 * Exams as a candidate sees them: their own exams with whether they may start, and an
 * attempt with its score once it is shown (at once if the exam says so, else when the
 * results are final) and, where the exam allows it, the paper with the keys once the exam
 * is over; an invigilator sees the score and the log too.
 */
@Component
class CandidateViews {

	private final ExamService exams;

	private final ExamStore store;

	private final Sittings sittings;

	private final AttemptStore attempts;

	private final ExamResults results;

	private final QuestionVersions versions;

	private final ExamViews views;

	private final MemberApi members;

	private final OrgScope scope;

	private final Clock clock;

	CandidateViews(ExamService exams, ExamStore store, Sittings sittings, AttemptStore attempts, ExamResults results,
			QuestionVersions versions, ExamViews views, MemberApi members, OrgScope scope, Clock clock) {
		this.exams = exams;
		this.store = store;
		this.sittings = sittings;
		this.attempts = attempts;
		this.results = results;
		this.versions = versions;
		this.views = views;
		this.members = members;
		this.scope = scope;
		this.clock = clock;
	}

	/** One of a candidate's attempts in a list: its score only once shown. */
	record AttemptSummary(long id, int number, AttemptStatus status, Instant startedAt, Instant deadline,
			Instant submittedAt, BigDecimal score, Boolean passed) {
	}

	/**
	 * An exam of the member's: their attempts, whether they may start (or go on), what
	 * keeps them if not, their ticket, and whether a leaderboard is shown.
	 */
	record MyExam(ExamView exam, List<AttemptSummary> attempts, boolean canStart, boolean inProgress, String blocker,
			String ticketNo, String seat, boolean leaderboard) {
	}

	List<MyExam> myExams(Actor actor) {
		long memberId = actor.memberId();
		MemberView member = members.find(memberId).orElse(null);
		Map<Long, Exam> mine = new LinkedHashMap<>();
		store.namingCandidate(memberId).forEach(e -> mine.put(e.id(), e));
		if (member != null && member.status().isActive()) {
			store.openQuizzes(200)
				.stream()
				.filter(e -> e.audienceRef() != null && scope.within(e.audienceRef(), member.orgId()))
				.forEach(e -> mine.putIfAbsent(e.id(), e));
		}
		attempts.ofMember(memberId, 200).forEach(a -> mine.computeIfAbsent(a.examId(), exams::exam));
		List<MyExam> list = new ArrayList<>();
		for (Exam exam : mine.values()) {
			list.add(myExam(exam, memberId));
		}
		list.sort((a, b) -> b.exam().opensAt().compareTo(a.exam().opensAt()));
		return list;
	}

	MyExam myExam(Exam exam, long memberId) {
		List<Attempt> list = attempts.of(exam.id(), memberId);
		Instant now = Instant.now(clock);
		boolean inProgress = list.stream().anyMatch(a -> a.openAt(now));
		String blocker = null;
		if (!inProgress) {
			if (exam.status() == ExamStatus.PUBLISHED && now.isBefore(exam.opensAt())) {
				blocker = "exam.notYetOpen";
			}
			else if (!exam.openAt(now)) {
				blocker = "exam.over";
			}
			else if (list.size() >= exam.attemptsAllowed()) {
				blocker = "exam.attempts.used";
			}
			else if (!exams.eligible(exam, memberId)) {
				blocker = "exam.notEligible";
			}
		}
		var ticket = store.candidate(exam.id(), memberId);
		return new MyExam(views.view(exam), list.stream()
			.map(a -> new AttemptSummary(a.id(), a.number(), a.status(), a.startedAt(), a.deadline(), a.submittedAt(),
					scoreShown(exam, a) ? a.score() : null, scoreShown(exam, a) ? a.passed() : null))
			.toList(), inProgress || blocker == null, inProgress, blocker,
				ticket.map(ExamStore.Candidate::ticketNo).orElse(null),
				ticket.map(ExamStore.Candidate::seat).orElse(null), ExamViews.hasLeaderboard(exam));
	}

	/**
	 * A question of a reviewed paper: what it asked, what was answered, the key, the
	 * score.
	 */
	record ReviewItem(int position, QuestionType type, String stem, String stemImage,
			List<CandidatePaper.Option> options, List<String> answer, List<String> correct, String key,
			String explanation, BigDecimal score, BigDecimal points) {
	}

	/**
	 * An attempt as its candidate or an invigilator sees it: its score once shown, its
	 * subtotals by area, the reviewed paper where allowed, and (for the invigilator) its
	 * log.
	 */
	record AttemptResult(long attemptId, long examId, String title, int number, AttemptStatus status, Instant startedAt,
			Instant deadline, int extraMinutes, Instant submittedAt, SubmittedBy submittedBy, boolean scoreShown,
			BigDecimal score, BigDecimal maxScore, BigDecimal passMark, Boolean passed,
			List<CandidateResultView.AreaScore> areas, List<ReviewItem> review, List<AttemptStore.Event> events,
			long memberId, String candidate) {
	}

	AttemptResult result(Actor actor, long attemptId) {
		Attempt attempt = sittings.attempt(actor, attemptId);
		Exam exam = exams.exam(attempt.examId());
		boolean own = actor.memberId() != null && actor.memberId() == attempt.memberId();
		boolean staff = !own || exams.hasDuty(actor, exam, StaffDuty.INVIGILATOR);
		boolean shown = staff || scoreShown(exam, attempt);
		List<AttemptItem> items = attempts.items(attemptId);
		boolean review = !attempt.inProgress() && (staff
				|| (exam.reviewAllowed() && (exam.status() == ExamStatus.CLOSED || exam.status() == ExamStatus.FINAL)));
		String name = staff ? members.find(attempt.memberId()).map(MemberView::name).orElse("") : null;
		return new AttemptResult(attempt.id(), exam.id(), exam.title(), attempt.number(), attempt.status(),
				attempt.startedAt(), attempt.deadline(), attempt.extraMinutes(), attempt.submittedAt(),
				attempt.submittedBy(), shown, shown ? attempt.score() : null, exam.maxScore(), exam.passMark(),
				shown ? attempt.passed() : null, shown && !attempt.inProgress() ? results.areas(items) : List.of(),
				review ? review(items) : List.of(), staff ? attempts.events(attemptId) : List.of(), attempt.memberId(),
				name);
	}

	private List<ReviewItem> review(List<AttemptItem> items) {
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		List<ReviewItem> review = new ArrayList<>();
		for (AttemptItem item : items) {
			QuestionView q = byVersion.get(item.versionId());
			review.add(new ReviewItem(item.position(), q.type(), q.stem(), q.stemImage(),
					Sittings.options(q, item.optionOrder()), AnswerCodec.decode(q.type(), item.answer()),
					q.type().choice() ? q.answers() : List.of(), q.answerText(), q.explanation(), item.score(),
					item.points()));
		}
		return review;
	}

	/**
	 * Whether a candidate sees their attempt's score: graded, and shown at once or final.
	 */
	static boolean scoreShown(Exam exam, Attempt attempt) {
		return attempt.status() == AttemptStatus.GRADED && (exam.resultsAtOnce() || exam.status() == ExamStatus.FINAL);
	}

}
