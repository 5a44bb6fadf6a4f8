package cn.jiangxin.exam.internal.setup;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamCandidates;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.AreaView;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.paper.PaperDraw;
import cn.jiangxin.exam.internal.paper.PoolQuestion;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.identity.AccountView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;

/**
 * Setting an exam up: who organises it (the admins whose subtree holds its union), who
 * sits it, its window and rules, its paper (a blueprint checked against the bank, or
 * fixed questions), and publishing it, which fixes the pool each candidate draws from and
 * the candidates with their admission tickets. Nothing of the setup changes after
 * publication.
 */
@Service
public class ExamService {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final ExamStore store;

	private final BankStore bankStore;

	private final BankService banks;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final MemberApi members;

	private final AccountApi accounts;

	private final List<ExamCandidates> sources;

	private final AuditLog audit;

	private final Clock clock;

	ExamService(ExamStore store, BankStore bankStore, BankService banks, OrgScope scope, OrgApi orgs, MemberApi members,
			AccountApi accounts, List<ExamCandidates> sources, AuditLog audit, Clock clock) {
		this.store = store;
		this.bankStore = bankStore;
		this.banks = banks;
		this.scope = scope;
		this.orgs = orgs;
		this.members = members;
		this.accounts = accounts;
		this.sources = sources;
		this.audit = audit;
		this.clock = clock;
	}

	// --- Reach
	// -----------------------------------------------------------------------------

	public Exam exam(long examId) {
		return store.find(examId).orElseThrow(() -> new NotFoundException("exam", examId));
	}

	/** Whether the actor organises the exam: an admin whose subtree holds its union. */
	public boolean organises(Actor actor, Exam exam) {
		return scope.covers(actor, exam.orgId());
	}

	/** An exam the actor organises, or a refusal. */
	public Exam organised(Actor actor, long examId) {
		Exam exam = exam(examId);
		if (!organises(actor, exam)) {
			throw new OutOfScopeException("exam " + examId);
		}
		return exam;
	}

	/** An exam the actor organises or is on the staff of with this duty, or a refusal. */
	public Exam staffed(Actor actor, long examId, StaffDuty duty) {
		Exam exam = exam(examId);
		if (!organises(actor, exam) && !store.duties(examId, actor.accountId()).contains(duty)) {
			throw new OutOfScopeException("exam " + examId);
		}
		return exam;
	}

	public boolean hasDuty(Actor actor, Exam exam, StaffDuty duty) {
		return organises(actor, exam) || store.duties(exam.id(), actor.accountId()).contains(duty);
	}

	/** The source of candidates for an audience another module owns. */
	public Optional<ExamCandidates> source(Audience audience) {
		return sources.stream().filter(s -> s.audience() == audience).findFirst();
	}

	/**
	 * What the audience of an exam is called: the round, the course, the union, a list.
	 */
	public String audienceLabel(Exam exam) {
		if (exam.audienceRef() == null) {
			return null;
		}
		if (exam.audience() == Audience.SUBTREE) {
			return orgs.find(exam.audienceRef()).map(o -> o.name()).orElse(null);
		}
		return source(exam.audience()).flatMap(s -> s.label(exam.audienceRef())).orElse(null);
	}

	public String orgName(long orgId) {
		return orgs.find(orgId).map(o -> o.name()).orElse("");
	}

	/**
	 * Whether a member may sit the exam: named a candidate, or for an open quiz in good
	 * standing within its subtree.
	 */
	public boolean eligible(Exam exam, long memberId) {
		if (exam.audience() == Audience.SUBTREE) {
			return members.find(memberId).filter(m -> eligible(exam, m)).isPresent();
		}
		return store.candidate(exam.id(), memberId).isPresent();
	}

	/** Whether this member, as loaded already, may sit the exam. */
	public boolean eligible(Exam exam, MemberView member) {
		if (exam.audience() == Audience.SUBTREE) {
			return member.status().isActive() && scope.within(exam.audienceRef(), member.orgId());
		}
		return store.candidate(exam.id(), member.id()).isPresent();
	}

