package cn.jiangxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Two admins racing on the same part of the tree: exactly one wins, nothing is
 * half-written.
 */
@IntegrationTest
class OrgConcurrencyTests {

	@Autowired
	OrgService service;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoAdminsCreatingTheSameNameGiveOneUnion() throws Exception {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long parent = orgs.id(Demo.JINGKAI);
		String name = "并发工会" + UUID.randomUUID().toString().substring(0, 6);
		List<Boolean> outcomes = race(8,
				i -> service.create(i % 2 == 0 ? city : jingkai, OrgDraft.of(parent, name, null, OrgLevel.GRASSROOTS)));
		assertThat(outcomes).containsOnlyOnce(true);
		long rows = jdbc.sql("SELECT COUNT(*) FROM org WHERE name = ?").params(name).query(Long.class).single();
		assertThat(rows).isEqualTo(1);
		long id = orgs.id(name);
		long closureRows = jdbc.sql("SELECT COUNT(*) FROM org_closure WHERE descendant_id = ?")
			.params(id)
			.query(Long.class)
			.single();
		assertThat(closureRows).isEqualTo(3);
		assertThat(orgs.auditRows("org", id)).isEqualTo(1);
	}

	@Test
	void twoAdminsRenamingTheSameVersionLoseNoWrite() throws Exception {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long id = service.create(city, OrgDraft.of(orgs.id(Demo.JINGKAI),
				"改名" + UUID.randomUUID().toString().substring(0, 6), null, OrgLevel.GRASSROOTS));
		List<Boolean> outcomes = race(6,
				i -> service.update(city, id,
						new OrgDraft(orgs.id(Demo.JINGKAI), "改名结果" + i + UUID.randomUUID().toString().substring(0, 4),
								null, OrgLevel.GRASSROOTS, null, null, null, null, null, null, null, 0)));
		assertThat(outcomes).containsOnlyOnce(true);
		long updates = jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'org' AND entity_id = ? AND action = 'UPDATE'")
			.params(String.valueOf(id))
			.query(Long.class)
			.single();
		assertThat(updates).isEqualTo(1);
	}

	/** Runs {@code work} on as many threads at once; true where it succeeded. */
	private static List<Boolean> race(int threads, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> futures = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int index = i;
			futures.add(pool.submit(() -> {
				start.await();
				try {
					work.run(index);
					return true;
				}
				catch (RuntimeException lost) {
					return false;
				}
			}));
		}
		start.countDown();
		List<Boolean> outcomes = new ArrayList<>();
		for (Future<Boolean> future : futures) {
			outcomes.add(future.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return outcomes;
	}

	/** The work each racing thread does, given its index. */
	@FunctionalInterface
	interface Work {

		void run(int index);

	}

}
