package cn.jiangxin.exam.internal.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.paper.PaperDraw;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * The grading of short answers (阅卷), question by question and blind: a grader claims the
 * next answer that needs a mark from them (the claim keeps every other grader off that
 * answer's marking until it is marked, released or left past its time), marks it within
 * the question's points, and the answer's final score follows from its marks by the
 * exam's {@link MarkingRule}; an attempt whose every short answer has its final score
 * gets its total. Nothing is marked once the exam's results are final.
 */
@Service
public class Grading {

	private final GradingStore store;

	private final ExamService exams;

	private final AttemptStore attempts;

	private final QuestionVersions versions;

	private final Sittings sittings;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration claimTime;

	Grading(GradingStore store, ExamService exams, AttemptStore attempts, QuestionVersions versions, Sittings sittings,
			AuditLog audit, Clock clock, @Value("${jiangxin.exam.claim-time:PT30M}") Duration claimTime) {
		this.store = store;
		this.exams = exams;
		this.attempts = attempts;
		this.versions = versions;
		this.sittings = sittings;
		this.audit = audit;
		this.clock = clock;
		this.claimTime = claimTime;
	}

	/** One question's place in a grader's queue. */
	public record QueueRow(long questionId, String stem, BigDecimal points, long answers, long done, long remaining,
			long mine) {
	}

	/**
	 * The questions of an exam answered in words, each with how far its marking has come.
	 */
	public List<QueueRow> queue(Actor actor, long examId) {
		exams.staffed(actor, examId, StaffDuty.GRADER);
		List<long[]> questions = store.shortQuestions(examId);
		Map<Long, QuestionView> byVersion = versions.get(questions.stream().map(q -> q[1]).toList());
		List<QueueRow> rows = new ArrayList<>();
		List<GradingStore.Progress> progress = store.progress(examId, questions.stream().map(q -> q[0]).toList(),
				actor.accountId());
		for (int i = 0; i < questions.size(); i++) {
			QuestionView q = byVersion.get(questions.get(i)[1]);
			GradingStore.Progress p = progress.get(i);
			rows.add(
					new QueueRow(p.questionId(), q.stem(), q.points(), p.answers(), p.done(), p.remaining(), p.mine()));
		}
		return rows;
	}

	/** The grader's latest marks of an exam (and claims not yet marked), newest first. */
	public List<Mark> recent(Actor actor, long examId) {
		exams.staffed(actor, examId, StaffDuty.GRADER);
		return store.byGrader(examId, actor.accountId(), 20);
	}

	/**
	 * Claims the next answer of a question that needs a mark from this grader (or hands
	 * back the one they hold already); empty when none is left for them.
	 */
	@Transactional
	public Optional<MarkTask> claim(Actor actor, long examId, long questionId) {
		Exam exam = open(actor, examId);
		long grader = actor.accountId();
		Instant now = Instant.now(clock);
		List<Mark> held = store.openClaims(examId, questionId, grader);
		if (!held.isEmpty()) {
			// An answer claimed before and not yet marked stays theirs until another
			// grader takes it over
			return Optional.of(task(exam, held.get(0)));
		}
		for (long attemptId : store.openAnswers(examId, questionId, grader, 50)) {
			List<Mark> marks = store.marks(attemptId, questionId);
			if (marks.stream().anyMatch(m -> !m.marked() && m.holdsAt(now))) {
				continue;
			}
			List<BigDecimal> given = marks.stream().filter(Mark::marked).map(Mark::score).toList();
			Optional<Integer> slot = MarkingRule.nextSlot(exam.doubleMarking(), exam.markingTolerance(), given);
			if (slot.isEmpty()) {
				continue;
			}
			Optional<Mark> stale = marks.stream().filter(m -> m.slot() == slot.get() && !m.marked()).findFirst();
			boolean taken = stale.isPresent() ? store.takeOver(stale.get().id(), grader, now, now.plus(claimTime))
					: store.claim(attemptId, questionId, slot.get(), grader, now, now.plus(claimTime));
			if (taken) {
				return Optional.of(task(exam, store.find(attemptId, questionId, slot.get()).orElseThrow()));
			}
		}
		return Optional.empty();
	}

	/** A mark the grader holds or gave, as they see it. */
	public MarkTask task(Actor actor, long markId) {
		Mark mark = store.find(markId).orElseThrow(() -> new NotFoundException("mark", markId));
		Attempt attempt = attempts.find(mark.attemptId()).orElseThrow();
		Exam exam = exams.staffed(actor, attempt.examId(), StaffDuty.GRADER);
		if (mark.graderId() != actor.accountId()) {
			throw new NotFoundException("mark", markId);
		}
		return task(exam, mark);
	}

	private MarkTask task(Exam exam, Mark mark) {
		AttemptItem item = attempts.items(mark.attemptId())
			.stream()
			.filter(i -> i.questionId() == mark.questionId())
			.findFirst()
			.orElseThrow();
		QuestionView q = versions.get(item.versionId());
		String code = Long.toHexString(PaperDraw.seed(exam.seed(), mark.attemptId(), (int) mark.questionId()))
			.toUpperCase();
		return new MarkTask(mark.id(), exam.id(), mark.questionId(), q.stem(), q.referenceAnswer(), item.points(),
				item.answer(), code.substring(Math.max(0, code.length() - 6)), mark.slot(), mark.expiresAt(),
				mark.score(), mark.comment(), mark.marked());
	}

	/**
	 * Marks a claimed answer: once, within the question's points in steps of half a
	 * point; gives the answer its final score when its marks are complete.
	 */
	@Transactional
	public MarkTask mark(Actor actor, long markId, BigDecimal score, String comment) {
		Mark mark = store.lock(markId).orElseThrow(() -> new NotFoundException("mark", markId));
		Attempt attempt = attempts.find(mark.attemptId()).orElseThrow();
		Exam exam = open(actor, attempt.examId());
		if (mark.graderId() != actor.accountId()) {
			throw BusinessRuleException.conflict("exam.grading.claimLost");
		}
		if (mark.marked()) {
			throw BusinessRuleException.conflict("exam.grading.marked");
		}
		if (attempt.status() != AttemptStatus.SUBMITTED) {
			throw BusinessRuleException.conflict("exam.grading.attemptDone");
		}
		AttemptItem item = attempts.items(mark.attemptId())
			.stream()
			.filter(i -> i.questionId() == mark.questionId())
			.findFirst()
			.orElseThrow();
		if (score == null || score.signum() < 0 || score.compareTo(item.points()) > 0
				|| score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			throw BusinessRuleException.invalid("score", "exam.grading.scoreRange", item.points());
		}
		if (comment != null && comment.length() > 1000) {
			throw BusinessRuleException.invalid("comment", "exam.grading.commentTooLong", 1000);
		}
		Instant now = Instant.now(clock);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		store.mark(markId, score, note, now);
		audit.record("gradingMark", markId, attempt.orgId(), AuditAction.UPDATE, null, Map.of("attempt", attempt.id(),
				"question", mark.questionId(), "slot", mark.slot(), "score", score.toPlainString()));
		List<BigDecimal> given = store.marks(mark.attemptId(), mark.questionId())
			.stream()
			.filter(Mark::marked)
			.map(Mark::score)
			.toList();
		MarkingRule.finalScore(exam.doubleMarking(), exam.markingTolerance(), given).ifPresent(finalScore -> {
			store.finalScore(mark.attemptId(), mark.questionId(), finalScore);
			sittings.completeIfMarked(mark.attemptId());
		});
		return task(exam, store.find(markId).orElseThrow());
	}

	/** Gives a claimed answer back unmarked, for another grader. */
	@Transactional
	public void release(Actor actor, long markId) {
		Mark mark = store.find(markId).orElseThrow(() -> new NotFoundException("mark", markId));
		Attempt attempt = attempts.find(mark.attemptId()).orElseThrow();
		open(actor, attempt.examId());
		if (mark.graderId() != actor.accountId() || !store.release(markId, actor.accountId())) {
			throw BusinessRuleException.conflict("exam.grading.notHeld");
		}
	}

	/** An exam the actor grades, whose results are not final yet. */
	private Exam open(Actor actor, long examId) {
		Exam exam = exams.staffed(actor, examId, StaffDuty.GRADER);
		if (exam.status() == ExamStatus.FINAL) {
			throw BusinessRuleException.conflict("exam.final");
		}
		if (exam.status() == ExamStatus.DRAFT) {
			throw new OutOfScopeException("exam " + examId);
		}
		return exam;
	}

}
