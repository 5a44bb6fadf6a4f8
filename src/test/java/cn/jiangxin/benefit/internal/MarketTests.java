package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Markets through the API: the demo's market in the robot industrial park; planning,
 * stalls (only for merchants of plans within reach, in their categories, a place once),
 * coupons only visitors claim (at its stalls, within its days), members checking in once
 * with the entrance's code, the walk-ins, the report, and closing after the last day.
 */
@IntegrationTest
class MarketTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	BenefitSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult post(String who, String uri, String body) {
		return mvc.post()
			.uri(uri)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.header("Idempotency-Key", "market-key-" + System.nanoTime())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "{}" : body)
			.exchange();
	}

	private MvcTestResult get(String who, String uri) {
		return mvc.get().uri(uri).with(logins.as(who)).header("Accept-Language", "zh-CN").exchange();
	}

	@Test
	void theDemoMarketHasTwoCorridorsAndProduceFromXinjiangAndInnerMongolia() {
		long id = jdbc.sql("SELECT id FROM market WHERE title = '亦工惠·机器人产业园线下市集'").query(Long.class).single();
		MvcTestResult market = get(Demo.JINGKAI_ADMIN, "/api/v1/markets/" + id + "/stalls");
		assertThat(market).hasStatus(200).bodyJson().extractingPath("$[*].rowName").asArray().containsOnly("东廊", "西廊");
		assertThat(market).bodyJson().extractingPath("$.length()").asNumber().isEqualTo(22);
		assertThat(market).bodyJson()
			.extractingPath("$[?(@.category == 'RURAL')].goods")
			.asArray()
			.anySatisfy(g -> assertThat((String) g).contains("新疆").contains("内蒙古"));
		MvcTestResult report = get(Demo.JINGKAI_ADMIN, "/api/v1/markets/" + id + "/report");
		assertThat(report).hasStatus(200).bodyJson().extractingPath("$.merchants").isEqualTo(22);
		assertThat(report).bodyJson().extractingPath("$.visitors.walkIns").isEqualTo(267);
		assertThat(report).bodyJson().extractingPath("$.redeemed").asNumber().satisfies(n -> {
			assertThat(n.intValue()).isPositive();
		});
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/markets/" + id)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("CLOSED");
	}

	@Test
	void onlyCheckedInVisitorsClaimTheMarketsCouponAndEachCountsOnce() {
		long food = setup.merchant(Demo.JINGKAI, "市集小吃");
		long other = setup.merchant(Demo.JINGKAI, "不在市集的商户");
		long outside = setup.merchant(Demo.FINANCE, "别处的商户");
		LocalDate today = LocalDate.now(Zones.BEIJING);
		MvcTestResult made = post(Demo.JINGKAI_ADMIN, "/api/v1/markets", """
				{"orgId": %d, "title": "测试职工市集", "venue": "园区广场", "heldFrom": "%s", "heldTo": "%s",
				 "opensAt": "00:00", "closesAt": "23:59"}""".formatted(orgs.id(Demo.JINGKAI), today, today));
		assertThat(made).hasStatus(201);
		long market = jdbc.sql("SELECT MAX(id) FROM market WHERE title = '测试职工市集'").query(Long.class).single();
		String base = "/api/v1/markets/" + market;
		String stall = "{\"merchantId\": %d, \"rowName\": \"东廊\", \"number\": %d, \"category\": \"%s\"}";
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/stalls", stall.formatted(food, 1, "FOOD"))).hasStatus(201);
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/stalls", stall.formatted(outside, 2, "FOOD"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("merchantId");
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/stalls", stall.formatted(other, 2, "HEALTH"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("category");
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/stalls", stall.formatted(other, 1, "FOOD"))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.market.stallTaken");
		String coupon = """
				{"orgId": %d, "title": "市集专享券", "kind": "CASH", "faceValue": 10, "threshold": 50, "stock": 5,
				 "perMember": 1, "allocation": "FIRST", "claimOpensAt": "%sT00:00", "claimClosesAt": "%sT23:59",
				 "validFrom": "%s", "validTo": "%s", "payer": "UNION", "merchantIds": [%d]}""";
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/coupons",
				coupon.formatted(orgs.id(Demo.JINGKAI), today, today, today, today, other)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("merchantIds");
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/coupons",
				coupon.formatted(orgs.id(Demo.JINGKAI), today, today, today, today.plusDays(3), food)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("validTo");
		MvcTestResult draft = post(Demo.JINGKAI_ADMIN, base + "/coupons",
				coupon.formatted(orgs.id(Demo.JINGKAI), today, today, today, today, food));
		assertThat(draft).hasStatus(201);
		long campaign = jdbc.sql("SELECT campaign_id FROM market_campaign WHERE market_id = ?")
			.param(market)
			.query(Long.class)
			.single();
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/coupon-campaigns/" + campaign + "/publish", null)).hasStatus(200);

		Someone visitor = people.member(Demo.HAISITANPU);
		String claims = "/api/v1/coupon-campaigns/" + campaign + "/claims";
		assertThat(post(visitor.cardNo(), claims, null)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.market.checkInFirst");
		assertThat(post(visitor.cardNo(), base + "/visits", "{\"token\": \"forged-code\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("token");
		String token = "{\"token\": \"" + setup.marketToken(market) + "\"}";
		assertThat(post(visitor.cardNo(), base + "/visits", token)).hasStatus(201)
			.bodyJson()
			.extractingPath("$.members")
			.isEqualTo(1);
		assertThat(post(visitor.cardNo(), base + "/visits", token)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.members")
			.isEqualTo(1);
		assertThat(post(visitor.cardNo(), claims, null)).hasStatus(201);
		// a member of another subtree does not see the market
		assertThat(post(people.member(Demo.BANK).cardNo(), base + "/visits", token)).hasStatus(404);
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/visits", "{}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("people");
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/visits", "{\"people\": 40}")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(41);
		MvcTestResult report = get(Demo.JINGKAI_ADMIN, base + "/report");
		assertThat(report).bodyJson().extractingPath("$.claimed").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.stalls").isEqualTo(1);
		assertThat(post(Demo.JINGKAI_ADMIN, base + "/close", null)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.market.notOver");
		assertThat(get(visitor.cardNo(), base + "/report")).hasStatus(403);
		assertThat(get(visitor.cardNo(), "/api/v1/markets")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(Long.valueOf(market).intValue());
	}

	@Test
	void aClerkSeesOnlyTheMarketsWhereTheirMerchantHasAStall() {
		long mine = setup.merchant(Demo.JINGKAI, "有摊位的商户");
		long theirs = setup.merchant(Demo.JINGKAI, "别的摊位商户");
		String clerk = setup.clerk(mine);
		long with = setup.market(Demo.JINGKAI, List.of(mine));
		long without = setup.market(Demo.JINGKAI, List.of(theirs));
		assertThat(get(clerk, "/api/v1/markets/" + with)).hasStatus(200);
		assertThat(get(clerk, "/api/v1/markets/" + without)).hasStatus(404);
		assertThat(post(clerk, "/api/v1/markets/" + with + "/stalls",
				"{\"merchantId\": %d, \"rowName\": \"西廊\", \"number\": 9, \"category\": \"FOOD\"}".formatted(mine)))
			.hasStatus(403);
	}

}