	// --- Setup
	// -----------------------------------------------------------------------------

	@Transactional
	public long create(Actor actor, ExamDraft draft) {
		check(actor, draft);
		long seed = SEEDS.nextLong();
		long id = store.insert(draft, seed, actor.username(), Instant.now(clock));
		audit.record("exam", id, draft.orgId(), AuditAction.CREATE, null,
				Map.of("title", draft.title().strip(), "audience", draft.audience().name()));
		return id;
	}

	@Transactional
	public void update(Actor actor, long examId, ExamDraft draft, int version) {
		Exam before = organised(actor, examId);
		requireDraft(before);
		if (draft.orgId() != before.orgId()) {
			throw BusinessRuleException.invalid("orgId", "exam.orgFixed");
		}
		check(actor, draft);
		if (draft.bankId() != before.bankId() || draft.paperKind() != before.paperKind()) {
			store.replaceBlueprint(examId, List.of());
			store.replaceFixed(examId, List.of());
			store.maxScore(examId, null);
		}
		if (!store.update(examId, draft, version, Instant.now(clock))) {
			throw BusinessRuleException.conflict("exam.staleVersion");
		}
		audit.record("exam", examId, before.orgId(), AuditAction.UPDATE, Map.of("title", before.title()),
				Map.of("title", draft.title().strip()));
	}

	private void check(Actor actor, ExamDraft draft) {
		scope.require(actor, draft.orgId());
		if (!draft.closesAt().isAfter(draft.opensAt())) {
			throw BusinessRuleException.invalid("closesAt", "exam.windowOrder");
		}
		if (draft.closesAt().isAfter(draft.opensAt().plusSeconds(366L * 24 * 3600))) {
			throw BusinessRuleException.invalid("closesAt", "exam.windowTooLong");
		}
		var bank = banks.usable(actor, draft.bankId());
		if (bank == null) {
			throw BusinessRuleException.invalid("bankId", "exam.bankUnknown");
		}
		switch (draft.audience()) {
			case SUBTREE -> {
				if (draft.audienceRef() == null || !scope.covers(actor, draft.audienceRef())) {
					throw BusinessRuleException.invalid("audienceRef", "exam.audienceOutOfReach");
				}
			}
			case MEMBER_LIST -> {
				if (draft.audienceRef() != null) {
					throw BusinessRuleException.invalid("audienceRef", "exam.audienceRefNotWanted");
				}
			}
			case CONTEST_ROUND, TRAINING_COURSE -> {
				ExamCandidates source = source(draft.audience())
					.orElseThrow(() -> BusinessRuleException.invalid("audience", "exam.audienceUnavailable"));
				if (draft.audienceRef() == null || source.label(draft.audienceRef()).isEmpty()
						|| !source.manages(actor, draft.audienceRef())) {
					throw BusinessRuleException.invalid("audienceRef", "exam.audienceOutOfReach");
				}
			}
			default -> throw new IllegalStateException();
		}
	}

	private static void requireDraft(Exam exam) {
		if (exam.status() != ExamStatus.DRAFT) {
			throw BusinessRuleException.conflict("exam.notDraft");
		}
	}

