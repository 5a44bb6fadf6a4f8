package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;
import cn.jiangxin.support.TestDatabase;

/**
 * Two admins conferring the same level on a studio at once (on real threads, and in the
 * PostgreSQL leg real row locks): one level and one title, the other refused. A control
 * does it the naive way (read the level, then write) and records it twice. Likewise two
 * admins assessing a mentorship's last two apprentices at once: the mentorship closes;
 * the naive way, without its lock, leaves it open with every apprentice assessed.
 */
@IntegrationTest
class StudioRacesTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	StudioService studios;

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

	private long studio(Actor admin) {
		return studios.register(admin,
				new StudioDraft("竞争工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU), null,
						people.member(Demo.HAISITANPU).cardNo(), StudioField.MANUFACTURING, LocalDate.of(2023, 1, 1),
						List.of(), null));
	}

	private long levels(long studio) {
		return jdbc.sql("SELECT COUNT(*) FROM studio_level WHERE studio_id = ?")
			.param(studio)
			.query(Long.class)
			.single();
	}

	@Test
	void twoAdminsConferringTheSameLevelAtOnceRecordItOnce() throws Exception {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		Actor city = logins.actor(Demo.CITY_ADMIN);
		for (int round = 0; round < 5; round++) {
			long studio = studio(jingkai);
			LevelDraft draft = new LevelDraft(StudioLevel.DISTRICT, orgs.id(Demo.JINGKAI), "京开工发〔2025〕" + round + "号",
					LocalDate.of(2025, 5, 8));
			List<String> results = Races.race(List.<Callable<String>>of(() -> {
				studios.confer(jingkai, studio, draft);
				return "conferred";
			}, () -> {
				studios.confer(city, studio, draft);
				return "conferred";
			}));
			assertThat(results).as("round %d", round)
				.containsExactlyInAnyOrder("conferred", "innovation.level.notHigher");
			assertThat(levels(studio)).isEqualTo(1);
		}
	}

	@Test
	void controlANaiveConferralThatReadsTheLevelWithoutALockRecordsItTwice() throws Exception {
		long studio = studio(logins.actor(Demo.JINGKAI_ADMIN));
		CountDownLatch bothRead = new CountDownLatch(2);
		Callable<Boolean> naive = () -> new TransactionTemplate(transactions).execute(status -> {
			String level = jdbc.sql("SELECT level FROM studio WHERE id = ?")
				.param(studio)
				.query(String.class)
				.optional()
				.orElse(null);
			bothRead.countDown();
			Races.await(bothRead);
			if (level != null) {
				return false;
			}
			long honor = System.nanoTime();
			jdbc.sql("""
					INSERT INTO studio_level (studio_id, level, conferring_org, decision, conferred_on, honor_id,
					                          created_by, created_at)
					VALUES (?, 'DISTRICT', ?, 'naive', DATE '2025-05-08', ?, 'naive', CURRENT_TIMESTAMP)""")
				.params(studio, orgs.id(Demo.JINGKAI), honor)
				.update();
			return true;
		});
		// Two threads of their own: the common pool may have one on a two-core machine
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> first = pool.submit(naive);
			Future<Boolean> second = pool.submit(naive);
			assertThat(first.get(30, TimeUnit.SECONDS) && second.get(30, TimeUnit.SECONDS)).as("both wrote").isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(levels(studio)).as("the naive way records the level twice").isEqualTo(2);
	}

	@Autowired
	MentoringService mentoring;

	private String status(long mentorship) {
		return jdbc.sql("SELECT status FROM mentorship WHERE id = ?").param(mentorship).query(String.class).single();
	}

	@Test
	void twoAdminsAssessingTheLastTwoApprenticesAtOnceCloseTheMentorship() throws Exception {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		Actor city = logins.actor(Demo.CITY_ADMIN);
		for (int round = 0; round < 5; round++) {
			long studio = studio(jingkai);
			String mentor = jdbc
				.sql("SELECT m.card_no FROM member m JOIN studio s ON s.leader_id = m.id WHERE s.id = ?")
				.param(studio)
				.query(String.class)
				.single();
			String a = people.member(Demo.HAISITANPU).cardNo();
			String b = people.member(Demo.HAISITANPU).cardNo();
			long mentorship = mentoring.agree(jingkai, studio, new MentorshipDraft(mentor, List.of(a, b),
					LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "竞争考核"));
			List<String> results = Races.race(List.<Callable<String>>of(() -> {
				mentoring.assess(jingkai, mentorship,
						new Assessment(a, Assessment.GoalsMet.MET, null, null, LocalDate.of(2025, 3, 1)));
				return "assessed";
			}, () -> {
				mentoring.assess(city, mentorship,
						new Assessment(b, Assessment.GoalsMet.MET, null, null, LocalDate.of(2025, 3, 1)));
				return "assessed";
			}));
			assertThat(results).as("round %d", round).containsExactly("assessed", "assessed");
			assertThat(status(mentorship)).as("round %d: the last assessment closed it", round).isEqualTo("ASSESSED");
		}
	}

	@Test
	void controlNaiveAssessmentsWithoutTheMentorshipsLockLeaveItOpen() throws Exception {
		// On H2 each transaction's count already saw the other's uncommitted assessment
		// here, so
		// the naive way happens to close it; PostgreSQL, like a real deployment, shows
		// the gap
		assumeTrue(TestDatabase.isPostgres(), "the control shows its gap under PostgreSQL's read committed");
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long studio = studio(jingkai);
		String mentor = jdbc.sql("SELECT m.card_no FROM member m JOIN studio s ON s.leader_id = m.id WHERE s.id = ?")
			.param(studio)
			.query(String.class)
			.single();
		List<String> cards = List.of(people.member(Demo.HAISITANPU).cardNo(), people.member(Demo.HAISITANPU).cardNo());
		long mentorship = mentoring.agree(jingkai, studio,
				new MentorshipDraft(mentor, cards, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "朴素考核"));
		CountDownLatch bothAssessed = new CountDownLatch(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> waiting = new ArrayList<>();
			for (String card : cards) {
				waiting.add(pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
					jdbc.sql("""
							UPDATE mentorship_apprentice SET goals_met = 'MET', assessed_on = DATE '2025-03-01'
							WHERE mentorship_id = ? AND member_id = (SELECT id FROM member WHERE card_no = ?)""")
						.params(mentorship, card)
						.update();
					bothAssessed.countDown();
					Races.await(bothAssessed);
					long pending = jdbc
						.sql("SELECT COUNT(*) FROM mentorship_apprentice WHERE mentorship_id = ? AND goals_met IS NULL")
						.param(mentorship)
						.query(Long.class)
						.single();
					if (pending == 0) {
						jdbc.sql("UPDATE mentorship SET status = 'ASSESSED' WHERE id = ?").param(mentorship).update();
					}
					return pending;
				})));
			}
			for (Future<Long> each : waiting) {
				assertThat(each.get(30, TimeUnit.SECONDS)).as("each saw the other's apprentice waiting").isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(status(mentorship)).as("every apprentice assessed, yet the naive way leaves it open")
			.isEqualTo("ACTIVE");
	}

}
