package cn.jiangxin.exam.internal.sitting;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.OptionView;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.paper.DrawnItem;
import cn.jiangxin.exam.internal.paper.PaperDraw;
import cn.jiangxin.exam.internal.paper.PoolQuestion;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * A candidate's sitting of an exam, by the server's clock: starting draws their own paper
 * and fixes the deadline (the window's end or the start plus the duration, whichever is
 * first); starting again resumes it, on the same device or, taking it over, on another
 * (the device that held it is refused from then on); every answer is saved as it is
 * given, the later of two by the client's sequence number, none after the deadline; the
 * page's reports (focus lost, hidden, offline) and a new address go to the invigilator's
 * log; an invigilator may add time; handing in grades the objective questions at once.
 */
@Service
public class Sittings {

	/** The most events one attempt's page may add to its log. */
	static final int MAX_REPORTS = 500;

	/** The most extra minutes one attempt may be given in all. */
	static final int MAX_EXTRA_MINUTES = 240;

	private static final SecureRandom DEVICES = new SecureRandom();

	private final AttemptStore store;

	private final ExamService exams;

	private final ExamStore examStore;

	private final QuestionVersions versions;

	private final Grades grades;

	private final MemberApi members;

	private final AuditLog audit;

	private final Clock clock;

	/** What a published exam's papers are drawn from, which does not change any more. */
	private final Cache<Long, Plan> plans = Caffeine.newBuilder().maximumSize(200).build();

