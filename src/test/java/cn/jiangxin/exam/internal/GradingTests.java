package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Grading short answers: a claimed answer is held by one grader (a second grader gets the
 * next one), a claim left past its time may be taken over, marks stay within the points,
 * double marking averages close marks and calls a third grader on a disagreement, and the
 * results become final only once every answer is marked and the exam is closed.
 */
@IntegrationTest
class GradingTests {

	@Autowired
	Grading grading;

	@Autowired
	Sittings sittings;

	@Autowired
	ExamService exams;

	@Autowired
	ExamResults results;

	@Autowired
	AttemptStore attempts;

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

	/**
	 * An exam of one short answer (5 points), double marked within 1, and three
	 * candidates who handed in.
	 */
	private record Handed(long exam, long question, List<Long> attempts) {
	}

	private Handed handedIn(boolean doubleMarking) {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		ExamSetup.Bank bank = setup.bank(admin, orgs.id(Demo.JINGKAI), 1);
		List<Actor> candidates = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			candidates.add(logins.actor(people.member(Demo.HAISITANPU).cardNo()));
		}
		long exam = setup.exam(admin, orgs.id(Demo.JINGKAI), bank, candidates.stream().map(Actor::memberId).toList(),
				Duration.ofHours(1), 60, 1, doubleMarking, QuestionType.SHORT);
		people.admin("grader-a", Demo.HAISITANPU);
		people.admin("grader-b", Demo.HAISITANPU);
		exams.addStaff(admin, exam, "grader-a", StaffDuty.GRADER);
		exams.addStaff(admin, exam, "grader-b", StaffDuty.GRADER);
		List<Long> ids = new ArrayList<>();
		for (Actor candidate : candidates) {
			CandidatePaper paper = sittings.start(candidate, exam, null, null);
			sittings.save(candidate, paper.attemptId(), bank.first(QuestionType.SHORT), List.of("断电并挂牌上锁"), 1,
					paper.device());
			sittings.submit(candidate, paper.attemptId(), paper.device());
			ids.add(paper.attemptId());
		}
		return new Handed(exam, bank.first(QuestionType.SHORT), ids);
	}

	@Test
	void aClaimedAnswerIsHeldByOneGraderAndTheNextGraderGetsAnother() {
		Handed handed = handedIn(false);
		Actor a = logins.actor("grader-a");
		Actor b = logins.actor("grader-b");
		MarkTask first = grading.claim(a, handed.exam(), handed.question()).orElseThrow();
		MarkTask again = grading.claim(a, handed.exam(), handed.question()).orElseThrow();
		MarkTask other = grading.claim(b, handed.exam(), handed.question()).orElseThrow();
		assertThat(again.markId()).as("a grader gets back the answer they hold").isEqualTo(first.markId());
		assertThat(other.markId()).isNotEqualTo(first.markId());
		assertThat(attemptOf(other)).isNotEqualTo(attemptOf(first));
		assertThat(first.code()).hasSize(6).doesNotContain("宗");
		assertThat(first.answer()).isEqualTo("断电并挂牌上锁");
		assertThat(first.referenceAnswer()).contains("断电");
		assertThatThrownBy(() -> grading.mark(b, first.markId(), BigDecimal.ONE, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.grading.claimLost"));
	}

	@Test
	void aClaimLeftPastItsTimeIsTakenOverAndItsFirstGraderCanNoLongerMarkIt() {
		Handed handed = handedIn(false);
		Actor a = logins.actor("grader-a");
		Actor b = logins.actor("grader-b");
		List<Long> taken = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			taken.add(grading.claim(i == 0 ? a : b, handed.exam(), handed.question()).orElseThrow().markId());
		}
		assertThat(grading.claim(b, handed.exam(), handed.question())).as("b holds one already").isPresent();
		jdbc.sql("UPDATE grading_mark SET expires_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), taken.get(0))
			.update();
		people.admin("grader-c", Demo.HAISITANPU);
		exams.addStaff(logins.actor(Demo.JINGKAI_ADMIN), handed.exam(), "grader-c", StaffDuty.GRADER);
		MarkTask takenOver = grading.claim(logins.actor("grader-c"), handed.exam(), handed.question()).orElseThrow();
		assertThat(takenOver.markId()).isEqualTo(taken.get(0));
		assertThatThrownBy(() -> grading.mark(a, taken.get(0), BigDecimal.ONE, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.grading.claimLost"));
		grading.release(logins.actor("grader-c"), takenOver.markId());
		assertThat(grading.claim(a, handed.exam(), handed.question())).isPresent();
	}

	@Test
	void aMarkStaysWithinThePointsInHalfStepsAndIsGivenOnce() {
		Handed handed = handedIn(false);
		Actor a = logins.actor("grader-a");
		MarkTask task = grading.claim(a, handed.exam(), handed.question()).orElseThrow();
		for (String bad : List.of("5.5", "-1", "2.3")) {
			assertThatThrownBy(() -> grading.mark(a, task.markId(), new BigDecimal(bad), null))
				.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("score"));
		}
		MarkTask marked = grading.mark(a, task.markId(), new BigDecimal("4.5"), "要点齐全");
		assertThat(marked.marked()).isTrue();
		assertThatThrownBy(() -> grading.mark(a, task.markId(), BigDecimal.ONE, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.grading.marked"));
		// Single marking: the one mark is the answer's score and the attempt is graded
		long attempt = attemptOf(marked);
		assertThat(attempts.find(attempt).orElseThrow().status()).isEqualTo(AttemptStatus.GRADED);
		assertThat(attempts.find(attempt).orElseThrow().score()).isEqualByComparingTo("4.5");
	}

	@Test
	void doubleMarkingAveragesCloseMarksAndCallsAThirdGraderOnADisagreement() {
		Handed handed = handedIn(true);
		Actor a = logins.actor("grader-a");
		Actor b = logins.actor("grader-b");
		Actor c = logins.actor(Demo.JINGKAI_ADMIN);
		// a marks every answer first; b second
		List<Long> byA = markAll(a, handed, "4", "4", "1");
		List<Long> byB = markAll(b, handed, "4.5", "3", "5");
		assertThat(byA).hasSize(3);
		assertThat(byB).hasSize(3);
		assertThat(grading.claim(a, handed.exam(), handed.question())).as("a marked every answer once").isEmpty();
		// Within 1 of each other: 4 and 4.5 → 4.25. Apart: 4 and 3 is 1 (within); 1 and 5
		// is not
		long disputed = handed.attempts()
			.stream()
			.filter(id -> attempts.find(id).orElseThrow().status() == AttemptStatus.SUBMITTED)
			.findFirst()
			.orElseThrow();
		MarkTask third = grading.claim(c, handed.exam(), handed.question()).orElseThrow();
		assertThat(third.slot()).isEqualTo(3);
		assertThat(attemptOf(third)).isEqualTo(disputed);
		grading.mark(c, third.markId(), new BigDecimal("4"), "第三评");
		// 4 is nearer 5 than 1: (4 + 5) / 2
		assertThat(attempts.find(disputed).orElseThrow().score()).isEqualByComparingTo("4.5");
		assertThat(handed.attempts())
			.allSatisfy(id -> assertThat(attempts.find(id).orElseThrow().status()).isEqualTo(AttemptStatus.GRADED));
		assertThat(handed.attempts().stream().map(id -> attempts.find(id).orElseThrow().score()).toList())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("4.25"), new BigDecimal("3.5"), new BigDecimal("4.5"));
	}

	@Test
	void resultsBecomeFinalOnlyWhenTheExamIsClosedAndEveryAnswerMarked() {
		Handed handed = handedIn(false);
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		assertThatThrownBy(() -> results.finalise(admin, handed.exam())).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.notClosed"));
		results.close(admin, handed.exam());
		assertThatThrownBy(() -> results.finalise(admin, handed.exam())).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.marksMissing"));
		markAll(logins.actor("grader-a"), handed, "5", "3", "0");
		List<CandidateResult> finals = results.finalise(admin, handed.exam());
		assertThat(finals).hasSize(3);
		assertThat(finals).extracting(CandidateResult::outOf100)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("100"), new BigDecimal("60"), BigDecimal.ZERO);
		assertThat(exams.exam(handed.exam()).status()).isEqualTo(ExamStatus.FINAL);
		assertThat(results.finalResults(handed.exam())).hasSize(3);
		assertThatThrownBy(() -> grading.claim(logins.actor("grader-b"), handed.exam(), handed.question()))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.final"));
	}

	@Test
	void onlyTheExamsGradersAndOrganisersGrade() {
		Handed handed = handedIn(false);
		assertThatThrownBy(() -> grading.queue(logins.actor(Demo.FINANCE_ADMIN), handed.exam()))
			.isInstanceOf(OutOfScopeException.class);
		people.admin("grader-outside", Demo.HAISITANPU);
		assertThatThrownBy(() -> grading.claim(logins.actor("grader-outside"), handed.exam(), handed.question()))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(grading.queue(logins.actor("grader-a"), handed.exam())).singleElement()
			.satisfies(row -> assertThat(row.answers()).isEqualTo(3));
	}

	/**
	 * Marks, one after another, every answer the grader may claim, with the scores given
	 * in order.
	 */
	private List<Long> markAll(Actor grader, Handed handed, String... scores) {
		List<Long> marked = new ArrayList<>();
		for (String score : scores) {
			var task = grading.claim(grader, handed.exam(), handed.question());
			if (task.isEmpty()) {
				break;
			}
			int index = handed.attempts().indexOf(attemptOf(task.get()));
			grading.mark(grader, task.get().markId(), new BigDecimal(scores[index]), null);
			marked.add(task.get().markId());
		}
		return marked;
	}

	private long attemptOf(MarkTask task) {
		return jdbc.sql("SELECT attempt_id FROM grading_mark WHERE id = ?")
			.param(task.markId())
			.query(Long.class)
			.single();
	}

}
