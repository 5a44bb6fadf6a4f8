package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.EventKind;
import cn.jiangxin.exam.internal.sitting.SaveOutcome;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;

/**
 * Races of a sitting on real threads (and, in the PostgreSQL leg, real row locks): a
 * double-tapped start, two saves of one answer, a save against the hand-in, a double
 * hand-in, two devices at once, and graders claiming together. Where the guard is a lock
 * or a key, a control does the same the naive way and shows what it would lose.
 */
@IntegrationTest
class ExamRacesTests {

	private static final AtomicInteger GRADERS = new AtomicInteger();

	@Autowired
	Sittings sittings;

	@Autowired
	AttemptStore attempts;

	@Autowired
	Grading grading;

	@Autowired
	ExamService exams;

	@Autowired
	ExamSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private Actor admin() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	private Actor candidate() {
		return logins.actor(people.member(Demo.HAISITANPU).cardNo());
	}

	private long exam(List<Actor> candidates, QuestionType... types) {
		ExamSetup.Bank bank = setup.bank(admin(), orgs.id(Demo.JINGKAI), 1);
		return setup.exam(admin(), orgs.id(Demo.JINGKAI), bank, candidates.stream().map(Actor::memberId).toList(),
				Duration.ofHours(1), 60, 1, false, types);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void aDoubleTappedStartMakesOneAttemptAndBothTapsGetIt() throws Exception {
		for (int round = 0; round < 5; round++) {
			Actor candidate = candidate();
			long exam = exam(List.of(candidate), QuestionType.SINGLE, QuestionType.TRUE_FALSE);
			List<Long> got = new ArrayList<>();
			List<String> results = Races.race(List.<Callable<String>>of(() -> {
				CandidatePaper paper = sittings.start(candidate, exam, null, null);
				synchronized (got) {
					got.add(paper.attemptId());
				}
				return "started";
			}, () -> {
				CandidatePaper paper = sittings.start(candidate, exam, null, null);
				synchronized (got) {
					got.add(paper.attemptId());
				}
				return "started";
			}));
			assertThat(results).containsOnly("started");
			assertThat(new HashSet<>(got)).hasSize(1);
			long attempt = got.get(0);
			assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ?", exam)).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM attempt_item WHERE attempt_id = ?", attempt)).as("one paper")
				.isEqualTo(2);
		}
	}

	@Test
	void controlANaiveStartThatChecksThenInsertsFailsTheSecondTap() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		long org = orgs.id(Demo.HAISITANPU);
		CountDownLatch bothLooked = new CountDownLatch(2);
		Callable<String> naive = () -> {
			// Looks for an attempt, finds none, and inserts attempt number 1 (no ON
			// CONFLICT)
			long seen = count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND member_id = ?", exam,
					candidate.memberId());
			bothLooked.countDown();
			bothLooked.await(10, TimeUnit.SECONDS);
			try {
				jdbc.sql(
						"""
								INSERT INTO exam_attempt (exam_id, member_id, org_id, number, status, seed, started_at, deadline,
								    device)
								VALUES (?, ?, ?, ?, 'IN_PROGRESS', 1, ?, ?, 'naive')""")
					.params(exam, candidate.memberId(), org, seen + 1, Timestamp.from(Instant.now()),
							Timestamp.from(Instant.now().plusSeconds(600)))
					.update();
				return "inserted";
			}
			catch (DuplicateKeyException ex) {
				return "duplicate";
			}
		};
		assertThat(Races.race(List.of(naive, naive))).as("the loser would have been a server error")
			.containsExactlyInAnyOrder("inserted", "duplicate");
	}

	@Test
	void ofTwoSavesOfOneAnswerRacingTheHigherSequenceNumberIsKept() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long question = paper.items().get(0).questionId();
		for (int round = 0; round < 20; round++) {
			long low = 2L * round + 1;
			String lowAnswer = round % 2 == 0 ? "B" : "C";
			String highAnswer = round % 2 == 0 ? "C" : "B";
			List<String> results = Races.race(List.<Callable<String>>of(
					() -> saved(sittings.save(candidate, paper.attemptId(), question, List.of(highAnswer), low + 1,
							paper.device())),
					() -> saved(sittings.save(candidate, paper.attemptId(), question, List.of(lowAnswer), low,
							paper.device()))));
			assertThat(results.get(0)).isEqualTo("saved");
			String kept = jdbc.sql("SELECT answer FROM attempt_item WHERE attempt_id = ? AND question_id = ?")
				.params(paper.attemptId(), question)
				.query(String.class)
				.single();
			assertThat(kept).as("round %d", round).isEqualTo(highAnswer);
			assertThat(attempts.items(paper.attemptId()).get(0).answerSeq()).isEqualTo(low + 1);
		}
	}

	@Test
	void controlASaveThatOverwritesByArrivalLosesTheLaterAnswer() {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long question = paper.items().get(0).questionId();
		// The later answer (seq 2) arrives first, the earlier (seq 1) after it, as a
		// retry
		// queued offline would
		naiveSave(paper.attemptId(), question, "C", 2);
		naiveSave(paper.attemptId(), question, "B", 1);
		assertThat(jdbc.sql("SELECT answer FROM attempt_item WHERE attempt_id = ? AND question_id = ?")
			.params(paper.attemptId(), question)
			.query(String.class)
			.single()).as("the naive save keeps the earlier answer").isEqualTo("B");
	}

	private void naiveSave(long attemptId, long questionId, String answer, long seq) {
		jdbc.sql("UPDATE attempt_item SET answer = ?, answer_seq = ? WHERE attempt_id = ? AND question_id = ?")
			.params(answer, seq, attemptId, questionId)
			.update();
	}

	private static String saved(SaveOutcome outcome) {
		return outcome.saved() ? "saved" : "passed over";
	}

	@Test
	void aSaveRacingTheHandInIsEitherCountedOrRefusedNeverAcknowledgedAndLost() throws Exception {
		for (int round = 0; round < 10; round++) {
			Actor candidate = candidate();
			long exam = exam(List.of(candidate), QuestionType.SINGLE);
			CandidatePaper paper = sittings.start(candidate, exam, null, null);
			long question = paper.items().get(0).questionId();
			List<String> results = Races.race(List.<Callable<String>>of(
					() -> saved(sittings.save(candidate, paper.attemptId(), question, List.of("A"), 1, paper.device())),
					() -> sittings.submit(candidate, paper.attemptId(), paper.device()).status().name()));
			Attempt handedIn = attempts.find(paper.attemptId()).orElseThrow();
			if (results.get(0).equals("saved")) {
				assertThat(handedIn.score()).as("an acknowledged answer is graded").isEqualByComparingTo("1");
			}
			else {
				assertThat(results.get(0)).isEqualTo("exam.attempt.submitted");
				assertThat(handedIn.score()).isEqualByComparingTo("0");
			}
		}
	}

	@Test
	void aHandInWaitsForASaveInFlightAndGradesIt() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long question = paper.items().get(0).questionId();
		CountDownLatch saved = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<SaveOutcome> save = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
				SaveOutcome outcome = sittings.save(candidate, paper.attemptId(), question, List.of("A"), 1,
						paper.device());
				saved.countDown();
				Races.await(commit);
				return outcome;
			}));
		assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Attempt> submit = CompletableFuture
			.supplyAsync(() -> sittings.submit(candidate, paper.attemptId(), paper.device()));
		Thread.sleep(300);
		assertThat(submit).as("the hand-in waits for the save's transaction").isNotDone();
		commit.countDown();
		assertThat(save.get(10, TimeUnit.SECONDS).saved()).isTrue();
		assertThat(submit.get(10, TimeUnit.SECONDS).score()).isEqualByComparingTo("1");
	}

	@Test
	void aSaveReachingThePaperAfterTheHandInMarkedItWaitsAndIsRefused() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long question = paper.items().get(0).questionId();
		CountDownLatch handedIn = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Attempt> submit = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
				Attempt attempt = sittings.submit(candidate, paper.attemptId(), paper.device());
				handedIn.countDown();
				Races.await(commit);
				return attempt;
			}));
		assertThat(handedIn.await(10, TimeUnit.SECONDS)).isTrue();
		// The save starts while the attempt still reads as open to anyone outside the
		// hand-in's transaction
		CompletableFuture<String> save = CompletableFuture.supplyAsync(() -> {
			try {
				return saved(sittings.save(candidate, paper.attemptId(), question, List.of("A"), 1, paper.device()));
			}
			catch (BusinessRuleException refused) {
				return refused.code();
			}
		});
		Thread.sleep(300);
		assertThat(save).as("the save waits for the hand-in").isNotDone();
		commit.countDown();
		assertThat(save.get(10, TimeUnit.SECONDS)).isEqualTo("exam.attempt.submitted");
		assertThat(submit.get(10, TimeUnit.SECONDS).score()).isEqualByComparingTo("0");
		assertThat(attempts.items(paper.attemptId()).get(0).answered()).isFalse();
	}

	@Test
	void controlASaveThatReadsTheStatusWithoutALockIsAcknowledgedAndLost() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long question = paper.items().get(0).questionId();
		CountDownLatch looked = new CountDownLatch(1);
		CountDownLatch handedIn = new CountDownLatch(1);
		CompletableFuture<Boolean> naive = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
				String open = jdbc.sql("SELECT status FROM exam_attempt WHERE id = ?")
					.param(paper.attemptId())
					.query(String.class)
					.single();
				looked.countDown();
				Races.await(handedIn);
				if (!open.equals("IN_PROGRESS")) {
					return false;
				}
				return jdbc
					.sql("UPDATE attempt_item SET answer = 'A', answer_seq = 1 WHERE attempt_id = ? "
							+ "AND question_id = ? AND answer_seq < 1")
					.params(paper.attemptId(), question)
					.update() == 1;
			}));
		assertThat(looked.await(10, TimeUnit.SECONDS)).isTrue();
		Attempt submitted = sittings.submit(candidate, paper.attemptId(), paper.device());
		handedIn.countDown();
		assertThat(naive.get(10, TimeUnit.SECONDS)).as("acknowledged").isTrue();
		assertThat(submitted.score()).as("yet the grade never saw it").isEqualByComparingTo("0");
	}

	@Test
	void aDoubleHandInHandsInOnce() throws Exception {
		for (int round = 0; round < 5; round++) {
			Actor candidate = candidate();
			long exam = exam(List.of(candidate), QuestionType.SINGLE);
			CandidatePaper paper = sittings.start(candidate, exam, null, null);
			sittings.save(candidate, paper.attemptId(), paper.items().get(0).questionId(), List.of("A"), 1,
					paper.device());
			Callable<String> handIn = () -> sittings.submit(candidate, paper.attemptId(), paper.device())
				.score()
				.toPlainString();
			assertThat(Races.race(List.of(handIn, handIn, handIn))).containsOnly("1.00");
			assertThat(attempts.events(paper.attemptId()).stream().filter(e -> e.kind() == EventKind.SUBMIT))
				.hasSize(1);
			assertThat(orgs.auditRows("examAttempt", paper.attemptId())).isEqualTo(2);
		}
	}

	@Test
	void twoDevicesStartingAtOnceLeaveOneHolderAndTheOtherIsRefused() throws Exception {
		Actor candidate = candidate();
		long exam = exam(List.of(candidate), QuestionType.SINGLE);
		CandidatePaper first = sittings.start(candidate, exam, null, null);
		List<String> devices = new ArrayList<>();
		Callable<String> other = () -> {
			String device = sittings.start(candidate, exam, null, null).device();
			synchronized (devices) {
				devices.add(device);
			}
			return "took over";
		};
		assertThat(Races.race(List.of(other, other))).containsOnly("took over");
		String holder = attempts.find(first.attemptId()).orElseThrow().device();
		assertThat(devices).contains(holder).doesNotContain(first.device());
		long question = first.items().get(0).questionId();
		for (String device : devices) {
			if (device.equals(holder)) {
				assertThat(sittings.save(candidate, first.attemptId(), question, List.of("A"), 1, device).saved())
					.isTrue();
			}
			else {
				assertThatThrownBy(() -> sittings.save(candidate, first.attemptId(), question, List.of("B"), 2, device))
					.hasMessageContaining("takenOver");
			}
		}
		assertThat(attempts.events(first.attemptId()).stream().filter(e -> e.kind() == EventKind.TAKEOVER)).hasSize(2);
	}

	@Test
	void gradersClaimingTogetherEachGetADifferentAnswer() throws Exception {
		List<Actor> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			candidates.add(candidate());
		}
		long exam = exam(candidates, QuestionType.SHORT);
		long question = 0;
		for (Actor candidate : candidates) {
			CandidatePaper paper = sittings.start(candidate, exam, null, null);
			question = paper.items().get(0).questionId();
			sittings.save(candidate, paper.attemptId(), question, List.of("断电挂牌"), 1, paper.device());
			sittings.submit(candidate, paper.attemptId(), paper.device());
		}
		List<Actor> graders = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String name = "race-grader-" + GRADERS.incrementAndGet();
			people.admin(name, Demo.HAISITANPU);
			exams.addStaff(admin(), exam, name, StaffDuty.GRADER);
			graders.add(logins.actor(name));
		}
		long asked = question;
		List<Long> claimed = new ArrayList<>();
		List<Callable<String>> claims = graders.stream().<Callable<String>>map(grader -> () -> {
			Optional<MarkTask> task = grading.claim(grader, exam, asked);
			synchronized (claimed) {
				task.ifPresent(t -> claimed.add(t.markId()));
			}
			return task.isPresent() ? "claimed" : "none";
		}).toList();
		assertThat(Races.race(claims)).containsOnly("claimed");
		Set<Long> distinct = new HashSet<>(claimed);
		assertThat(distinct).hasSize(4);
		assertThat(count("SELECT COUNT(DISTINCT m.attempt_id) FROM grading_mark m JOIN exam_attempt a "
				+ "ON a.id = m.attempt_id WHERE a.exam_id = ?", exam))
			.as("four answers, one grader each")
			.isEqualTo(4);
	}

}
