package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.EventKind;
import cn.jiangxin.exam.internal.sitting.SaveOutcome;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.exam.internal.sitting.SubmittedBy;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * A candidate's sitting by the server's clock: the deadline fixed at the start, an answer
 * a second late refused and the sweep handing the attempt in with what was saved,
 * resuming on the same device and taking over on another (the first then refused), the
 * later of two answers by sequence number, a double hand-in, extra time, and what the
 * page reports.
 */
@IntegrationTest
class SittingTests {

	@Autowired
	Sittings sittings;

	@Autowired
	AttemptStore attempts;

	@Autowired
	ExamResults results;

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

	private Actor admin() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	/** A fresh candidate of 海斯坦普, signed in. */
	private Actor candidate() {
		return logins.actor(people.member(Demo.HAISITANPU).cardNo());
	}

	private long exam(Actor candidate, Duration window, int minutes, QuestionType... types) {
		ExamSetup.Bank bank = setup.bank(admin(), orgs.id(Demo.JINGKAI), 1);
		return setup.exam(admin(), orgs.id(Demo.JINGKAI), bank, List.of(candidate.memberId()), window, minutes, 1,
				false, types);
	}

	@Test
	void theDeadlineIsTheStartPlusTheDurationOrTheWindowsEndWhicheverIsFirst() {
		Actor one = candidate();
		CandidatePaper whole = start(one, exam(one, Duration.ofHours(2), 30, QuestionType.SINGLE));
		assertThat(Duration.between(whole.serverNow(), whole.deadline()))
			.isBetween(Duration.ofMinutes(30).minusMillis(1), Duration.ofMinutes(30).plusMillis(1));
		Actor two = candidate();
		CandidatePaper shortWindow = start(two, exam(two, Duration.ofMinutes(10), 30, QuestionType.SINGLE));
		assertThat(Duration.between(shortWindow.serverNow(), shortWindow.deadline()))
			.isLessThanOrEqualTo(Duration.ofMinutes(10))
			.isGreaterThan(Duration.ofMinutes(9));
		assertThat(shortWindow.items()).hasSize(1);
		assertThat(shortWindow.items().get(0).options()).extracting(CandidatePaper.Option::label)
			.containsExactly("A", "B", "C", "D");
	}

