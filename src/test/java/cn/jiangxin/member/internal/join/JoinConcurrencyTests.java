package cn.jiangxin.member.internal.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/** Two admins approving one application at the same moment make exactly one member. */
@IntegrationTest
class JoinConcurrencyTests {

	@Autowired
	JoinService joins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentApprovalsMakeExactlyOneMember() throws Exception {
		for (int round = 0; round < 5; round++) {
			String id = People.idNumber();
			long application = joins.apply(
					JoinFlowTests.form(orgs.id(Demo.HAISITANPU), id, People.phone(), EmploymentType.EMPLOYEE),
					"10.9.9." + round);
			long before = count(orgs.id(Demo.HAISITANPU));
			Actor[] admins = { logins.actor(Demo.JINGKAI_ADMIN), logins.actor(Demo.CITY_ADMIN) };
			ExecutorService pool = Executors.newFixedThreadPool(4);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Actor admin = admins[i % 2];
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						joins.approve(admin, application);
						return "approved";
					}
					catch (BusinessRuleException ex) {
						return ex.code();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			pool.shutdown();
			assertThat(results).containsOnlyOnce("approved");
			assertThat(results).filteredOn(result -> !result.equals("approved")).containsOnly("join.alreadyDecided");
			long withThisId = jdbc
				.sql("SELECT COUNT(*) FROM member m JOIN join_application a ON a.id_hash = m.id_hash WHERE a.id = ?")
				.params(application)
				.query(Long.class)
				.single();
			assertThat(withThisId).isEqualTo(1);
			assertThat(count(orgs.id(Demo.HAISITANPU))).isEqualTo(before + 1);
		}
	}

	private long count(long orgId) {
		return jdbc.sql("SELECT active FROM org_member_count WHERE org_id = ?")
			.params(orgId)
			.query(Long.class)
			.single();
	}

}
