package cn.jiangxin.exam.internal.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamResultsFinalised;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * An exam's results and the end of its life: each candidate's best graded attempt with
 * subtotals by knowledge area, the leaderboard of an open quiz (by score, then the time
 * taken), closing (by its organiser before the window ends, or by the sweep once it has
 * ended and every attempt is in), and finalising, after which nothing it decided changes
 * and the module it was set for (a contest round) takes its results over.
 */
@Service
public class ExamResults {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ExamService exams;

	private final ExamStore examStore;

	private final AttemptStore attempts;

	private final Sittings sittings;

	private final QuestionVersions versions;

	private final ResultsStore store;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final KeptValues<Long, List<Attempt>> graded;

	ExamResults(ExamService exams, ExamStore examStore, AttemptStore attempts, Sittings sittings,
			QuestionVersions versions, ResultsStore store, ApplicationEventPublisher events, AuditLog audit,
			DataVersion dataVersion, Clock clock) {
		this.exams = exams;
		this.examStore = examStore;
		this.attempts = attempts;
		this.sittings = sittings;
		this.versions = versions;
		this.store = store;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.graded = new KeptValues<>(dataVersion, 200, Duration.ofMinutes(1));
	}

	// --- Standings
	// -------------------------------------------------------------------------

	/**
	 * Every candidate of the exam (those named, and anyone who sat an open quiz) with
	 * their best graded attempt, best first, then those still sitting or waiting for
	 * marks, then those who never started; subtotals by area are left out here (see
	 * {@link #withAreas}).
	 */
	public List<CandidateResultView> standings(Exam exam) {
		Map<Long, List<Attempt>> byMember = new LinkedHashMap<>();
		for (ExamStore.Candidate c : examStore.candidates(exam.id())) {
			byMember.put(c.memberId(), new ArrayList<>());
		}
		for (Attempt a : all(exam.id())) {
			byMember.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(a);
		}
		Map<Long, String> tickets = new HashMap<>();
		examStore.candidates(exam.id()).forEach(c -> tickets.put(c.memberId(), c.ticketNo()));
		List<CandidateResultView> rows = new ArrayList<>();
		byMember.forEach((member, list) -> rows.add(standing(member, tickets.get(member), list)));
		rows.sort(ORDER);
		return rows;
	}

	/** The standing of one member, from their attempts. */
	public CandidateResultView standing(Exam exam, long memberId) {
		String ticket = examStore.candidate(exam.id(), memberId).map(ExamStore.Candidate::ticketNo).orElse(null);
		return withAreas(List.of(standing(memberId, ticket, attempts.of(exam.id(), memberId)))).get(0);
	}

	private static CandidateResultView standing(long memberId, String ticket, List<Attempt> list) {
		Attempt best = best(list);
		boolean inProgress = list.stream().anyMatch(Attempt::inProgress);
		boolean awaiting = list.stream().anyMatch(a -> a.status() == AttemptStatus.SUBMITTED);
		return new CandidateResultView(memberId, ticket, list.size(), best == null ? null : best.id(),
				best == null ? null : best.score(), best == null ? null : best.passed(),
				best == null ? null : best.timeUsed(), List.of(), inProgress, awaiting);
	}

	/** The graded attempt with the highest score, the quicker of two equal ones. */
	static Attempt best(List<Attempt> list) {
		return list.stream()
			.filter(a -> a.status() == AttemptStatus.GRADED && a.score() != null)
			.min(Comparator.comparing(Attempt::score, Comparator.reverseOrder())
				.thenComparing(Attempt::timeUsed)
				.thenComparing(Attempt::submittedAt))
			.orElse(null);
	}

	private static final Comparator<CandidateResultView> ORDER = Comparator
		.comparing((CandidateResultView r) -> r.score() == null ? 1 : 0)
		.thenComparing(r -> r.score() == null ? BigDecimal.ZERO : r.score(), Comparator.reverseOrder())
		.thenComparing(r -> r.timeUsed() == null ? Duration.ZERO : r.timeUsed())
		.thenComparing(r -> r.absent() ? 1 : 0)
		.thenComparing(r -> r.ticketNo() == null ? "" : r.ticketNo())
		.thenComparingLong(CandidateResultView::memberId);