	/**
	 * Whose each attempt is and which version of each question its paper holds, which
	 * never change.
	 */
	private final Cache<Long, AttemptStore.Paper> papers = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	Sittings(AttemptStore store, ExamService exams, ExamStore examStore, QuestionVersions versions, Grades grades,
			MemberApi members, AuditLog audit, Clock clock) {
		this.store = store;
		this.exams = exams;
		this.examStore = examStore;
		this.versions = versions;
		this.grades = grades;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	// --- Starting and resuming
	// -------------------------------------------------------------

	/**
	 * Starts the member's next attempt, or resumes the one in progress: on the device
	 * that holds it, or on another, which takes it over. {@code device} is the token the
	 * page kept from its last start (null on a new device).
	 */
	@Transactional
	public CandidatePaper start(Actor actor, long examId, String device, String ip) {
		long memberId = member(actor);
		Exam exam = exams.exam(examId);
		MemberView member = members.find(memberId).orElseThrow(() -> new OutOfScopeException("member " + memberId));
		if (exam.status() == ExamStatus.DRAFT || !exams.eligible(exam, member)) {
			throw new OutOfScopeException("exam " + examId);
		}
		Instant now = Instant.now(clock);
		List<Attempt> attempts = store.of(examId, memberId);
		Optional<Attempt> open = attempts.stream().filter(Attempt::inProgress).findFirst();
		if (open.isPresent() && !open.get().openAt(now)) {
			// Overdue: handed in with what was saved, unless another request did so since
			Attempt overdue = store.lock(open.get().id()).orElseThrow();
			if (overdue.inProgress()) {
				submit(overdue, null, now, SubmittedBy.SWEEP);
			}
			open = Optional.empty();
		}
		if (open.isPresent()) {
			return resume(store.lock(open.get().id()).orElseThrow(), exam, device, ip, now);
		}
		if (!exam.openAt(now)) {
			throw BusinessRuleException.conflict(now.isBefore(exam.opensAt()) ? "exam.notYetOpen" : "exam.over");
		}
		if (attempts.size() >= exam.attemptsAllowed()) {
			throw BusinessRuleException.conflict("exam.attempts.used", exam.attemptsAllowed());
		}
		int number = attempts.size() + 1;
		long seed = PaperDraw.seed(exam.seed(), memberId, number);
		String holder = device != null ? device : newDevice();
		Optional<Long> id = store.insert(examId, memberId, member.orgId(), number, seed, now, exam.deadlineFrom(now),
				holder, ip);
		if (id.isEmpty()) {
			// Another request of the same member started it a moment ago: resume theirs
			Attempt started = store.of(examId, memberId)
				.stream()
				.filter(Attempt::inProgress)
				.findFirst()
				.orElseThrow(() -> BusinessRuleException.conflict("exam.attempts.used", exam.attemptsAllowed()));
			return resume(store.lock(started.id()).orElseThrow(), exam, device, ip, now);
		}
		List<DrawnItem> drawn = draw(exam, seed);
		store.insertItems(id.get(), drawn);
		List<AttemptItem> items = new ArrayList<>(drawn.size());
		Map<Long, Long> paper = new LinkedHashMap<>();
		for (DrawnItem d : drawn) {
			items.add(new AttemptItem(id.get(), d.questionId(), items.size() + 1, d.versionId(), d.rowPosition(),
					d.slot(), d.points(), d.optionOrder(), null, 0, null, null));
			paper.put(d.questionId(), d.versionId());
		}
		// The first save of each of a crowd's papers need not read it back
		papers.put(id.get(), AttemptStore.Paper.of(memberId, paper));
		store.event(id.get(), EventKind.START, now, ip, null);
		audit.record("examAttempt", id.get(), member.orgId(), AuditAction.CREATE, null,
				Map.of("exam", examId, "number", number, "questions", drawn.size()));
		return paper(exam, store.find(id.get()).orElseThrow(), items, holder, false, false, now);
	}

	private CandidatePaper resume(Attempt attempt, Exam exam, String device, String ip, Instant now) {
		boolean sameDevice = device != null && device.equals(attempt.device());
		String holder = attempt.device();
		if (sameDevice) {
			store.event(attempt.id(), EventKind.RESUME, now, ip, null);
		}
		else {
			holder = newDevice();
			store.moveDevice(attempt.id(), holder);
			store.event(attempt.id(), EventKind.TAKEOVER, now, ip,
					"device " + shortDevice(attempt.device()) + " → " + shortDevice(holder));
			audit.record("examAttempt", attempt.id(), attempt.orgId(), AuditAction.UPDATE,
					Map.of("device", shortDevice(attempt.device())), Map.of("device", shortDevice(holder)));
		}
		noteAddress(attempt, ip, now);
		return paper(exam, attempt, holder, !sameDevice, true, now);
	}

	/** A draw of the exam's paper from a seed, as a candidate would get it. */
	List<DrawnItem> draw(Exam exam, long seed) {
		Plan plan = plan(exam);
		if (exam.paperKind() == PaperKind.BLUEPRINT) {
			return PaperDraw.blueprint(plan.rows(), plan.pools(), seed, exam.shuffleOptions());
		}
		return PaperDraw.fixed(plan.fixed(), seed, exam.shuffleQuestions(), exam.shuffleOptions());
	}

	/**
	 * A question of a preview with the version it is at (so that an organiser may see its
	 * key).
	 */
	public record Previewed(CandidatePaper.Item item, QuestionView version) {
	}

	/**
	 * A paper as a candidate would get it from this seed: for a draft exam drawn from the
	 * bank as it is now, for a published one from its fixed pools. Refused, naming the
	 * row, when the bank cannot fill the blueprint.
	 */
	public List<Previewed> preview(Exam exam, long seed) {
		List<DrawnItem> drawn;
		if (exam.paperKind() == PaperKind.BLUEPRINT) {
			List<BlueprintRow> rows = examStore.blueprint(exam.id());
			if (rows.isEmpty()) {
				throw BusinessRuleException.invalid("rows", "exam.paper.empty");
			}
			Map<Integer, List<PoolQuestion>> pools = exam.status() == ExamStatus.DRAFT ? exams.pools(exam, rows)
					: examStore.pool(exam.id());
			Map<Integer, Integer> missing = PaperDraw.shortfall(rows, pools);
			if (!missing.isEmpty()) {
				var first = missing.entrySet().iterator().next();
				throw BusinessRuleException.invalid("rows[" + (first.getKey() - 1) + "]", "exam.blueprint.short",
						first.getKey(), first.getValue());
			}
			drawn = PaperDraw.blueprint(rows, pools, seed, exam.shuffleOptions());
		}
		else {
			var fixed = examStore.fixed(exam.id());
			if (fixed.isEmpty()) {
				throw BusinessRuleException.invalid("questions", "exam.paper.empty");
			}
			drawn = PaperDraw.fixed(fixed.stream().map(f -> new PaperDraw.Fixed(f.question(), f.points())).toList(),
					seed, exam.shuffleQuestions(), exam.shuffleOptions());
		}
		Map<Long, QuestionView> byVersion = versions.get(drawn.stream().map(DrawnItem::versionId).toList());
		List<Previewed> items = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			DrawnItem d = drawn.get(i);
			QuestionView q = byVersion.get(d.versionId());
			items.add(new Previewed(new CandidatePaper.Item(d.questionId(), i + 1, q.type(), q.stem(), q.stemImage(),
					options(q, d.optionOrder()), q.blanks(), d.points(), List.of(), 0), q));
		}
		return items;
	}