	/**
	 * Writes the blueprint of a paper drawn per candidate; the rows' total is full marks.
	 */
	@Transactional
	public void blueprint(Actor actor, long examId, BlueprintDraft draft) {
		Exam exam = organised(actor, examId);
		requireDraft(exam);
		if (exam.paperKind() != PaperKind.BLUEPRINT) {
			throw BusinessRuleException.invalid("rows", "exam.paper.notBlueprint");
		}
		if (draft.rows().isEmpty()) {
			throw BusinessRuleException.invalid("rows", "exam.paper.empty");
		}
		List<BlueprintRow> rows = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < draft.rows().size(); i++) {
			BlueprintDraft.Row r = draft.rows().get(i);
			String field = "rows[" + i + "]";
			if (r.areaId() != null) {
				AreaView area = bankStore.area(r.areaId())
					.orElseThrow(() -> BusinessRuleException.invalid(field + ".areaId", "exam.question.areaNotInBank"));
				if (area.bankId() != exam.bankId()) {
					throw BusinessRuleException.invalid(field + ".areaId", "exam.question.areaNotInBank");
				}
			}
			if (r.difficultyMin() > r.difficultyMax()) {
				throw BusinessRuleException.invalid(field + ".difficultyMax", "exam.blueprint.difficultyOrder");
			}
			if (r.points().scale() > 2) {
				throw BusinessRuleException.invalid(field + ".points", "exam.blueprint.points");
			}
			BlueprintRow row = new BlueprintRow(i + 1, r.areaId(), r.type(), r.difficultyMin(), r.difficultyMax(),
					r.count(), r.points());
			rows.add(row);
			total = total.add(row.total());
		}
		if (rows.stream().mapToInt(BlueprintRow::count).sum() > 500) {
			throw BusinessRuleException.invalid("rows", "exam.paper.tooLong", 500);
		}
		store.replaceBlueprint(examId, rows);
		store.maxScore(examId, total);
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null,
				Map.of("blueprintRows", rows.size(), "maxScore", total));
	}

	/** Writes a fixed paper: the questions at their current versions. */
	@Transactional
	public void fixed(Actor actor, long examId, FixedDraft draft) {
		Exam exam = organised(actor, examId);
		requireDraft(exam);
		if (exam.paperKind() != PaperKind.FIXED) {
			throw BusinessRuleException.invalid("questions", "exam.paper.notFixed");
		}
		List<ExamStore.FixedQuestion> questions = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < draft.questions().size(); i++) {
			FixedDraft.Question q = draft.questions().get(i);
			String field = "questions[" + i + "].questionId";
			QuestionView question = bankStore.question(q.questionId())
				.filter(v -> v.bankId() == exam.bankId() && !v.retired())
				.orElseThrow(() -> BusinessRuleException.invalid(field, "exam.paper.questionNotInBank"));
			if (!seen.add(q.questionId())) {
				throw BusinessRuleException.invalid(field, "exam.paper.questionTwice");
			}
			BigDecimal points = q.points() == null ? question.points() : q.points();
			if (points.scale() > 2) {
				throw BusinessRuleException.invalid("questions[" + i + "].points", "exam.blueprint.points");
			}
			questions.add(new ExamStore.FixedQuestion(i + 1,
					new PoolQuestion(question.id(), question.versionId(), question.type(), question.options().size()),
					points));
			total = total.add(points);
		}
		store.replaceFixed(examId, questions);
		store.maxScore(examId, total);
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null,
				Map.of("fixedQuestions", questions.size(), "maxScore", total));
	}

	/** The current pool of each blueprint row in the bank. */
	public Map<Integer, List<PoolQuestion>> pools(Exam exam, List<BlueprintRow> rows) {
		Map<Integer, List<PoolQuestion>> pools = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			pools.put(row.position(),
					bankStore.pool(exam.bankId(), row.areaId(), row.type(), row.difficultyMin(), row.difficultyMax())
						.stream()
						.map(p -> new PoolQuestion(p[0], p[1], row.type(), (int) p[2]))
						.toList());
		}
		return pools;
	}

	/**
	 * How many questions each blueprint row falls short by in the bank now; empty when
	 * every row can be filled together.
	 */
	public Map<Integer, Integer> shortfall(Exam exam) {
		List<BlueprintRow> rows = store.blueprint(exam.id());
		return PaperDraw.shortfall(rows, pools(exam, rows));
	}

	/**
	 * Publishes an exam: checks the paper against the bank, fixes the pools and the
	 * candidates with their tickets; from now on the setup stays as it is.
	 */
	@Transactional
	public void publish(Actor actor, long examId, int version) {
		Exam exam = organised(actor, examId);
		requireDraft(exam);
		if (exam.version() != version) {
			throw BusinessRuleException.conflict("exam.staleVersion");
		}
		if (exam.paperKind() == PaperKind.BLUEPRINT) {
			List<BlueprintRow> rows = store.blueprint(examId);
			if (rows.isEmpty()) {
				throw BusinessRuleException.invalid("rows", "exam.paper.empty");
			}
			Map<Integer, List<PoolQuestion>> pools = pools(exam, rows);
			Map<Integer, Integer> missing = PaperDraw.shortfall(rows, pools);
			if (!missing.isEmpty()) {
				var first = missing.entrySet().iterator().next();
				throw BusinessRuleException.invalid("rows[" + (first.getKey() - 1) + "]", "exam.blueprint.short",
						first.getKey(), first.getValue());
			}
			store.insertPool(examId, pools);
		}
		else if (store.fixed(examId).isEmpty()) {
			throw BusinessRuleException.invalid("questions", "exam.paper.empty");
		}
		BigDecimal max = store.find(examId).orElseThrow().maxScore();
		if (max == null || exam.passMark().compareTo(max) > 0) {
			throw BusinessRuleException.invalid("passMark", "exam.passMarkAboveMax", max);
		}
		Instant now = Instant.now(clock);
		if (!exam.closesAt().isAfter(now)) {
			throw BusinessRuleException.invalid("closesAt", "exam.windowOver");
		}
		if (exam.audience().fromAnotherModule()) {
			Set<Long> named = source(exam.audience()).map(s -> s.members(exam.audienceRef())).orElse(Set.of());
			addCandidates(exam, named, now);
		}
		if (exam.audience() != Audience.SUBTREE && store.candidateCount(examId) == 0) {
			throw BusinessRuleException.invalid("candidates", "exam.noCandidates");
		}
		if (!store.move(examId, ExamStatus.DRAFT, ExamStatus.PUBLISHED, now)) {
			throw BusinessRuleException.conflict("exam.notDraft");
		}
		audit.record("exam", examId, exam.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "DRAFT"),
				Map.of("status", "PUBLISHED", "candidates", store.candidateCount(examId)));
	}

	/**
	 * Names members as candidates of a member-list exam (before or during its window);
	 * each must be a member in the organiser's reach.
	 */
	@Transactional
	public int addCandidates(Actor actor, long examId, List<Long> memberIds) {
		Exam exam = organised(actor, examId);
		if (exam.audience() != Audience.MEMBER_LIST) {
			throw BusinessRuleException.invalid("memberIds", "exam.candidates.notAList");
		}
		if (exam.status() == ExamStatus.CLOSED || exam.status() == ExamStatus.FINAL) {
			throw BusinessRuleException.conflict("exam.closed");
		}
		Map<Long, MemberView> found = new LinkedHashMap<>();
		members.findAll(memberIds).forEach(m -> found.put(m.id(), m));
		for (int i = 0; i < memberIds.size(); i++) {
			MemberView m = found.get(memberIds.get(i));
			if (m == null || !scope.covers(actor, m.orgId())) {
				throw BusinessRuleException.invalid("memberIds[" + i + "]", "exam.candidates.outOfReach");
			}
			if (!m.status().isActive()) {
				throw BusinessRuleException.invalid("memberIds[" + i + "]", "exam.candidates.notActive");
			}
		}
		int added = addCandidates(exam, new HashSet<>(memberIds), Instant.now(clock));
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null, Map.of("candidatesAdded", added));
		return added;
	}

	/**
	 * Takes in the candidates another module names for a published exam (entrants added
	 * to a round since publication).
	 */
	@Transactional
	public int refreshCandidates(Actor actor, long examId) {
		Exam exam = organised(actor, examId);
		if (!exam.audience().fromAnotherModule() || exam.status() != ExamStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("exam.candidates.notRefreshable");
		}
		int added = addCandidates(exam,
				source(exam.audience()).map(s -> s.members(exam.audienceRef())).orElse(Set.of()), Instant.now(clock));
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null, Map.of("candidatesAdded", added));
		return added;
	}

	@Transactional
	public void removeCandidate(Actor actor, long examId, long memberId) {
		Exam exam = organised(actor, examId);
		if (exam.status() != ExamStatus.DRAFT) {
			throw BusinessRuleException.conflict("exam.notDraft");
		}
		if (store.candidate(examId, memberId).isEmpty()) {
			throw new NotFoundException("examCandidate", memberId);
		}
		store.removeCandidate(examId, memberId);
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null, Map.of("candidateRemoved", memberId));
	}

	private int addCandidates(Exam exam, Set<Long> memberIds, Instant now) {
		Set<Long> already = new HashSet<>();
		List<ExamStore.Candidate> existing = store.candidates(exam.id());
		existing.forEach(c -> already.add(c.memberId()));
		int next = existing.size();
		List<ExamStore.Candidate> fresh = new ArrayList<>();
		for (long memberId : memberIds.stream().sorted().toList()) {
			if (already.add(memberId)) {
				next++;
				fresh.add(new ExamStore.Candidate(exam.id(), memberId, ticketNo(exam.id(), next),
						exam.onSite() ? seat(next) : null, null));
			}
		}
		store.insertCandidates(exam.id(), fresh, now);
		return fresh.size();
	}

	/** An admission ticket number (准考证号): the exam and the candidate's place. */
	static String ticketNo(long examId, int n) {
		return String.format("ZK%06d%04d", examId, n);
	}

	/** A seat on site: rooms of 30, numbered row by row. */
	static String seat(int n) {
		int room = (n - 1) / 30 + 1;
		int place = (n - 1) % 30 + 1;
		return String.format("%02d-%02d", room, place);
	}

	/** Checks a candidate in on site by their ticket, for the invigilator. */
	@Transactional
	public ExamStore.Candidate checkIn(Actor actor, String ticketNo) {
		ExamStore.Candidate candidate = store.ticket(ticketNo)
			.orElseThrow(() -> new NotFoundException("examTicket", ticketNo));
		Exam exam = staffed(actor, candidate.examId(), StaffDuty.INVIGILATOR);
		if (exam.status() != ExamStatus.PUBLISHED) {
			throw BusinessRuleException.conflict("exam.checkIn.notOpen");
		}
		if (store.checkIn(exam.id(), candidate.memberId(), Instant.now(clock))) {
			audit.record("exam", exam.id(), exam.orgId(), AuditAction.UPDATE, null,
					Map.of("checkedIn", candidate.ticketNo()));
		}
		return store.ticket(ticketNo).orElseThrow();
	}

	/** Puts an account on an exam's staff (an invigilator or a grader). */
	@Transactional
	public void addStaff(Actor actor, long examId, String username, StaffDuty duty) {
		Exam exam = organised(actor, examId);
		if (exam.status() == ExamStatus.FINAL) {
			throw BusinessRuleException.conflict("exam.final");
		}
		AccountView account = accounts.findByUsername(username == null ? "" : username.strip())
			.orElseThrow(() -> BusinessRuleException.invalid("username", "exam.staff.unknown"));
		// An admin of the exam's subtree, or an expert of its subtree or of a union above
		// it
		boolean judge = account.roles().contains(Role.JUDGE);
		boolean reachable = account.orgId() != null && !account.roles().contains(Role.MEMBER)
				&& (scope.within(exam.orgId(), account.orgId())
						|| (judge && scope.within(account.orgId(), exam.orgId())));
		if (!reachable) {
			throw BusinessRuleException.invalid("username", "exam.staff.outOfReach");
		}
		if (store.addStaff(examId, account.id(), duty, Instant.now(clock))) {
			audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, null,
					Map.of("staff", account.username(), "duty", duty.name()));
		}
	}

	@Transactional
	public void removeStaff(Actor actor, long examId, long accountId, StaffDuty duty) {
		Exam exam = organised(actor, examId);
		if (exam.status() == ExamStatus.FINAL) {
			throw BusinessRuleException.conflict("exam.final");
		}
		if (!store.removeStaff(examId, accountId, duty)) {
			throw new NotFoundException("examStaff", accountId);
		}
		audit.record("exam", examId, exam.orgId(), AuditAction.UPDATE, Map.of("staff", accountId, "duty", duty.name()),
				null);
	}

}