	@Test
	void anAnswerOneSecondLateIsRefusedAndTheSweepHandsInWhatWasSaved() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE, QuestionType.TRUE_FALSE);
		CandidatePaper paper = start(candidate, exam);
		long single = paper.items().get(0).questionId();
		long trueFalse = paper.items().get(1).questionId();
		sittings.save(candidate, paper.attemptId(), single, List.of("A"), 1, paper.device());
		Instant deadline = Instant.now().minusSeconds(1);
		jdbc.sql("UPDATE exam_attempt SET deadline = ? WHERE id = ?")
			.params(Timestamp.from(deadline), paper.attemptId())
			.update();
		assertThatThrownBy(
				() -> sittings.save(candidate, paper.attemptId(), trueFalse, List.of("T"), 2, paper.device()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("exam.attempt.timeUp"));
		assertThat(sittings.overdue(1000)).contains(paper.attemptId());
		assertThat(sittings.sweep(paper.attemptId())).isTrue();
		Attempt swept = attempts.find(paper.attemptId()).orElseThrow();
		assertThat(swept.status()).isEqualTo(AttemptStatus.GRADED);
		assertThat(swept.submittedBy()).isEqualTo(SubmittedBy.SWEEP);
		assertThat(Duration.between(deadline, swept.submittedAt()).abs()).as("handed in at the deadline")
			.isLessThan(Duration.ofMillis(1));
		// The saved single choice counts; the refused true-or-false is not there
		assertThat(swept.score()).isEqualByComparingTo("1");
		assertThat(attempts.items(paper.attemptId())).extracting(AttemptItem::answer).containsExactly("A", null);
		assertThat(sittings.sweep(paper.attemptId())).as("a second sweep finds it handed in").isFalse();
	}

	@Test
	void aReloadResumesOnTheSameDeviceAndAnotherDeviceTakesTheAttemptOver() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE, QuestionType.FILL);
		CandidatePaper first = start(candidate, exam);
		long single = first.items().get(0).questionId();
		long fill = first.items().get(1).questionId();
		sittings.save(candidate, first.attemptId(), single, List.of("B"), 1, first.device());

		CandidatePaper reload = sittings.start(candidate, exam, first.device(), "10.9.9.9");
		assertThat(reload.attemptId()).isEqualTo(first.attemptId());
		assertThat(reload.resumed()).isTrue();
		assertThat(reload.takenOver()).isFalse();
		assertThat(reload.device()).isEqualTo(first.device());
		assertThat(reload.items().get(0).answer()).containsExactly("B");
		assertThat(reload.items().get(0).seq()).isEqualTo(1);

		CandidatePaper phone = sittings.start(candidate, exam, null, "10.9.9.10");
		assertThat(phone.attemptId()).isEqualTo(first.attemptId());
		assertThat(phone.takenOver()).isTrue();
		assertThat(phone.device()).isNotEqualTo(first.device());
		assertThat(phone.items().get(0).answer()).as("no acknowledged answer is lost").containsExactly("B");
		assertThatThrownBy(() -> sittings.save(candidate, first.attemptId(), fill, List.of("6"), 2, first.device()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("exam.attempt.takenOver"));
		assertThat(sittings.report(candidate, first.attemptId(), first.device(), null, null, "10.9.9.9").held())
			.isFalse();
		assertThat(sittings.save(candidate, first.attemptId(), fill, List.of("六"), 2, phone.device()).saved()).isTrue();
		assertThat(attempts.events(first.attemptId())).extracting(AttemptStore.Event::kind)
			.containsSubsequence(EventKind.START, EventKind.RESUME, EventKind.TAKEOVER);
		assertThat(attempts.events(first.attemptId())).extracting(AttemptStore.Event::kind)
			.contains(EventKind.IP_CHANGED);
	}

	@Test
	void ofTwoSavesOfTheSameAnswerTheLaterBySequenceNumberWinsWhateverOrderTheyArrive() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE);
		CandidatePaper paper = start(candidate, exam);
		long question = paper.items().get(0).questionId();
		SaveOutcome later = sittings.save(candidate, paper.attemptId(), question, List.of("C"), 5, paper.device());
		SaveOutcome earlier = sittings.save(candidate, paper.attemptId(), question, List.of("B"), 4, paper.device());
		assertThat(later.saved()).isTrue();
		assertThat(earlier.saved()).isFalse();
		assertThat(earlier.seq()).isEqualTo(5);
		assertThat(attempts.items(paper.attemptId()).get(0).answer()).isEqualTo("C");
		// A save of the same number again is passed over too: its answer is already there
		assertThat(sittings.save(candidate, paper.attemptId(), question, List.of("D"), 5, paper.device()).saved())
			.isFalse();
		assertThat(sittings.save(candidate, paper.attemptId(), question, List.of(), 6, paper.device()).saved())
			.isTrue();
		assertThat(attempts.items(paper.attemptId()).get(0).answer()).as("cleared").isNull();
	}

	@Test
	void handingInTwiceHandsInOnceAndAnswersAsHandedIn() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE, QuestionType.MULTIPLE);
		CandidatePaper paper = start(candidate, exam);
		sittings.save(candidate, paper.attemptId(), paper.items().get(0).questionId(), List.of("A"), 1, paper.device());
		sittings.save(candidate, paper.attemptId(), paper.items().get(1).questionId(), List.of("A"), 2, paper.device());
		Attempt first = sittings.submit(candidate, paper.attemptId(), paper.device());
		Attempt second = sittings.submit(candidate, paper.attemptId(), paper.device());
		assertThat(second).isEqualTo(first);
		// Single 1 + multiple with partial credit, one of two right options: 2 × 1/2
		assertThat(first.score()).isEqualByComparingTo("2");
		assertThat(first.submittedBy()).isEqualTo(SubmittedBy.CANDIDATE);
		assertThat(attempts.events(paper.attemptId()).stream().filter(e -> e.kind() == EventKind.SUBMIT)).hasSize(1);
		assertThat(orgs.auditRows("examAttempt", paper.attemptId())).as("started and handed in, once each")
			.isEqualTo(2);
		assertThatThrownBy(() -> sittings.save(candidate, paper.attemptId(), paper.items().get(0).questionId(),
				List.of("B"), 3, paper.device()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("exam.attempt.submitted"));
		assertThatThrownBy(() -> sittings.start(candidate, exam, paper.device(), null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("exam.attempts.used"));
	}

	@Test
	void anInvigilatorsExtraTimeMovesTheDeadlineAndIsAudited() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(3), 30, QuestionType.SINGLE);
		CandidatePaper paper = start(candidate, exam);
		Attempt extended = sittings.extend(admin(), paper.attemptId(), 10, "停电 8 分钟");
		assertThat(extended.deadline()).isEqualTo(paper.deadline().plusSeconds(600));
		assertThat(extended.extraMinutes()).isEqualTo(10);
		assertThat(attempts.events(paper.attemptId())).extracting(AttemptStore.Event::kind)
			.contains(EventKind.EXTRA_TIME);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'examAttempt' AND entity_id = ? "
					+ "AND after_state LIKE '%停电%'")
			.param(String.valueOf(paper.attemptId()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> sittings.extend(admin(), paper.attemptId(), 121, "太长"))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("minutes"));
		assertThatThrownBy(() -> sittings.extend(admin(), paper.attemptId(), 5, " "))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> sittings.extend(logins.actor(Demo.FINANCE_ADMIN), paper.attemptId(), 5, "越权"))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void thePageReportsGoToTheLogAndNoOtherKindIsTaken() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE);
		CandidatePaper paper = start(candidate, exam);
		Sittings.Pulse pulse = sittings.report(candidate, paper.attemptId(), paper.device(), EventKind.FOCUS_LOST, null,
				"10.1.2.3");
		assertThat(pulse.held()).isTrue();
		assertThat(pulse.deadline()).isEqualTo(paper.deadline());
		assertThat(attempts.events(paper.attemptId())).extracting(AttemptStore.Event::kind)
			.contains(EventKind.FOCUS_LOST);
		assertThatThrownBy(
				() -> sittings.report(candidate, paper.attemptId(), paper.device(), EventKind.EXTRA_TIME, null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("kind"));
	}

	@Test
	void onlyTheNamedCandidatesMaySitAndOnlyTheirOwnAttempt() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE);
		Actor stranger = candidate();
		assertThatThrownBy(() -> sittings.start(stranger, exam, null, null)).isInstanceOf(OutOfScopeException.class);
		CandidatePaper paper = start(candidate, exam);
		assertThatThrownBy(() -> sittings.save(stranger, paper.attemptId(), paper.items().get(0).questionId(),
				List.of("A"), 1, paper.device()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void closingAnExamEarlyHandsInTheOpenAttemptsAsSaved() {
		Actor candidate = candidate();
		long exam = exam(candidate, Duration.ofHours(1), 60, QuestionType.SINGLE);
		CandidatePaper paper = start(candidate, exam);
		sittings.save(candidate, paper.attemptId(), paper.items().get(0).questionId(), List.of("A"), 1, paper.device());
		results.close(admin(), exam);
		Attempt attempt = attempts.find(paper.attemptId()).orElseThrow();
		assertThat(attempt.status()).isEqualTo(AttemptStatus.GRADED);
		assertThat(attempt.submittedBy()).isEqualTo(SubmittedBy.INVIGILATOR);
		assertThat(attempt.score()).isEqualByComparingTo("1");
		assertThatThrownBy(() -> sittings.start(candidate(), exam, null, null)).isInstanceOf(RuntimeException.class);
	}

	private CandidatePaper start(Actor candidate, long exam) {
		return sittings.start(candidate, exam, null, "10.9.9.9");
	}

}