	/**
	 * What a published exam's papers are drawn from: its blueprint and pools, or its
	 * fixed questions.
	 */
	private record Plan(List<BlueprintRow> rows, Map<Integer, List<PoolQuestion>> pools, List<PaperDraw.Fixed> fixed) {
	}

	private Plan plan(Exam exam) {
		return plans.get(exam.id(), id -> {
			if (exam.paperKind() == PaperKind.BLUEPRINT) {
				return new Plan(examStore.blueprint(id), examStore.pool(id), List.of());
			}
			return new Plan(List.of(), Map.of(),
					examStore.fixed(id).stream().map(f -> new PaperDraw.Fixed(f.question(), f.points())).toList());
		});
	}

	private CandidatePaper paper(Exam exam, Attempt attempt, String device, boolean takenOver, boolean resumed,
			Instant now) {
		return paper(exam, attempt, store.items(attempt.id()), device, takenOver, resumed, now);
	}

	private CandidatePaper paper(Exam exam, Attempt attempt, List<AttemptItem> items, String device, boolean takenOver,
			boolean resumed, Instant now) {
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		List<CandidatePaper.Item> shown = new ArrayList<>();
		for (AttemptItem item : items) {
			QuestionView q = byVersion.get(item.versionId());
			shown.add(new CandidatePaper.Item(item.questionId(), item.position(), q.type(), q.stem(), q.stemImage(),
					options(q, item.optionOrder()), q.blanks(), item.points(),
					AnswerCodec.decode(q.type(), item.answer()), item.answerSeq()));
		}
		return new CandidatePaper(attempt.id(), exam.id(), exam.title(), attempt.number(), attempt.status(),
				attempt.deadline(), now, attempt.secondsLeft(now), device, takenOver, resumed, exam.maxScore(), shown);
	}

	/**
	 * The options of a question in the order drawn for the candidate, lettered A, B, … as
	 * shown.
	 */
	public static List<CandidatePaper.Option> options(QuestionView q, String order) {
		if (!q.type().choice()) {
			return List.of();
		}
		Map<String, OptionView> byKey = new LinkedHashMap<>();
		q.options().forEach(o -> byKey.put(o.key(), o));
		String keys = order == null ? Answers.keysFor(q.options().size()) : order;
		List<CandidatePaper.Option> options = new ArrayList<>();
		for (int i = 0; i < keys.length(); i++) {
			OptionView o = byKey.get(String.valueOf(keys.charAt(i)));
			if (o != null) {
				options.add(new CandidatePaper.Option(o.key(), String.valueOf(Answers.KEYS.charAt(options.size())),
						o.text(), o.image()));
			}
		}
		return options;
	}

	// --- Saving answers
	// --------------------------------------------------------------------

