package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import tools.jackson.databind.json.JsonMapper;

/**
 * 抽签: the draw is a pure function of the seed that anyone repeats from the public
 * listing; members register once in the window, the draw comes after it, once, with the
 * seed matching the hash shown at publishing; the winners, no more than the stock, hold a
 * coupon each and the others none; the rules of who may claim hold for registering.
 */
@IntegrationTest
class LotteryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	BenefitSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	JdbcClient jdbc;

	/** A plain reader (the platform's own refuses nulls in what it reads). */
	private final JsonMapper json = JsonMapper.builder().build();

	private MvcTestResult post(String who, String uri) {
		return mvc.post()
			.uri(uri)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.header("Idempotency-Key", "lottery-key-0001")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
	}

	private MvcTestResult get(String who, String uri) {
		return mvc.get().uri(uri).with(logins.as(who)).header("Accept-Language", "zh-CN").exchange();
	}

	@Test
	void theDrawIsAPureFunctionOfTheSeedThatAnyoneCanRepeat() {
		// tickets as `echo -n "jiangxin-seed:3" | sha256sum` gives them
		assertThat(LotteryDraw.ticket("jiangxin-seed", 42))
			.isEqualTo("7055b3ddf0edd9049b36938fbf3b7d7713f438e9e377ae2044d54ba2db2ab4e1");
		List<Long> entries = List.of(1L, 2L, 3L, 4L, 5L);
		assertThat(LotteryDraw.winners("jiangxin-seed", entries, 2)).extracting(LotteryDraw.Ticket::entryId)
			.containsExactly(3L, 1L);
		assertThat(LotteryDraw.winners("jiangxin-seed", List.of(5L, 4L, 3L, 2L, 1L), 2))
			.isEqualTo(LotteryDraw.winners("jiangxin-seed", entries, 2));
		assertThat(LotteryDraw.winners("jiangxin-seed", entries, 9)).hasSize(5);
		List<Long> many = new ArrayList<>();
		for (long i = 1; i <= 1000; i++) {
			many.add(i);
		}
		assertThat(LotteryDraw.winners("another-seed", many, 100))
			.isNotEqualTo(LotteryDraw.winners("jiangxin-seed", many, 100));
	}

	@Test
	void membersRegisterOnceInTheWindowAndTheDrawGivesTheStockToTheLowestTickets() throws Exception {
		long merchant = setup.merchant(Demo.JINGKAI, "抽签商户");
		long campaign = setup.publish(setup.draft(Demo.JINGKAI, List.of(merchant)).lottery().stock(3));
		String base = "/api/v1/coupon-campaigns/" + campaign + "/lottery";
		List<Someone> members = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Someone member = people.member(Demo.HAISITANPU);
			members.add(member);
			assertThat(post(member.cardNo(), base)).hasStatus(201).bodyJson().extractingPath("$.won").isNull();
		}
		MvcTestResult again = post(members.get(0).cardNo(), base);
		assertThat(again).hasStatus(200);
		// first come is not how this campaign goes out
		assertThat(post(members.get(0).cardNo(), "/api/v1/coupon-campaigns/" + campaign + "/claims")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.claim.lottery");
		// the seed stays hidden until the draw, which waits for registration to close
		assertThat(get(Demo.JINGKAI_ADMIN, base)).hasStatus(200)
			.bodyJson()
			.hasPathSatisfying("$.seed", s -> s.assertThat().isNull())
			.extractingPath("$.state")
			.isEqualTo("REGISTERING");
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/draw")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.lottery.stillOpen");
		setup.claimsOver(campaign);
		assertThat(post(people.member(Demo.HAISITANPU).cardNo(), base)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.lottery.over");
		// a member may not draw; the admin draws once
		assertThat(post(members.get(0).cardNo(), base + "/draw")).hasStatus(403);
		MvcTestResult drawn = post(Demo.JINGKAI_ADMIN, base + "/draw");
		assertThat(drawn).hasStatus(200).bodyJson().extractingPath("$.winners").isEqualTo(3);
		Map<?, ?> draw = json.readValue(drawn.getResponse().getContentAsByteArray(), Map.class);
		assertThat(LotteryDraw.sha256((String) draw.get("seed"))).isEqualTo(draw.get("seedHash"));
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/draw")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.lottery.drawn");
		// anyone who sees the campaign repeats the draw from the listing
		List<?> lines = json.readValue(
				get(members.get(1).cardNo(), base + "/entries").getResponse().getContentAsByteArray(), List.class);
		assertThat(lines).hasSize(5);
		String seed = (String) draw.get("seed");
		List<Long> expected = lines.stream()
			.map(l -> ((Number) ((Map<?, ?>) l).get("entryId")).longValue())
			.sorted(Comparator.comparing((Long id) -> LotteryDraw.ticket(seed, id)))
			.limit(3)
			.toList();
		for (Object l : lines) {
			Map<?, ?> line = (Map<?, ?>) l;
			long id = ((Number) line.get("entryId")).longValue();
			assertThat(line.get("ticket")).isEqualTo(LotteryDraw.ticket(seed, id));
			assertThat(line.get("won")).isEqualTo(expected.contains(id));
		}
		// the winners hold one coupon each, the others none
		int winners = 0;
		for (Someone member : members) {
			MvcTestResult mine = get(member.cardNo(), base);
			Map<?, ?> entry = (Map<?, ?>) json.readValue(mine.getResponse().getContentAsByteArray(), Map.class)
				.get("mine");
			long held = jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id = ?")
				.params(campaign, member.id())
				.query(Long.class)
				.single();
			if (Boolean.TRUE.equals(entry.get("won"))) {
				winners++;
				assertThat(held).isEqualTo(1);
				assertThat(entry.get("couponCode")).isNotNull();
				assertThat(get(member.cardNo(), "/api/v1/me/coupons/" + entry.get("couponCode"))).hasStatus(200);
			}
			else {
				assertThat(entry.get("won")).isEqualTo(false);
				assertThat(held).isZero();
			}
		}
		assertThat(winners).isEqualTo(3);
		assertThat(post(members.get(0).cardNo(), base)).hasStatus(200);
		assertThat(post(people.member(Demo.HAISITANPU).cardNo(), base)).hasStatus(409);
	}

	@Test
	void registeringKeepsTheRulesOfWhoMayClaim() {
		long merchant = setup.merchant(Demo.JINGKAI, "抽签对象商户");
		long campaign = setup.publish(setup.draft(Demo.JINGKAI, List.of(merchant)).lottery());
		String base = "/api/v1/coupon-campaigns/" + campaign + "/lottery";
		assertThat(post(people.member(Demo.BANK).cardNo(), base)).hasStatus(404);
		assertThat(get(people.member(Demo.BANK).cardNo(), base)).hasStatus(404);
		Someone retained = people.member(Demo.HAISITANPU);
		people.setMemberStatus(retained.id(), "RETAINED");
		assertThat(post(retained.cardNo(), base)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.eligible.card");
		long later = setup.publish(setup.draft(Demo.JINGKAI, List.of(merchant)).lottery().opensIn(5));
		assertThat(post(people.member(Demo.HAISITANPU).cardNo(), "/api/v1/coupon-campaigns/" + later + "/lottery"))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.lottery.notYet");
		// a first-come campaign has no draw
		long first = setup.publish(setup.draft(Demo.JINGKAI, List.of(merchant)));
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/coupon-campaigns/" + first + "/lottery")).hasStatus(404);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/coupon-campaigns/" + first + "/lottery/draw")).hasStatus(404);
	}

	@Test
	void theDemoDrawWasMadeAndItsListingMatchesItsSeed() {
		Map<String, Object> row = jdbc.sql("""
				SELECT id, seed, seed_hash, stock FROM coupon_campaign WHERE title = '亦工惠·中医理疗体验券（抽签）'""")
			.query()
			.singleRow();
		long id = ((Number) row.get("id")).longValue();
		String seed = (String) row.get("seed");
		assertThat(LotteryDraw.sha256(seed)).isEqualTo(row.get("seed_hash"));
		List<Long> entries = jdbc.sql("SELECT id FROM lottery_entry WHERE campaign_id = ? ORDER BY id")
			.param(id)
			.query(Long.class)
			.list();
		List<Long> won = jdbc.sql("SELECT id FROM lottery_entry WHERE campaign_id = ? AND won ORDER BY id")
			.param(id)
			.query(Long.class)
			.list();
		assertThat(entries.size()).isGreaterThan(((Number) row.get("stock")).intValue());
		assertThat(won).containsExactlyInAnyOrderElementsOf(
				LotteryDraw.winners(seed, entries, ((Number) row.get("stock")).intValue())
					.stream()
					.map(LotteryDraw.Ticket::entryId)
					.toList());
	}

}
