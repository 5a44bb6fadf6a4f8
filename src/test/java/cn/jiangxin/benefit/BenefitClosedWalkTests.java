package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.benefit.internal.BenefitSetup;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Refusals;

/**
 * Closed means closed for member benefits: a campaign closed for settlement takes no
 * claim, no redemption, no publishing, cancelling or second closing; a cancelled one the
 * same; a merchant that left its plan takes no outlet, no staff and does not leave twice.
 * Every such write, over JSON and from the pages, by the admin, the member or the clerk
 * it belongs to, is refused and changes nothing.
 */
@IntegrationTest
class BenefitClosedWalkTests {

	/**
	 * Writes that make something new (a merchant, a campaign), walked by their own rules
	 * elsewhere.
	 */
	static final Set<String> MAKING = Set.of("POST /api/v1/merchants", "POST /merchants",
			"POST /api/v1/coupon-campaigns", "POST /coupon-campaigns", "POST /api/v1/offers", "POST /api/v1/markets",
			"POST /markets");

	@Autowired
	MockMvc mvc;

	@Autowired
	BenefitSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A write at something closed: its pattern, who sends it, its URL and JSON body. */
	record Write(String key, String who, String url, String body) {
	}

	static List<Write> writes(long campaign, String code, long outlet, long merchant, String member, String clerk,
			long offer, long orgId, long market, String token) {
		String admin = Demo.JINGKAI_ADMIN;
		String marketApi = "/api/v1/markets/" + market;
		String marketPage = "/markets/" + market;
		String today = LocalDate.now(Zones.BEIJING).toString();
		String coupon = """
				{"orgId": %d, "title": "结束后专享券", "kind": "CASH", "faceValue": 10, "threshold": 50, "stock": 5,
				 "perMember": 1, "allocation": "FIRST", "claimOpensAt": "%sT00:00", "claimClosesAt": "%sT23:59",
				 "validFrom": "%s", "validTo": "%s", "payer": "UNION", "merchantIds": [%d]}""".formatted(orgId, today,
				today, today, today, merchant);
		String api = "/api/v1/coupon-campaigns/" + campaign;
		String page = "/coupon-campaigns/" + campaign;
		String redeem = "{\"outletId\": " + outlet + ", \"billAmount\": 100}";
		return List.of(new Write("POST /api/v1/coupon-campaigns/{id}/publish", admin, api + "/publish", "{}"),
				new Write("POST /api/v1/coupon-campaigns/{id}/cancel", admin, api + "/cancel", "{}"),
				new Write("POST /api/v1/coupon-campaigns/{id}/close", admin, api + "/close", "{}"),
				new Write("POST /coupon-campaigns/{id}/publish", admin, page + "/publish", null),
				new Write("POST /coupon-campaigns/{id}/cancel", admin, page + "/cancel", null),
				new Write("POST /coupon-campaigns/{id}/close", admin, page + "/close", null),
				new Write("POST /api/v1/coupon-campaigns/{id}/claims", member, api + "/claims", "{}"),
				new Write("POST /coupon-campaigns/{id}/claims", member, page + "/claims?key=closed-walk-key", null),
				new Write("POST /api/v1/coupon-campaigns/{id}/lottery", member, api + "/lottery", "{}"),
				new Write("POST /coupon-campaigns/{id}/lottery", member, page + "/lottery", null),
				new Write("POST /api/v1/coupon-campaigns/{id}/lottery/draw", admin, api + "/lottery/draw", "{}"),
				new Write("POST /coupon-campaigns/{id}/lottery/draw", admin, page + "/lottery/draw", null),
				new Write("POST /api/v1/coupons/{code}/redeem", clerk, "/api/v1/coupons/" + code + "/redeem", redeem),
				new Write("POST /merchant-desk/redeem", clerk,
						"/merchant-desk/redeem?code=" + code + "&outletId=" + outlet + "&billAmount=100", null),
				new Write("POST /api/v1/merchants/{id}/outlets", admin, "/api/v1/merchants/" + merchant + "/outlets",
						"{\"name\": \"退出后门店\", \"address\": \"某路\"}"),
				new Write("POST /merchants/{id}/outlets", admin,
						"/merchants/" + merchant + "/outlets?name=退出后门店&address=某路", null),
				new Write("POST /api/v1/merchants/{id}/staff", admin, "/api/v1/merchants/" + merchant + "/staff",
						"{\"username\": \"after-leaving\", \"displayName\": \"退出后\", \"password\": \"After-leaving-2026\"}"),
				new Write("POST /merchants/{id}/staff", admin,
						"/merchants/" + merchant
								+ "/staff?username=after-leaving&displayName=退出后&password=After-leaving-2026",
						null),
				new Write("POST /api/v1/offers/{id}/withdraw", admin, "/api/v1/offers/" + offer + "/withdraw", null),
				new Write("POST /offers/{id}/withdraw", admin, "/offers/" + offer + "/withdraw", null),
				new Write("POST /merchants/{id}/offers", admin,
						"/merchants/" + merchant + "/offers?merchantId=" + merchant + "&orgId=" + orgId
								+ "&title=退出后优惠&terms=x&validFrom=2026-01-01&validTo=2999-01-01",
						null),
				new Write("POST /api/v1/merchants/{id}/leave", admin, "/api/v1/merchants/" + merchant + "/leave", null),
				new Write("POST /merchants/{id}/leave", admin, "/merchants/" + merchant + "/leave", null),
				new Write("POST /api/v1/markets/{id}/stalls", admin, marketApi + "/stalls",
						"{\"merchantId\": " + merchant
								+ ", \"rowName\": \"西廊\", \"number\": 8, \"category\": \"FOOD\"}"),
				new Write("POST /markets/{id}/stalls", admin,
						marketPage + "/stalls?merchantId=" + merchant + "&rowName=西廊&number=8&category=FOOD", null),
				new Write("POST /api/v1/markets/{id}/coupons", admin, marketApi + "/coupons", coupon),
				new Write("POST /markets/{id}/coupons", admin,
						marketPage + "/coupons?title=结束后&faceValue=10&threshold=50&stock=5&perMember=1", null),
				new Write("POST /api/v1/markets/{id}/visits", member, marketApi + "/visits",
						"{\"token\": \"" + token + "\"}"),
				new Write("POST /api/v1/markets/{id}/visits", admin, marketApi + "/visits", "{\"people\": 5}"),
				new Write("POST /markets/{id}/walk-ins", admin, marketPage + "/walk-ins?people=5", null),
				new Write("POST /markets/{id}/check-in", member, marketPage + "/check-in?t=" + token, null),
				new Write("POST /api/v1/markets/{id}/close", admin, marketApi + "/close", null),
				new Write("POST /markets/{id}/close", admin, marketPage + "/close", null));
	}

