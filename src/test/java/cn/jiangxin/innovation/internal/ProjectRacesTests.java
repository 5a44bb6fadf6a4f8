package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;

/**
 * Two admins of a problem's owner choosing different leads at the same moment (on real
 * threads, and in the PostgreSQL leg real row locks): one project with one lead, the
 * other choice refused. A control chooses the naive way (read that the problem is open,
 * then mark the lead) and leaves the problem with two leads.
 */
@IntegrationTest
class ProjectRacesTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	ProblemService problems;

	@Autowired
	StudioSetup setup;

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

	/**
	 * A problem of a new 经开区 call with two studios applied: the problem and the studios.
	 */
	private long[] problemWithTwoApplicants() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long call = setup.call(jingkai, "竞争揭榜" + NAMES.incrementAndGet(), orgs.id(Demo.JINGKAI));
		long problem = setup.problem(jingkai, call, orgs.id(Demo.HAISITANPU));
		long[] ids = { problem, 0, 0 };
		for (int i = 1; i <= 2; i++) {
			ids[i] = setup.studio(jingkai, "竞争揭榜工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU),
					people.member(Demo.HAISITANPU).cardNo());
			setup.apply(jingkai, problem, ids[i]);
		}
		return ids;
	}

	private long leads(long problem) {
		return jdbc.sql("SELECT COUNT(*) FROM problem_application WHERE problem_id = ? AND status = 'LEAD'")
			.param(problem)
			.query(Long.class)
			.single();
	}

	@Test
	void twoAdminsChoosingDifferentLeadsAtOnceStartOneProject() throws Exception {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		Actor city = logins.actor(Demo.CITY_ADMIN);
		for (int round = 0; round < 5; round++) {
			long[] ids = problemWithTwoApplicants();
			long problem = ids[0];
			List<String> results = Races.race(List.<Callable<String>>of(() -> {
				problems.select(jingkai, problem, new ProjectDrafts.Selection(ids[1], List.of(), List.of(),
						LocalDate.now(), LocalDate.now().plusMonths(6), null));
				return "chosen";
			}, () -> {
				problems.select(city, problem, new ProjectDrafts.Selection(ids[2], List.of(), List.of(),
						LocalDate.now(), LocalDate.now().plusMonths(6), null));
				return "chosen";
			}));
			assertThat(results).as("round %d", round).containsExactlyInAnyOrder("chosen", "innovation.problem.notOpen");
			assertThat(leads(problem)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM joint_project WHERE problem_id = ?")
				.param(problem)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void controlANaiveChoiceThatReadsTheProblemWithoutALockLeavesTwoLeads() throws Exception {
		long[] ids = problemWithTwoApplicants();
		long problem = ids[0];
		CountDownLatch bothRead = new CountDownLatch(2);
		Callable<Boolean> naive1 = naive(problem, ids[1], bothRead);
		Callable<Boolean> naive2 = naive(problem, ids[2], bothRead);
		// Two threads of their own: the common pool may have one on a two-core machine
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> first = pool.submit(naive1);
			Future<Boolean> second = pool.submit(naive2);
			assertThat(first.get(30, TimeUnit.SECONDS) && second.get(30, TimeUnit.SECONDS)).as("both chose").isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(leads(problem)).as("the naive way leaves two leads").isEqualTo(2);
	}

	private Callable<Boolean> naive(long problem, long studio, CountDownLatch bothRead) {
		return () -> new TransactionTemplate(transactions).execute(status -> {
			String state = jdbc.sql("SELECT status FROM problem WHERE id = ?")
				.param(problem)
				.query(String.class)
				.single();
			bothRead.countDown();
			Races.await(bothRead);
			if (!"OPEN".equals(state)) {
				return false;
			}
			jdbc.sql("UPDATE problem_application SET status = 'LEAD' WHERE problem_id = ? AND studio_id = ?")
				.params(problem, studio)
				.update();
			return true;
		});
	}

}
