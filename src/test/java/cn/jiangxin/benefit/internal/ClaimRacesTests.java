package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;

/**
 * Claims and scans racing on real threads (and in the PostgreSQL leg on real row locks
 * and SKIP LOCKED): 500 members for 100 coupons get exactly 100; one member's 50 taps at
 * once get exactly their limit, and 50 taps with one key one coupon; two scans of one
 * coupon at once redeem it once. A control claims the naive way (count the claimed, then
 * insert) in the same kind of race and over-issues, so the race tests can fail. One
 * member's 50 registrations for a draw at once make one entry; 200 registrations racing
 * the close of registration and the draw are each either drawn or refused.
 */
@IntegrationTest
class ClaimRacesTests {

	private static final AtomicInteger KEYS = new AtomicInteger();

	@Autowired
	Claims claims;

	@Autowired
	Redemptions redemptions;

	@Autowired
	Lottery lottery;

	@Autowired
	BenefitSetup setup;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * The first {@code n} members in good standing across the city, as members acting for
	 * themselves.
	 */
	private List<Actor> members(int n) {
		List<Actor> actors = jdbc
			.sql("SELECT id, card_no, name, org_id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT ?")
			.param(n)
			.query((rs, i) -> new Actor(0, rs.getString("card_no"), rs.getString("name"), Set.of(Role.MEMBER),
					rs.getLong("org_id"), Set.of(), rs.getLong("id")))
			.list();
		assertThat(actors).hasSize(n);
		return actors;
	}

	private static String key() {
		return "race-key-" + KEYS.incrementAndGet();
	}

	private long claimed(long campaign) {
		return jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL")
			.param(campaign)
			.query(Long.class)
			.single();
	}