	/**
	 * Saves one answer of the member's attempt, as given on the device that holds it,
	 * before the deadline; a save carrying a lower sequence number than the one kept is
	 * passed over (the later answer stands, whatever order they arrived in).
	 */
	public SaveOutcome save(Actor actor, long attemptId, long questionId, List<String> answer, long seq,
			String device) {
		long memberId = member(actor);
		if (seq < 1) {
			throw BusinessRuleException.invalid("seq", "exam.answer.seq");
		}
		AttemptStore.Paper paper = papers.get(attemptId, store::paperOf);
		if (paper == null || paper.memberId() != memberId) {
			throw new NotFoundException("examAttempt", attemptId);
		}
		Long versionId = paper.versionOf(questionId);
		if (versionId == null) {
			throw new NotFoundException("question", questionId);
		}
		Instant now = Instant.now(clock);
		String kept;
		try {
			kept = AnswerCodec.encode(versions.get(versionId), answer);
		}
		catch (BusinessRuleException malformed) {
			// A closed attempt says so before it says what is wrong with the answer
			requireOpen(store.find(attemptId).orElseThrow(), device, now);
			throw malformed;
		}
		// One statement in a transaction of its own (a crowd's saves are most of an
		// exam's writes); only when it was not saved is the attempt read, to say why
		Optional<Instant> deadline = store.saveAnswer(attemptId, memberId, device, questionId, kept, seq, now);
		if (deadline.isPresent()) {
			return new SaveOutcome(true, seq, now, deadline.get());
		}
		Attempt attempt = store.find(attemptId).orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		requireOpen(attempt, device, now);
		return new SaveOutcome(false, store.answerSeq(attemptId, questionId), now, attempt.deadline());
	}

	private static void requireOpen(Attempt attempt, String device, Instant now) {
		if (attempt.status() != AttemptStatus.IN_PROGRESS) {
			throw BusinessRuleException.conflict("exam.attempt.submitted");
		}
		if (!now.isBefore(attempt.deadline())) {
			throw BusinessRuleException.conflict("exam.attempt.timeUp");
		}
		if (device == null || !device.equals(attempt.device())) {
			throw BusinessRuleException.conflict("exam.attempt.takenOver");
		}
	}

	// --- What the page reports, and the clock it counts down by
	// ---------------------------------------------

	/**
	 * The state of an attempt as its page polls it: the server's time, the deadline, who
	 * holds it.
	 */
	public record Pulse(long attemptId, AttemptStatus status, Instant serverNow, Instant deadline, long secondsLeft,
			int extraMinutes, boolean held) {
	}

	/**
	 * Records what the page of the device holding the attempt reports (focus lost, page
	 * hidden, offline for a while; nothing for a plain heartbeat), notes a new address,
	 * and answers the attempt's clock.
	 */
	@Transactional
	public Pulse report(Actor actor, long attemptId, String device, EventKind kind, String detail, String ip) {
		long memberId = member(actor);
		if (kind != null && !EventKind.REPORTED.contains(kind)) {
			throw BusinessRuleException.invalid("kind", "exam.event.notReported");
		}
		Attempt attempt = store.lock(attemptId)
			.filter(a -> a.memberId() == memberId)
			.orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		Instant now = Instant.now(clock);
		boolean held = device != null && device.equals(attempt.device());
		if (attempt.inProgress() && held) {
			if (kind != null && store.eventCount(attemptId) < MAX_REPORTS) {
				store.event(attemptId, kind, now, ip, detail);
			}
			noteAddress(attempt, ip, now);
		}
		return new Pulse(attemptId, attempt.status(), now, attempt.deadline(), attempt.secondsLeft(now),
				attempt.extraMinutes(), held);
	}

	private void noteAddress(Attempt attempt, String ip, Instant now) {
		if (ip != null && !ip.equals(attempt.lastIp())) {
			if (attempt.lastIp() != null) {
				store.event(attempt.id(), EventKind.IP_CHANGED, now, ip, attempt.lastIp() + " → " + ip);
			}
			store.lastIp(attempt.id(), ip);
		}
	}

	// --- Handing in
	// ------------------------------------------------------------------------

