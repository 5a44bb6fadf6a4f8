package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.benefit.BenefitApi;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.demo.DemoUnions;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Coupons through the API as members and merchants use them: the demo's plans and
 * campaigns; a claim acting once per key, up to the member's limit and the stock, in its
 * window; each rule of who may claim with a case that fails; a clerk redeeming once (a
 * second scan told when and where), only at its own outlets and where the campaign is
 * accepted; the figures; and merchants refused with the field named.
 */
@IntegrationTest
class CouponTests {

	private static final String TAG = "新就业形态劳动者";

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

	@Autowired
	CouponCodes codes;

	@Autowired
	BenefitApi subsidies;

	private MvcTestResult post(String who, String uri, String key, String body) {
		var request = mvc.post()
			.uri(uri)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "{}" : body);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.exchange();
	}

	private MvcTestResult get(String who, String uri) {
		return mvc.get().uri(uri).with(logins.as(who)).header("Accept-Language", "zh-CN").exchange();
	}

	private MvcTestResult claim(Someone member, long campaign, String key) {
		return post(member.cardNo(), "/api/v1/coupon-campaigns/" + campaign + "/claims", key, null);
	}

	private static String code(MvcTestResult result) {
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return body.replaceAll("(?s).*\"code\":\"([A-Z0-9]{12})\".*", "$1");
	}

	private long campaignOf(String union, BenefitSetup.Draft draft) {
		return setup.publish(draft);
	}

	@Test
	void theDemoHoldsThePlansTheSummerGiftAndZongsCoupons() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM merchant WHERE org_id = ? AND credit_code LIKE '91110302MA%'")
			.param(orgs.id(Demo.JINGKAI))
			.query(Long.class)
			.single()).isEqualTo(22);
		List<String> summer = jdbc.sql("""
				SELECT c.title || ':' || c.stock || ':' || c.status FROM coupon_campaign c JOIN org o ON o.id = c.org_id
				WHERE o.name = '中关村科学城总工会' AND c.created_by = 'system' ORDER BY c.id""").query(String.class).list();
		assertThat(summer).containsExactly("惠工清凉·咖啡冰饮券:4000:CLOSED", "惠工清凉·视觉展览券:3000:PUBLISHED",
				"惠工清凉·音乐畅听券:2800:PUBLISHED");
		List<String> zong = jdbc.sql("""
				SELECT CASE WHEN p.redeemed_at IS NULL THEN 'unused' ELSE 'used' END FROM coupon p
				JOIN member m ON m.id = p.member_id JOIN coupon_campaign c ON c.id = p.campaign_id
				WHERE m.name = '宗树龙' AND c.title = '亦工惠·冬季暖心消费券' ORDER BY p.claimed_at, p.id""")
			.query(String.class)
			.list();
		assertThat(zong).containsExactly("used", "unused");
		assertThat(get(BenefitDemo.CLERK, "/api/v1/merchants")).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("乡村振兴经开区协同中心");
		assertThat(DemoUnions.JINGKAI).isEqualTo(Demo.JINGKAI);
	}

	@Test
	void aClaimActsOncePerKeyUpToTheMembersLimitWithASignedQr() {
		long merchant = setup.merchant(Demo.JINGKAI, "按键领券商户");
		long campaign = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)).perMember(2));
		Someone member = people.member(Demo.HAISITANPU);
		MvcTestResult first = claim(member, campaign, "tap-one-0001");
		assertThat(first).hasStatus(201);
		String code = code(first);
		assertThat(first).bodyJson().extractingPath("$.qrPayload").asString().startsWith("JXCOUPON:1:" + code + ":");
		MvcTestResult again = claim(member, campaign, "tap-one-0001");
		assertThat(again).hasStatus(200).hasHeader("Idempotent-Replayed", "true");
		assertThat(code(again)).isEqualTo(code);
		MvcTestResult second = claim(member, campaign, "tap-two-0002");
		assertThat(second).hasStatus(201);
		assertThat(code(second)).isNotEqualTo(code);
		assertThat(claim(member, campaign, "tap-three-0003")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.claim.limit");
		assertThat(claim(member, campaign, null)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
		assertThat(claim(member, campaign, "short")).hasStatus(400);
		assertThat(get(member.cardNo(), "/api/v1/me/coupons")).bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.contains(code, code(second));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id = ?")
			.params(campaign, member.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theStockAndTheWindowAreKeptAndToldInTheMembersLanguage() {
		long merchant = setup.merchant(Demo.JINGKAI, "限量商户");
		long campaign = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)).stock(1));
		assertThat(claim(people.member(Demo.HAISITANPU), campaign, "stock-first-1")).hasStatus(201);
		MvcTestResult gone = claim(people.member(Demo.HAISITANPU), campaign, "stock-second-2");
		assertThat(gone).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("已领完");
		long later = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)).opensIn(5));
		assertThat(claim(people.member(Demo.HAISITANPU), later, "early-bird-1")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.claim.notYet");
		long over = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)));
		setup.claimsOver(over);
		assertThat(claim(people.member(Demo.HAISITANPU), over, "too-late-01")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.claim.over");
	}

	@Test
	void eachRuleOfWhoMayClaimRefusesItsOwnCase() {
		long merchant = setup.merchant(Demo.JINGKAI, "对象规则商户");
		long open = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)));
		// outside the subtree: the campaign is not there for them
		assertThat(claim(people.member(Demo.BANK), open, "outside-0001")).hasStatus(404);
		// the card: only a member in good standing (在会)
		Someone retired = people.member(Demo.HAISITANPU);
		people.setMemberStatus(retired.id(), "RETAINED");
		assertThat(claim(retired, open, "retired-0001")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.eligible.card");
		// the kind of work
		long couriers = campaignOf(Demo.JINGKAI,
				setup.draft(Demo.JINGKAI, List.of(merchant)).types(EmploymentType.COURIER));
		assertThat(claim(people.member(Demo.HAISITANPU), couriers, "employee-0001")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.eligible.employment");
		Someone courier = people.member(Demo.HAISITANPU, EmploymentType.COURIER, LocalDate.of(1995, 3, 3));
		assertThat(claim(courier, couriers, "courier-0001")).hasStatus(201);
		// the tag
		long tagged = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)).tag(TAG));
		Someone plain = people.member(Demo.HAISITANPU);
		assertThat(claim(plain, tagged, "untagged-001")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.eligible.tag");
		setup.tag(plain.id(), "党员," + TAG);
		assertThat(claim(plain, tagged, "tagged-0001")).hasStatus(201);
		// admins and clerks do not claim
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/coupon-campaigns/" + open + "/claims", "admin-claim-1", null))
			.hasStatus(403);
	}

	@Test
	void aClerkRedeemsOnceAndASecondScanIsToldWhenAndWhere() {
		long merchant = setup.merchant(Demo.JINGKAI, "核销一次商户");
		long outlet = setup.outlet(merchant);
		String clerk = setup.clerk(merchant);
		long campaign = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)));
		Someone member = people.member(Demo.HAISITANPU);
		String code = code(claim(member, campaign, "redeem-claim-1"));
		String scanned = codes.payload(code);
		String body = "{\"outletId\": " + outlet + ", \"billAmount\": 68.5}";
		MvcTestResult used = post(clerk, "/api/v1/coupons/" + scanned + "/redeem", "scan-first-0001", body);
		assertThat(used).hasStatus(200).bodyJson().extractingPath("$.state").isEqualTo("USED");
		assertThat(used).bodyJson().extractingPath("$.reimbursedAmount").isEqualTo(20.0);
		assertThat(post(clerk, "/api/v1/coupons/" + scanned + "/redeem", "scan-first-0001", body)).hasStatus(200)
			.hasHeader("Idempotent-Replayed", "true");
		MvcTestResult twice = post(clerk, "/api/v1/coupons/" + code + "/redeem", "scan-second-002", body);
		assertThat(twice).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("核销一次商户一号店");
		// a payload whose signature is one character off is no coupon of this platform
		String forged = scanned.substring(0, scanned.length() - 1) + (scanned.endsWith("0") ? "1" : "0");
		assertThat(post(clerk, "/api/v1/coupons/" + forged + "/redeem", null, body)).hasStatus(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'coupon' AND entity_id = ?")
			.param(String
				.valueOf(jdbc.sql("SELECT id FROM coupon WHERE code = ?").param(code).query(Long.class).single()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(get(clerk, "/api/v1/me/redemptions")).bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.containsExactly(code);
		assertThat(get(member.cardNo(), "/api/v1/me/coupons/" + code)).bodyJson()
			.extractingPath("$.redeemedOutlet")
			.isEqualTo("核销一次商户一号店");
	}

	@Test
	void aClerkRedeemsOnlyAtItsOutletsWhereTheCampaignIsAcceptedAndSeesOnlyItsMerchant() {
		long accepting = setup.merchant(Demo.JINGKAI, "受理商户甲");
		long other = setup.merchant(Demo.JINGKAI, "未受理商户乙");
		String otherClerk = setup.clerk(other);
		String clerk = setup.clerk(accepting);
		long campaign = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(accepting)));
		String code = code(claim(people.member(Demo.HAISITANPU), campaign, "where-claim-1"));
		assertThat(post(otherClerk, "/api/v1/coupons/" + code + "/redeem", null,
				"{\"outletId\": " + setup.outlet(other) + ", \"billAmount\": 60}"))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("benefit.redeem.notAccepted");
		assertThat(post(otherClerk, "/api/v1/coupons/" + code + "/redeem", null,
				"{\"outletId\": " + setup.outlet(accepting) + ", \"billAmount\": 60}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("outletId");
		assertThat(post(clerk, "/api/v1/coupons/" + code + "/redeem", null,
				"{\"outletId\": " + setup.outlet(accepting) + ", \"billAmount\": 49.99}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("billAmount");
		assertThat(post(clerk, "/api/v1/coupons/" + code + "/redeem", null,
				"{\"outletId\": " + setup.outlet(accepting) + "}"))
			.hasStatus(400);
		assertThat(get(otherClerk, "/api/v1/merchants/" + accepting)).hasStatus(404);
		assertThat(get(otherClerk, "/api/v1/merchants")).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("未受理商户乙");
		assertThat(get(otherClerk, "/api/v1/coupon-campaigns/" + campaign)).hasStatus(404);
		assertThat(get(clerk, "/api/v1/coupon-campaigns/" + campaign)).hasStatus(200);
		assertThat(get(clerk, "/api/v1/coupon-campaigns/" + campaign + "/stats")).hasStatus(403);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/coupons/" + code + "/redeem", null,
				"{\"outletId\": " + setup.outlet(accepting) + ", \"billAmount\": 60}"))
			.hasStatus(403);
	}

	@Test
	void theFiguresCountClaimsUsesAndWhatIsOwed() {
		long merchant = setup.merchant(Demo.JINGKAI, "统计商户");
		String clerk = setup.clerk(merchant);
		long campaign = campaignOf(Demo.JINGKAI, setup.draft(Demo.JINGKAI, List.of(merchant)).stock(10));
		for (int i = 0; i < 3; i++) {
			String code = code(claim(people.member(Demo.HAISITANPU), campaign, "figures-claim-" + i));
			if (i < 2) {
				assertThat(post(clerk, "/api/v1/coupons/" + code + "/redeem", null,
						"{\"outletId\": " + setup.outlet(merchant) + ", \"billAmount\": 100}"))
					.hasStatus(200);
			}
		}
		MvcTestResult stats = get(Demo.JINGKAI_ADMIN, "/api/v1/coupon-campaigns/" + campaign + "/stats");
		assertThat(stats).bodyJson().extractingPath("$.issued").isEqualTo(10);
		assertThat(stats).bodyJson().extractingPath("$.claimed").isEqualTo(3);
		assertThat(stats).bodyJson().extractingPath("$.redeemed").isEqualTo(2);
		assertThat(stats).bodyJson().extractingPath("$.unclaimed").isEqualTo(7);
		assertThat(stats).bodyJson().extractingPath("$.reimbursed").isEqualTo(40.0);
		assertThat(stats).bodyJson().extractingPath("$.merchants[0].name").isEqualTo("统计商户");
		assertThat(get(Demo.FINANCE_ADMIN, "/api/v1/coupon-campaigns/" + campaign + "/stats")).hasStatus(404);
	}

	@Test
	void theSubsidyOfAUnionIsWhatItsCampaignsOweForTheDaysAsked() {
		long merchant = setup.merchant(Demo.HAISITANPU, "补贴统计商户");
		String clerk = setup.clerk(merchant);
		long campaign = campaignOf(Demo.HAISITANPU, setup.draft(Demo.HAISITANPU, List.of(merchant)).stock(5));
		for (int i = 0; i < 2; i++) {
			String code = code(claim(people.member(Demo.HAISITANPU), campaign, "subsidy-claim-" + i));
			assertThat(post(clerk, "/api/v1/coupons/" + code + "/redeem", null,
					"{\"outletId\": " + setup.outlet(merchant) + ", \"billAmount\": 100}"))
				.hasStatus(200);
		}
		LocalDate today = LocalDate.now(Zones.BEIJING);
		assertThat(subsidies.subsidy(orgs.id(Demo.HAISITANPU), today, today)).isEqualByComparingTo("40.00");
		assertThat(subsidies.subsidy(orgs.id(Demo.HAISITANPU), today.minusDays(30), today.minusDays(1)))
			.isEqualByComparingTo("0");
		assertThat(subsidies.subsidy(orgs.id(Demo.FINANCE), today, today)).isEqualByComparingTo("0");
	}

	@Test
	void merchantsAreCheckedAndNamedByTheField() {
		String valid = """
				{"orgId": %d, "name": "%s", "creditCode": "%s", "categories": ["FOOD"], "contactName": "张三",
				 "contactPhone": "010-66668888", "joinedOn": "2026-01-01", "agreementEndsOn": "2027-12-31"}""";
		long jingkai = orgs.id(Demo.JINGKAI);
		String code = BenefitSetup.creditCode();
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/merchants", null, valid.formatted(jingkai, "新商户", code)))
			.hasStatus(201);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/merchants", null, valid.formatted(jingkai, "重复商户", code)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("creditCode");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/merchants", null,
				valid.formatted(jingkai, "坏代码", "91110108MA0000000X")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("creditCode");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/merchants", null,
				valid.formatted(orgs.id(Demo.FINANCE), "越权商户", BenefitSetup.creditCode())))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("orgId");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/merchants", null,
				valid.formatted(jingkai, "倒签商户", BenefitSetup.creditCode()).replace("2027-12-31", "2025-12-31")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("agreementEndsOn");
	}

}