	@Test
	void fiveHundredMembersRacingForAHundredCouponsGetExactlyAHundred() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "抢券商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).stock(100));
		List<Callable<String>> calls = new ArrayList<>();
		for (Actor member : members(500)) {
			calls.add(() -> {
				claims.claim(member, campaign, key());
				return "claimed";
			});
		}
		List<String> results = Races.race(calls);
		assertThat(results.stream().filter("claimed"::equals).count()).isEqualTo(100);
		assertThat(results.stream().filter("benefit.claim.soldOut"::equals).count()).isEqualTo(400);
		assertThat(claimed(campaign)).isEqualTo(100);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT member_id) FROM coupon WHERE campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(100);
	}

	/**
	 * Once sold out, members holding no coupon are told at once and only holders' keys
	 * are looked up: every winner's retry, made as the stock runs out, still gets its
	 * coupon.
	 */
	@Test
	void winnersRetryingAsTheStockRunsOutGetTheirCoupons() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "售罄商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).stock(100));
		List<Callable<String>> calls = new ArrayList<>();
		for (Actor member : members(300)) {
			calls.add(() -> {
				String key = key();
				Claims.Claimed first = claims.claim(member, campaign, key);
				for (int i = 0; i < 3; i++) {
					Claims.Claimed again = claims.claim(member, campaign, key);
					assertThat(again.replayed()).isTrue();
					assertThat(again.coupon().code()).isEqualTo(first.coupon().code());
				}
				return "claimed";
			});
		}
		List<String> results = Races.race(calls);
		assertThat(results.stream().filter("claimed"::equals).count()).isEqualTo(100);
		assertThat(results.stream().filter("benefit.claim.soldOut"::equals).count()).isEqualTo(200);
		assertThat(claimed(campaign)).isEqualTo(100);
		// after the sell-out: a holder's new key and a non-holder are told it is sold out
		Actor holder = members(300).stream()
			.filter(m -> jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id = ?")
				.params(campaign, m.memberId())
				.query(Long.class)
				.single() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(claims.attempt(holder, campaign, key()).refused().code()).isEqualTo("benefit.claim.soldOut");
		assertThat(claims.attempt(members(301).get(300), campaign, key()).refused().code())
			.isEqualTo("benefit.claim.soldOut");
	}

	@Test
	void oneMembersFiftyTapsAtOnceGetExactlyTheirLimit() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "限领商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).stock(100).perMember(3));
		Actor member = members(1).get(0);
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			calls.add(() -> {
				claims.claim(member, campaign, key());
				return "claimed";
			});
		}
		List<String> results = Races.race(calls);
		assertThat(results.stream().filter("claimed"::equals).count()).isEqualTo(3);
		assertThat(results.stream().filter("benefit.claim.limit"::equals).count()).isEqualTo(47);
		assertThat(claimed(campaign)).isEqualTo(3);
	}

	@Test
	void fiftyTapsWithOneKeyClaimOneCoupon() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "连点商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).stock(100).perMember(5));
		Actor member = members(2).get(1);
		String key = key();
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			calls.add(() -> claims.claim(member, campaign, key).coupon().code());
		}
		List<String> results = Races.race(calls);
		assertThat(Set.copyOf(results)).hasSize(1);
		assertThat(results.get(0)).matches("[A-Z0-9]{12}");
		assertThat(claimed(campaign)).isEqualTo(1);
	}

	@Test
	void twoScansOfOneCouponAtOnceRedeemItOnce() throws Exception {
		long merchantId = setup.merchant(Demo.CITY, "双扫商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchantId)).stock(10));
		Actor first = logins.actor(setup.clerk(merchantId));
		Actor second = logins.actor(setup.clerk(merchantId));
		long outlet = setup.outlet(merchantId);
		List<Actor> holders = members(5);
		for (int round = 0; round < 5; round++) {
			String code = setup.claim(holders.get(round), campaign);
			CampaignDrafts.Redemption at = new CampaignDrafts.Redemption(outlet, new BigDecimal("88"));
			List<String> results = Races.race(List.<Callable<String>>of(() -> {
				redemptions.redeem(first, code, at, key());
				return "redeemed";
			}, () -> {
				redemptions.redeem(second, code, at, key());
				return "redeemed";
			}));
			assertThat(results).as("round %d", round).containsExactlyInAnyOrder("redeemed", "benefit.redeem.used");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND redeemed_at IS NOT NULL")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void oneMembersFiftyRegistrationsAtOnceMakeOneEntry() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "登记连点商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).lottery().stock(10));
		Actor member = members(3).get(2);
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			calls.add(() -> String.valueOf(lottery.register(member, campaign).entry().entryId()));
		}
		List<String> results = Races.race(calls);
		assertThat(Set.copyOf(results)).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM lottery_entry WHERE campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void registrationsRacingTheCloseAndTheDrawAreAllDrawnOrRefused() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "登记开奖商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).lottery().stock(50));
		// registration closes a moment from now; the draw is made the instant it has
		Instant close = Instant.now().plusMillis(400);
		jdbc.sql("UPDATE coupon_campaign SET claim_closes_at = ? WHERE id = ?")
			.params(CampaignStore.utc(close), campaign)
			.update();
		List<Callable<String>> calls = new ArrayList<>();
		for (Actor member : members(200)) {
			calls.add(() -> {
				sleepUntil(close.minusMillis(ThreadLocalRandom.current().nextInt(100)));
				lottery.register(member, campaign);
				return "registered";
			});
		}
		calls.add(() -> {
			// a few milliseconds after the close (a sleep counts in whole milliseconds)
			sleepUntil(close.plusMillis(5));
			lottery.drawNow(Actor.system(), campaign);
			return "drawn";
		});
		List<String> results = Races.race(calls);
		assertThat(results).contains("drawn");
		long entries = jdbc.sql("SELECT COUNT(*) FROM lottery_entry WHERE campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single();
		assertThat(results.stream().filter("registered"::equals).count()).isEqualTo(entries);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM lottery_entry WHERE campaign_id = ? AND won IS NULL")
			.param(campaign)
			.query(Long.class)
			.single()).as("every entry that was registered took part in the draw").isZero();
		assertThat(claimed(campaign)).isEqualTo(Math.min(50, entries));
	}

	@Test
	void controlANaiveCountThenInsertOverIssuesInTheSameRace() throws Exception {
		long merchant = setup.merchant(Demo.CITY, "朴素发券商户" + KEYS.incrementAndGet());
		long campaign = setup.publish(setup.draft(Demo.CITY, List.of(merchant)).stock(5));
		// The naive way keeps no stock rows: it counts what was claimed and inserts a
		// coupon if that is below 5
		jdbc.sql("DELETE FROM coupon WHERE campaign_id = ?").param(campaign).update();
		List<Actor> racers = members(8);
		CountDownLatch allCounted = new CountDownLatch(racers.size());
		ExecutorService pool = Executors.newFixedThreadPool(racers.size());
		try {
			List<Future<Boolean>> futures = new ArrayList<>();
			for (Actor racer : racers) {
				futures.add(pool.submit(() -> naiveClaim(campaign, 5, racer.memberId(), allCounted)));
			}
			for (Future<Boolean> future : futures) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(claimed(campaign)).as("the naive way issues more than the stock").isGreaterThan(5);
	}

	private static void sleepUntil(Instant at) throws InterruptedException {
		long millis = at.toEpochMilli() - System.currentTimeMillis();
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	private boolean naiveClaim(long campaign, int stock, long memberId, CountDownLatch allCounted) {
		return new TransactionTemplate(transactions).execute(status -> {
			long taken = claimed(campaign);
			allCounted.countDown();
			Races.await(allCounted);
			if (taken >= stock) {
				return false;
			}
			jdbc.sql(
					"INSERT INTO coupon (campaign_id, code, member_id, claimed_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
				.params(campaign, CouponCodes.next(), memberId)
				.update();
			return true;
		});
	}

}