	/**
	 * Hands the member's attempt in from the device that holds it; handing in again
	 * answers the attempt as it was handed in. After the deadline it counts as handed in
	 * by the sweep at the deadline.
	 */
	@Transactional
	public Attempt submit(Actor actor, long attemptId, String device) {
		long memberId = member(actor);
		Attempt attempt = store.lock(attemptId)
			.filter(a -> a.memberId() == memberId)
			.orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		if (!attempt.inProgress()) {
			return attempt;
		}
		if (device == null || !device.equals(attempt.device())) {
			throw BusinessRuleException.conflict("exam.attempt.takenOver");
		}
		Instant now = Instant.now(clock);
		return submit(attempt, null, now, now.isBefore(attempt.deadline()) ? SubmittedBy.CANDIDATE : SubmittedBy.SWEEP);
	}

	/**
	 * Collects an attempt (收卷) as the exam's invigilator or organiser, with what was
	 * saved.
	 */
	@Transactional
	public Attempt collect(Actor actor, long attemptId, String reason) {
		Attempt attempt = store.lock(attemptId).orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		Exam exam = exams.staffed(actor, attempt.examId(), StaffDuty.INVIGILATOR);
		requireReason(reason);
		if (exam.status() == ExamStatus.FINAL || !attempt.inProgress()) {
			throw BusinessRuleException.conflict("exam.attempt.submitted");
		}
		return submit(attempt, reason.strip(), Instant.now(clock), SubmittedBy.INVIGILATOR);
	}

	/**
	 * Hands an attempt in with what was saved, grades its objective questions, and (if it
	 * has no short answers) gives its score; the attempt's row is locked by the caller.
	 */
	Attempt submit(Attempt attempt, String reason, Instant now, SubmittedBy by) {
		Instant at = by == SubmittedBy.SWEEP && now.isAfter(attempt.deadline()) ? attempt.deadline() : now;
		Exam exam = exams.exam(attempt.examId());
		// Marked first: a save in flight finishes before, any later one is refused
		store.handIn(attempt.id());
		Grades.Graded graded = grades.objective(store.items(attempt.id()));
		store.score(attempt.id(), graded.scores());
		boolean complete = graded.ungraded() == 0;
		BigDecimal score = complete ? graded.total() : null;
		Boolean passed = complete ? score.compareTo(exam.passMark()) >= 0 : null;
		store.submit(attempt.id(), complete ? AttemptStatus.GRADED : AttemptStatus.SUBMITTED, score, passed, at, by);
		store.event(attempt.id(), EventKind.SUBMIT, now, null, by.name() + (reason == null ? "" : "：" + reason));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", complete ? "GRADED" : "SUBMITTED");
		after.put("by", by.name());
		if (score != null) {
			after.put("score", score.toPlainString());
		}
		if (reason != null) {
			after.put("reason", reason);
		}
		if (by == SubmittedBy.SWEEP) {
			audit.recordAs(0L, "system", "examAttempt", attempt.id(), attempt.orgId(), AuditAction.STATE_CHANGE,
					Map.of("status", "IN_PROGRESS"), after);
		}
		else {
			audit.record("examAttempt", attempt.id(), attempt.orgId(), AuditAction.STATE_CHANGE,
					Map.of("status", "IN_PROGRESS"), after);
		}
		return store.find(attempt.id()).orElseThrow();
	}

	/**
	 * Hands in the overdue attempt {@code attemptId} with what was saved, if it is still
	 * open; for the sweep, in a transaction of its own.
	 */
	@Transactional
	public boolean sweep(long attemptId) {
		Attempt attempt = store.lock(attemptId).orElse(null);
		Instant now = Instant.now(clock);
		if (attempt == null || !attempt.inProgress() || now.isBefore(attempt.deadline())) {
			return false;
		}
		submit(attempt, null, now, SubmittedBy.SWEEP);
		return true;
	}

	/**
	 * Hands in an attempt still open when its exam is closed early, with what was saved;
	 * in the caller's transaction.
	 */
	public void handInOnClose(long attemptId, String reason) {
		Attempt attempt = store.lock(attemptId).orElse(null);
		if (attempt != null && attempt.inProgress()) {
			submit(attempt, reason, Instant.now(clock), SubmittedBy.INVIGILATOR);
		}
	}