	/**
	 * The standings given, each with its best attempt's subtotals by top-level knowledge
	 * area.
	 */
	public List<CandidateResultView> withAreas(List<CandidateResultView> rows) {
		List<Long> ids = rows.stream().map(CandidateResultView::bestAttemptId).filter(id -> id != null).toList();
		Map<Long, List<AttemptItem>> items = attempts.items(ids);
		List<CandidateResultView> out = new ArrayList<>();
		for (CandidateResultView r : rows) {
			List<CandidateResultView.AreaScore> areas = r.bestAttemptId() == null ? List.of()
					: areas(items.getOrDefault(r.bestAttemptId(), List.of()));
			out.add(new CandidateResultView(r.memberId(), r.ticketNo(), r.attempts(), r.bestAttemptId(), r.score(),
					r.passed(), r.timeUsed(), areas, r.inProgress(), r.awaitingMarks()));
		}
		return out;
	}

	/**
	 * What a paper earned in each top-level knowledge area, in the paper's order of
	 * areas.
	 */
	public List<CandidateResultView.AreaScore> areas(List<AttemptItem> items) {
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
		for (AttemptItem item : items) {
			String area = topArea(byVersion.get(item.versionId()).areaPath());
			BigDecimal[] sum = sums.computeIfAbsent(area, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(item.score() == null ? BigDecimal.ZERO : item.score());
			sum[1] = sum[1].add(item.points());
		}
		List<CandidateResultView.AreaScore> areas = new ArrayList<>();
		sums.forEach((area, sum) -> areas.add(new CandidateResultView.AreaScore(area, sum[0], sum[1])));
		return areas;
	}

	/** The top-level area of an area path ("工业机器人基础理论/机械结构" → "工业机器人基础理论"). */
	public static String topArea(String path) {
		int cut = path.indexOf('/');
		return cut < 0 ? path : path.substring(0, cut);
	}

	private List<Attempt> all(long examId) {
		return graded.get(examId, attempts::ofExam);
	}

	/** Each member's latest attempt at the exam, by member. */
	public Map<Long, Attempt> latestAttempts(long examId) {
		Map<Long, Attempt> latest = new LinkedHashMap<>();
		for (Attempt a : all(examId)) {
			latest.merge(a.memberId(), a, (x, y) -> x.number() >= y.number() ? x : y);
		}
		return latest;
	}

	/**
	 * A candidate's result of an exam whose results are final, out of the paper and of
	 * 100.
	 */
	public List<CandidateResult> finalResults(long examId) {
		Exam exam = exams.exam(examId);
		if (exam.status() != ExamStatus.FINAL) {
			return List.of();
		}
		return results(exam);
	}

	private List<CandidateResult> results(Exam exam) {
		List<CandidateResult> results = new ArrayList<>();
		Map<Long, List<Attempt>> byMember = new LinkedHashMap<>();
		attempts.ofExam(exam.id()).forEach(a -> byMember.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(a));
		byMember.forEach((member, list) -> {
			Attempt best = best(list);
			if (best != null) {
				results.add(new CandidateResult(member, best.score(), outOf100(best.score(), exam.maxScore()),
						Boolean.TRUE.equals(best.passed())));
			}
		});
		return results;
	}

	/** A score as a share of 100 of the paper's full marks. */
	public static BigDecimal outOf100(BigDecimal score, BigDecimal max) {
		if (score == null || max == null || max.signum() == 0) {
			return null;
		}
		return score.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
	}

	// --- The leaderboard of an open quiz
	// ------------------------------------------------------------

	/** A place on the leaderboard: rank, who, their best score and the time it took. */
	public record Place(int rank, long memberId, BigDecimal score, Duration timeUsed, Instant submittedAt) {
	}

	/**
	 * The best {@code limit} by score, then by the time taken, then by who handed in
	 * first.
	 */
	public List<Place> leaderboard(Exam exam, int limit) {
		Map<Long, List<Attempt>> byMember = new LinkedHashMap<>();
		all(exam.id()).forEach(a -> byMember.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(a));
		List<Attempt> bests = new ArrayList<>();
		byMember.values().forEach(list -> {
			Attempt best = best(list);
			if (best != null) {
				bests.add(best);
			}
		});
		bests.sort(Comparator.comparing(Attempt::score, Comparator.reverseOrder())
			.thenComparing(Attempt::timeUsed)
			.thenComparing(Attempt::submittedAt));
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, bests.size()); i++) {
			Attempt a = bests.get(i);
			boolean tied = i > 0 && places.get(i - 1).score().compareTo(a.score()) == 0
					&& places.get(i - 1).timeUsed().equals(a.timeUsed());
			places.add(new Place(tied ? places.get(i - 1).rank() : i + 1, a.memberId(), a.score(), a.timeUsed(),
					a.submittedAt()));
		}
		return places;
	}

	// --- Closing and finalising
	// -------------------------------------------------------------

	/**
	 * Closes a published exam before its window ends, as its organiser: the window ends
	 * now, and attempts still open are handed in with what was saved.
	 */
	@Transactional
	public void close(Actor actor, long examId) {
		Exam exam = exams.organised(actor, examId);
		if (exam.status() != ExamStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("exam.notPublished");
		}
		Instant now = Instant.now(clock);
		for (long attempt : attempts.inProgress(examId)) {
			sittings.handInOnClose(attempt, "考试结束");
		}
		examStore.closeWindow(examId, now);
		if (!examStore.move(examId, ExamStatus.PUBLISHED, ExamStatus.CLOSED, now)) {
			throw BusinessRuleException.conflict("exam.notPublished");
		}
		audit.record("exam", examId, exam.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "PUBLISHED"),
				Map.of("status", "CLOSED", "early", now.isBefore(exam.closesAt())));
	}

	/**
	 * Closes a published exam whose window is over once no attempt may take answers any
	 * more (extra time may keep one open past the window); for the sweep.
	 */
	@Transactional
	public boolean closeIfOver(long examId) {
		Exam exam = exams.exam(examId);
		Instant now = Instant.now(clock);
		if (exam.status() != ExamStatus.PUBLISHED || now.isBefore(exam.closesAt()) || attempts.runningAfter(examId, now)
				|| !attempts.inProgress(examId).isEmpty()) {
			return false;
		}
		if (!examStore.move(examId, ExamStatus.PUBLISHED, ExamStatus.CLOSED, now)) {
			return false;
		}
		audit.recordAs(0L, "system", "exam", examId, exam.orgId(), AuditAction.STATE_CHANGE,
				Map.of("status", "PUBLISHED"), Map.of("status", "CLOSED"));
		return true;
	}

	/** Published exams whose window is over, for the sweep. */
	public List<Long> endedExams() {
		return store.publishedEnded(Instant.now(clock));
	}

	/**
	 * Confirms a closed exam's results, every attempt graded, as its organiser: from now
	 * on nothing it decided changes, and the module it was set for takes the results.
	 */
	@Transactional
	public List<CandidateResult> finalise(Actor actor, long examId) {
		Exam exam = exams.organised(actor, examId);
		if (exam.status() == ExamStatus.FINAL) {
			throw BusinessRuleException.conflict("exam.final");
		}
		if (exam.status() != ExamStatus.CLOSED) {
			throw BusinessRuleException.conflict("exam.notClosed");
		}
		long waiting = store.awaitingMarks(examId);
		if (waiting > 0) {
			throw BusinessRuleException.conflict("exam.marksMissing", waiting);
		}
		Instant now = Instant.now(clock);
		if (!examStore.move(examId, ExamStatus.CLOSED, ExamStatus.FINAL, now)) {
			throw BusinessRuleException.conflict("exam.notClosed");
		}
		List<CandidateResult> results = results(exam);
		audit.record("exam", examId, exam.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "CLOSED"),
				Map.of("status", "FINAL", "results", results.size()));
		events.publishEvent(
				new ExamResultsFinalised(examId, exam.audience(), exam.audienceRef(), exam.maxScore(), results));
		return results;
	}

	/** How many attempts of an exam are in each state, and its named candidates. */
	public ExamCounts counts(long examId) {
		return store.counts(examId);
	}

	/** The members among these who have an attempt at the exam. */
	public Set<Long> sat(long examId, Collection<Long> members) {
		Set<Long> sat = new LinkedHashSet<>();
		Set<Long> wanted = Set.copyOf(members);
		attempts.ofExam(examId).forEach(a -> {
			if (wanted.contains(a.memberId())) {
				sat.add(a.memberId());
			}
		});
		return sat;
	}

}
