package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.BankView;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.paper.PaperDraw;
import cn.jiangxin.exam.internal.results.CandidateResultView;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Masking;

/**
 * Exams as pages and the API show them: an exam with its paper and counts, its candidates
 * with their tickets, its staff, the invigilator's live rows, results with names, and the
 * leaderboard with names masked.
 */
@Component
class ExamViews {

	private final ExamService exams;

	private final ExamStore store;

	private final BankStore banks;

	private final QuestionVersions versions;

	private final ExamResults results;

	private final AttemptStore attempts;

	private final MemberApi members;

	private final AccountApi accounts;

	private final Clock clock;

	ExamViews(ExamService exams, ExamStore store, BankStore banks, QuestionVersions versions, ExamResults results,
			AttemptStore attempts, MemberApi members, AccountApi accounts, Clock clock) {
		this.exams = exams;
		this.store = store;
		this.banks = banks;
		this.versions = versions;
		this.results = results;
		this.attempts = attempts;
		this.members = members;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * An exam with how its paper is made, its bank, and how many candidates and attempts
	 * it has in each state.
	 */
	record ExamDetail(ExamView exam, String description, long bankId, String bankName, PaperKind paperKind,
			boolean shuffleQuestions, boolean shuffleOptions, boolean doubleMarking, BigDecimal markingTolerance,
			Instant publishedAt, Instant closedAt, long candidates, long inProgress, long submitted, long graded) {
	}

	ExamDetail detail(Exam exam) {
		var counts = results.counts(exam.id());
		String bankName = banks.bank(exam.bankId()).map(BankView::name).orElse("");
		return new ExamDetail(view(exam), exam.description(), exam.bankId(), bankName, exam.paperKind(),
				exam.shuffleQuestions(), exam.shuffleOptions(), exam.doubleMarking(), exam.markingTolerance(),
				exam.publishedAt(), exam.closedAt(), counts.candidates(), counts.inProgress(), counts.submitted(),
				counts.graded());
	}

	ExamView view(Exam exam) {
		return exam.view(exams.orgName(exam.orgId()), exams.audienceLabel(exam));
	}

	List<ExamView> views(List<Exam> list) {
		Map<Long, String> orgNames = new LinkedHashMap<>();
		return list.stream()
			.map(e -> e.view(orgNames.computeIfAbsent(e.orgId(), exams::orgName), exams.audienceLabel(e)))
			.toList();
	}

	/**
	 * A blueprint's rows, its full marks, and how many questions each row's pool holds
	 * now and misses.
	 */
	record BlueprintView(List<Row> lines, BigDecimal maxScore, boolean fillable) {

		/** A row with the name of its area and its pool. */
		record Row(BlueprintRow row, String areaPath, int pool, int missing) {
		}

	}

	BlueprintView blueprint(Exam exam) {
		List<BlueprintRow> rows = store.blueprint(exam.id());
		var pools = exam.status() == ExamStatus.DRAFT ? exams.pools(exam, rows) : store.pool(exam.id());
		Map<Integer, Integer> missing = PaperDraw.shortfall(rows, pools);
		List<BlueprintView.Row> shown = new ArrayList<>();
		for (BlueprintRow row : rows) {
			String area = row.areaId() == null ? null
					: banks.area(row.areaId()).map(a -> a.path()).orElse(String.valueOf(row.areaId()));
			shown.add(new BlueprintView.Row(row, area, pools.getOrDefault(row.position(), List.of()).size(),
					missing.getOrDefault(row.position(), 0)));
		}
		return new BlueprintView(shown, exam.maxScore(), missing.isEmpty() && !rows.isEmpty());
	}

	/** A fixed paper's questions with their stems, and its full marks. */
	record FixedView(List<Row> questions, BigDecimal maxScore) {

		/** A question of the paper at its version. */
		record Row(int position, long questionId, long versionId, BigDecimal points, QuestionView question) {
		}

	}

	FixedView fixed(Exam exam) {
		var fixed = store.fixed(exam.id());
		Map<Long, QuestionView> byVersion = versions.get(fixed.stream().map(f -> f.question().versionId()).toList());
		return new FixedView(fixed.stream()
			.map(f -> new FixedView.Row(f.position(), f.question().questionId(), f.question().versionId(), f.points(),
					byVersion.get(f.question().versionId())))
			.toList(), exam.maxScore());
	}

	/** A named candidate with their name, card, union and admission ticket. */
	record CandidateRow(long memberId, String name, String cardNo, String orgName, String ticketNo, String seat,
			Instant checkedInAt) {
	}

	List<CandidateRow> candidates(Exam exam) {
		List<ExamStore.Candidate> list = store.candidates(exam.id());
		Map<Long, MemberView> byId = members(list.stream().map(ExamStore.Candidate::memberId).toList());
		return list.stream().map(c -> {
			MemberView m = byId.get(c.memberId());
			return new CandidateRow(c.memberId(), m == null ? "" : m.name(), m == null ? "" : m.cardNo(),
					m == null ? "" : m.orgName(), c.ticketNo(), c.seat(), c.checkedInAt());
		}).toList();
	}

	/** Someone on the exam's staff. */
	record StaffRow(long accountId, String username, String displayName, StaffDuty duty) {
	}

	List<StaffRow> staff(Exam exam) {
		return store.staff(exam.id()).stream().map(s -> {
			var account = accounts.find(s.accountId());
			return new StaffRow(s.accountId(), account.map(a -> a.username()).orElse(""),
					account.map(a -> a.displayName()).orElse(""), s.duty());
		}).toList();
	}

	/** A candidate's standing with their name and union. */
	record ResultRow(int rank, String name, String orgName, CandidateResultView result, BigDecimal outOf100) {
	}

	List<ResultRow> results(Exam exam, List<CandidateResultView> standings) {
		Map<Long, MemberView> byId = members(standings.stream().map(CandidateResultView::memberId).toList());
		List<ResultRow> rows = new ArrayList<>();
		int rank = 0;
		for (CandidateResultView r : standings) {
			MemberView m = byId.get(r.memberId());
			rank = r.score() == null ? rank : rank + 1;
			rows.add(new ResultRow(r.score() == null ? 0 : rank, m == null ? "" : m.name(),
					m == null ? "" : m.orgName(), r, ExamResults.outOf100(r.score(), exam.maxScore())));
		}
		return rows;
	}

	/**
	 * The invigilator's row of one candidate: their latest attempt and how far it has
	 * come.
	 */
	record LiveRow(long memberId, String name, String orgName, String ticketNo, String seat, Long attemptId,
			AttemptStatus status, Instant startedAt, Instant deadline, long secondsLeft, int extraMinutes, int answered,
			int total, Instant lastAnswerAt, int focusLost, int takeovers, int addressChanges, int offline,
			String lastIp) {

		public boolean flagged() {
			return focusLost > 0 || takeovers > 0 || addressChanges > 0;
		}

		public boolean started() {
			return attemptId != null;
		}

	}

	/** Which rows of the live view to show. */
	enum LiveFilter {

		ALL, RUNNING, FLAGGED, NOT_STARTED, HANDED_IN;

		public String messageKey() {
			return "exam.live.filter." + name();
		}

	}

	/**
	 * The live rows of a page of candidates (named ones in ticket order, then anyone else
	 * who started).
	 */
	List<LiveRow> live(Exam exam, LiveFilter filter, int page, int size, long[] total) {
		Map<Long, Attempt> latest = results.latestAttempts(exam.id());
		Map<Long, ExamStore.Candidate> named = new LinkedHashMap<>();
		store.candidates(exam.id()).forEach(c -> named.put(c.memberId(), c));
		List<Long> order = new ArrayList<>(named.keySet());
		latest.keySet().stream().filter(m -> !named.containsKey(m)).forEach(order::add);
		Map<Long, AttemptStore.Activity> activity = attempts
			.activity(latest.values().stream().map(Attempt::id).toList());
		List<Long> wanted = order.stream().filter(m -> {
			Attempt a = latest.get(m);
			return switch (filter) {
				case ALL -> true;
				case RUNNING -> a != null && a.inProgress();
				case NOT_STARTED -> a == null;
				case HANDED_IN -> a != null && !a.inProgress();
				case FLAGGED -> a != null
						&& Optional.ofNullable(activity.get(a.id())).map(AttemptStore.Activity::flagged).orElse(false);
			};
		}).toList();
		total[0] = wanted.size();
		List<Long> shown = wanted.subList(Math.min(wanted.size(), page * size),
				Math.min(wanted.size(), (page + 1) * size));
		Map<Long, MemberView> byId = members(shown);
		Instant now = Instant.now(clock);
		List<LiveRow> rows = new ArrayList<>();
		for (long member : shown) {
			MemberView m = byId.get(member);
			ExamStore.Candidate c = named.get(member);
			Attempt a = latest.get(member);
			AttemptStore.Activity act = a == null ? null : activity.get(a.id());
			rows.add(new LiveRow(member, m == null ? "" : m.name(), m == null ? "" : m.orgName(),
					c == null ? null : c.ticketNo(), c == null ? null : c.seat(), a == null ? null : a.id(),
					a == null ? null : a.status(), a == null ? null : a.startedAt(), a == null ? null : a.deadline(),
					a == null ? 0 : a.secondsLeft(now), a == null ? 0 : a.extraMinutes(),
					act == null ? 0 : act.answered(), act == null ? 0 : act.total(),
					act == null ? null : act.lastAnswerAt(), act == null ? 0 : act.focusLost(),
					act == null ? 0 : act.takeovers(), act == null ? 0 : act.addressChanges(),
					act == null ? 0 : act.offline(), a == null ? null : a.lastIp()));
		}
		return rows;
	}

	/**
	 * A place on an open quiz's leaderboard, the name masked but for its first character.
	 */
	record PlaceRow(int rank, String name, String orgName, BigDecimal score, Duration timeUsed) {
	}

	List<PlaceRow> leaderboard(Exam exam, int limit) {
		List<ExamResults.Place> places = results.leaderboard(exam, limit);
		Map<Long, MemberView> byId = members(places.stream().map(ExamResults.Place::memberId).toList());
		return places.stream().map(p -> {
			MemberView m = byId.get(p.memberId());
			return new PlaceRow(p.rank(), m == null ? "" : Masking.name(m.name()), m == null ? "" : m.orgName(),
					p.score(), p.timeUsed());
		}).toList();
	}

	/** Whether an open quiz's leaderboard is for everyone in its subtree to see. */
	static boolean hasLeaderboard(Exam exam) {
		return exam.leaderboard() && exam.status() != ExamStatus.DRAFT;
	}

	/** Whether an exam names its candidates (rather than letting a subtree in). */
	static boolean named(Exam exam) {
		return exam.audience() != Audience.SUBTREE;
	}

	Map<Long, MemberView> members(List<Long> ids) {
		Map<Long, MemberView> byId = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			members.findAll(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(m -> byId.put(m.id(), m));
		}
		return byId;
	}

}