	/**
	 * Gives a handed-in attempt its full score and whether it passed, once every short
	 * answer has its final mark; in the caller's transaction.
	 */
	public void completeIfMarked(long attemptId) {
		Attempt attempt = store.lock(attemptId).orElse(null);
		if (attempt == null || attempt.status() != AttemptStatus.SUBMITTED) {
			return;
		}
		BigDecimal total = Grades.total(store.items(attemptId));
		if (total != null) {
			Exam exam = exams.exam(attempt.examId());
			store.graded(attemptId, total, total.compareTo(exam.passMark()) >= 0, Instant.now(clock));
		}
	}

	/** Overdue attempts the sweep hands in next. */
	public List<Long> overdue(int limit) {
		return store.overdue(Instant.now(clock), limit);
	}

	// --- Extra time
	// ------------------------------------------------------------------------

	/**
	 * Gives one candidate's attempt extra minutes (after a power cut, say), as the exam's
	 * invigilator or organiser; audited with the reason.
	 */
	@Transactional
	public Attempt extend(Actor actor, long attemptId, int minutes, String reason) {
		Attempt attempt = store.lock(attemptId).orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		Exam exam = exams.staffed(actor, attempt.examId(), StaffDuty.INVIGILATOR);
		requireReason(reason);
		if (minutes < 1 || minutes > 120) {
			throw BusinessRuleException.invalid("minutes", "exam.extra.range", 1, 120);
		}
		if (attempt.extraMinutes() + minutes > MAX_EXTRA_MINUTES) {
			throw BusinessRuleException.invalid("minutes", "exam.extra.total", MAX_EXTRA_MINUTES);
		}
		Instant now = Instant.now(clock);
		if (exam.status() != ExamStatus.PUBLISHED || !attempt.openAt(now)) {
			throw BusinessRuleException.conflict("exam.extra.notOpen");
		}
		Instant deadline = attempt.deadline().plusSeconds(minutes * 60L);
		store.extend(attemptId, minutes, deadline);
		store.event(attemptId, EventKind.EXTRA_TIME, now, null, "+" + minutes + " min：" + reason.strip());
		audit.record("examAttempt", attemptId, attempt.orgId(), AuditAction.UPDATE,
				Map.of("deadline", attempt.deadline().toString()),
				Map.of("deadline", deadline.toString(), "extraMinutes", minutes, "reason", reason.strip()));
		return store.find(attemptId).orElseThrow();
	}

	// --- Reading
	// ---------------------------------------------------------------------------

	/**
	 * An attempt the member sat, or one of an exam the actor organises or invigilates or
	 * grades.
	 */
	public Attempt attempt(Actor actor, long attemptId) {
		Attempt attempt = store.find(attemptId).orElseThrow(() -> new NotFoundException("examAttempt", attemptId));
		if (actor.memberId() != null && actor.memberId() == attempt.memberId()) {
			return attempt;
		}
		Exam exam = exams.exam(attempt.examId());
		if (!exams.hasDuty(actor, exam, StaffDuty.INVIGILATOR)) {
			throw new NotFoundException("examAttempt", attemptId);
		}
		return attempt;
	}

	/** The member's attempts at an exam, first first. */
	public List<Attempt> attempts(long examId, long memberId) {
		return store.of(examId, memberId);
	}

	private static long member(Actor actor) {
		if (actor.memberId() == null) {
			throw new OutOfScopeException("not a member");
		}
		return actor.memberId();
	}

	static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("reason", "exam.reasonRequired");
		}
		if (reason.length() > 200) {
			throw BusinessRuleException.invalid("reason", "exam.reasonTooLong", 200);
		}
	}

	/** A new device token: 128 random bits. */
	static String newDevice() {
		byte[] bytes = new byte[16];
		DEVICES.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String shortDevice(String device) {
		return device == null ? "-" : device.substring(0, Math.min(6, device.length()));
	}

}