	@Test
	void everyWriteOfBenefitsIsWalked() {
		Set<String> walked = new TreeSet<>(MAKING);
		writes(0, "X", 0, 0, "", "", 0, 0, 0, "").forEach(w -> walked.add(w.key()));
		Set<String> writes = Refusals.writes(mappings, "cn.jiangxin.benefit");
		assertThat(walked).as("every write of benefits is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked);
	}

	private MvcResult send(Write write) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(write.url())
			.with(logins.as(write.who()))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.header("Idempotency-Key", "closed-walk-" + write.key().hashCode());
		if (write.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(write.body());
		}
		return mvc.perform(request).andReturn();
	}

	private Map<String, Object> state(long campaign, long merchant, long market) {
		return Map.of("market", jdbc.sql("""
				SELECT m.status || '/' || (SELECT COUNT(*) FROM market_stall s WHERE s.market_id = m.id) || '/'
				  || (SELECT COALESCE(SUM(people), 0) FROM market_visit v WHERE v.market_id = m.id) || '/'
				  || (SELECT COUNT(*) FROM market_campaign c WHERE c.market_id = m.id) FROM market m WHERE m.id = ?""")
			.param(market)
			.query(String.class)
			.single(), "campaign",
				jdbc.sql("SELECT status, closed_at, drawn_at FROM coupon_campaign WHERE id = ?")
					.param(campaign)
					.query()
					.singleRow()
					.toString(),
				"coupons",
				jdbc.sql("""
						SELECT COUNT(member_id) || '/' || COUNT(redeemed_at) FROM coupon WHERE campaign_id = ?""")
					.param(campaign)
					.query(String.class)
					.single(),
				"entries",
				jdbc.sql("""
						SELECT COUNT(*) || '/' || COUNT(won) FROM lottery_entry WHERE campaign_id = ?""")
					.param(campaign)
					.query(String.class)
					.single(),
				"merchant",
				jdbc.sql("SELECT status, left_on FROM merchant WHERE id = ?")
					.param(merchant)
					.query()
					.singleRow()
					.toString(),
				"outlets",
				jdbc.sql("SELECT COUNT(*) FROM merchant_outlet WHERE merchant_id = ?")
					.param(merchant)
					.query(Long.class)
					.single(),
				"offers",
				jdbc.sql("SELECT COUNT(*) || '/' || COUNT(withdrawn_on) FROM offer WHERE merchant_id = ?")
					.param(merchant)
					.query(String.class)
					.single(),
				"staff",
				jdbc.sql("SELECT COUNT(*) FROM merchant_staff WHERE merchant_id = ?")
					.param(merchant)
					.query(Long.class)
					.single(),
				"audit",
				jdbc.sql("""
						SELECT COUNT(*) FROM audit_event WHERE entity_type IN
						('merchant', 'merchant-outlet', 'merchant-staff', 'coupon-campaign', 'coupon', 'offer')""")
					.query(Long.class)
					.single());
	}

	private void walk(long campaign, String code, long outlet, long merchant, String member, String clerk, long offer)
			throws Exception {
		long market = setup.market(Demo.JINGKAI, List.of(setup.merchant(Demo.JINGKAI, "市集结束商户")));
		String token = setup.marketToken(market);
		setup.marketClosed(market);
		Map<String, Object> before = state(campaign, merchant, market);
		for (Write write : writes(campaign, code, outlet, merchant, member, clerk, offer, orgs.id(Demo.JINGKAI), market,
				token)) {
			MvcResult result = send(write);
			Refusals.refused(result, write.url().startsWith("/api/"), write.key());
			assertThat(state(campaign, merchant, market)).as(write.key() + " changes nothing").isEqualTo(before);
		}
	}

	@Test
	void nothingChangesInAClosedCampaignOrAtAMerchantThatLeft() throws Exception {
		long accepting = setup.merchant(Demo.JINGKAI, "结算后商户");
		String clerk = setup.clerk(accepting);
		long leaving = setup.merchant(Demo.JINGKAI, "退出商户");
		long campaign = setup.publish(setup.draft(Demo.JINGKAI, List.of(accepting, leaving)).stock(5));
		Someone holder = people.member(Demo.HAISITANPU);
		Someone late = people.member(Demo.HAISITANPU);
		String code = setup.claim(new Actor(0, holder.cardNo(), holder.name(), Set.of(Role.MEMBER), holder.orgId(),
				Set.of(), holder.id()), campaign);
		long offer = setup.offer(leaving, Demo.JINGKAI, "撤下的优惠");
		setup.withdrawOffer(offer);
		setup.closed(campaign);
		setup.leave(leaving);
		walk(campaign, code, setup.outlet(accepting), leaving, late.cardNo(), clerk, offer);
	}

	@Test
	void nothingChangesInADrawnLotteryClosedForSettlement() throws Exception {
		long accepting = setup.merchant(Demo.JINGKAI, "抽签结算商户");
		String clerk = setup.clerk(accepting);
		long leaving = setup.merchant(Demo.JINGKAI, "抽签退出商户");
		long campaign = setup.publish(setup.draft(Demo.JINGKAI, List.of(accepting, leaving)).lottery().stock(2));
		for (int i = 0; i < 3; i++) {
			Someone someone = people.member(Demo.HAISITANPU);
			setup.register(new Actor(0, someone.cardNo(), someone.name(), Set.of(Role.MEMBER), someone.orgId(),
					Set.of(), someone.id()), campaign);
		}
		setup.draw(campaign);
		String code = jdbc.sql("SELECT MIN(code) FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL")
			.param(campaign)
			.query(String.class)
			.single();
		long offer = setup.offer(leaving, Demo.JINGKAI, "撤下的优惠");
		setup.withdrawOffer(offer);
		setup.closed(campaign);
		setup.leave(leaving);
		walk(campaign, code, setup.outlet(accepting), leaving, people.member(Demo.HAISITANPU).cardNo(), clerk, offer);
	}

	@Test
	void nothingChangesInACancelledCampaign() throws Exception {
		long accepting = setup.merchant(Demo.JINGKAI, "取消活动商户");
		String clerk = setup.clerk(accepting);
		long leaving = setup.merchant(Demo.JINGKAI, "取消活动退出商户");
		long campaign = setup.publish(setup.draft(Demo.JINGKAI, List.of(accepting, leaving)).stock(5));
		long offer = setup.offer(leaving, Demo.JINGKAI, "撤下的优惠");
		setup.withdrawOffer(offer);
		setup.cancel(campaign);
		setup.leave(leaving);
		// Its stock was withdrawn: no code of it is left to scan, so the clerk tries a
		// made-up one
		walk(campaign, "2222AAAA3333", setup.outlet(accepting), leaving, people.member(Demo.HAISITANPU).cardNo(), clerk,
				offer);
	}

}
