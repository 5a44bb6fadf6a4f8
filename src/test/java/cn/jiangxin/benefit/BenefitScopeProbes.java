package cn.jiangxin.benefit;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.benefit.internal.BenefitSetup;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * Member benefits in the scope walk: the finance union's partner merchant with its outlet
 * and clerk, its published campaign and a coupon a bank member claimed; and 经开区's own
 * merchant, for the writes whose bodies name a union or a merchant out of reach.
 */
@TestComponent
@Order(88)
class BenefitScopeProbes implements ScopeProbes {

	/** The finance merchant's and campaign's names, which no outsider's list may show. */
	static final String MERCHANT = "金融越权探针商户";

	static final String CAMPAIGN = "金融越权探针券";

	static final String OFFER = "金融越权探针优惠";

	static final String MARKET = "金融越权探针市集";

	private static final AtomicInteger RUNS = new AtomicInteger();

	private final BenefitSetup setup;

	private final ContestFixtures people;

	BenefitScopeProbes(BenefitSetup setup, ContestFixtures people) {
		this.setup = setup;
		this.people = people;
	}

	private static String merchantQuery(long orgId) {
		return "orgId=" + orgId + "&name=越权商户&creditCode=" + BenefitSetup.creditCode()
				+ "&categories=FOOD&contactName=x&contactPhone=010-12345678&joinedOn=" + LocalDate.now()
				+ "&agreementEndsOn=2999-01-01";
	}

	private static String campaignJson(long orgId, long merchantId) {
		return """
				{"orgId": %d, "title": "越权券", "kind": "CASH", "faceValue": 10, "threshold": 0, "stock": 10,
				 "perMember": 1, "allocation": "FIRST", "claimOpensAt": "%sT10:00", "claimClosesAt": "2999-01-01T10:00",
				 "validFrom": "%s", "validTo": "2999-01-01", "payer": "UNION", "merchantIds": [%d]}""".formatted(orgId,
				LocalDate.now(), LocalDate.now(), merchantId);
	}

	private static String campaignQuery(long orgId, long merchantId) {
		return "orgId=" + orgId + "&title=越权券&kind=CASH&faceValue=10&threshold=0&stock=10&perMember=1"
				+ "&allocation=FIRST&claimOpensAt=" + LocalDate.now()
				+ "T10:00&claimClosesAt=2999-01-01T10:00&validFrom=" + LocalDate.now()
				+ "&validTo=2999-01-01&payer=UNION&merchantIds=" + merchantId;
	}

	private static String marketJson(long orgId) {
		return """
				{"orgId": %d, "title": "越权市集", "venue": "某广场", "heldFrom": "2999-01-01", "heldTo": "2999-01-01",
				 "opensAt": "10:00", "closesAt": "16:00"}""".formatted(orgId);
	}

	private static String marketQuery(long orgId) {
		return "orgId=" + orgId
				+ "&title=越权市集&venue=某广场&heldFrom=2999-01-01&heldTo=2999-01-01&opensAt=10:00&closesAt=16:00";
	}

	@Override
	public List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		String merchant = "/api/v1/merchants/";
		String campaign = "/api/v1/coupon-campaigns/";
		p.add(get("/api/v1/merchants", i -> "/api/v1/merchants", Outsider.FILTERED).hiding(MERCHANT));
		p.add(get("/merchants", i -> "/merchants", Outsider.FILTERED).hiding(MERCHANT));
		p.add(post("/api/v1/merchants", i -> "/api/v1/merchants", """
				{"orgId": FINANCE, "name": "越权商户", "creditCode": "%s", "categories": ["FOOD"], "contactName": "x",
				 "contactPhone": "010-12345678", "joinedOn": "2026-01-01", "agreementEndsOn": "2999-01-01"}"""
			.replace("%s", BenefitSetup.creditCode()), Outsider.REJECTED));
		p.add(post("/merchants", i -> "/merchants?" + merchantQuery(i.id("finance")), null, Outsider.REJECTED));
		p.add(get("/api/v1/merchants/{id}", i -> merchant + i.id("merchant"), Outsider.REFUSED));
		p.add(get("/merchants/{id}", i -> "/merchants/" + i.id("merchant"), Outsider.REFUSED));
		p.add(get("/api/v1/merchants/{id}/outlets", i -> merchant + i.id("merchant") + "/outlets", Outsider.REFUSED));
		p.add(post("/api/v1/merchants/{id}/outlets", i -> merchant + i.id("merchant") + "/outlets",
				"{\"name\": \"越权门店\", \"address\": \"越权路\"}", Outsider.REFUSED));
		p.add(post("/merchants/{id}/outlets", i -> "/merchants/" + i.id("merchant") + "/outlets?name=越权门店&address=越权路",
				null, Outsider.REFUSED));
		p.add(get("/api/v1/merchants/{id}/staff", i -> merchant + i.id("merchant") + "/staff", Outsider.REFUSED));
		p.add(post("/api/v1/merchants/{id}/staff", i -> merchant + i.id("merchant") + "/staff",
				"{\"username\": \"yuequan-clerk\", \"displayName\": \"越权\", \"password\": \"Yuequan-2026-pass\"}",
				Outsider.REFUSED));
		p.add(post("/merchants/{id}/staff",
				i -> "/merchants/" + i.id("merchant")
						+ "/staff?username=yuequan-clerk&displayName=越权&password=Yuequan-2026-pass",
				null, Outsider.REFUSED));
		p.add(post("/api/v1/merchants/{id}/leave", i -> merchant + i.id("merchant") + "/leave", null,
				Outsider.REFUSED));
		p.add(post("/merchants/{id}/leave", i -> "/merchants/" + i.id("merchant") + "/leave", null, Outsider.REFUSED));
		p.add(get("/api/v1/offers", i -> "/api/v1/offers", Outsider.FILTERED).hiding(OFFER));
		p.add(post("/api/v1/offers", i -> "/api/v1/offers", """
				{"merchantId": 1, "orgId": FINANCE, "title": "越权优惠", "terms": "x", "validFrom": "2026-01-01",
				 "validTo": "2999-01-01"}""", Outsider.REJECTED));
		p.add(get("/api/v1/offers/{id}", i -> "/api/v1/offers/" + i.id("offer"), Outsider.REFUSED));
		p.add(post("/api/v1/offers/{id}/withdraw", i -> "/api/v1/offers/" + i.id("offer") + "/withdraw", null,
				Outsider.REFUSED));
		p.add(post("/offers/{id}/withdraw", i -> "/offers/" + i.id("offer") + "/withdraw", null, Outsider.REFUSED));
		p.add(post("/merchants/{id}/offers",
				i -> "/merchants/" + i.id("merchant") + "/offers?merchantId=" + i.id("merchant") + "&orgId="
						+ i.id("finance") + "&title=越权&terms=x&validFrom=2026-01-01&validTo=2999-01-01",
				null, Outsider.REFUSED));
		p.add(get("/me/offers", i -> "/me/offers", Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/coupon-campaigns", i -> "/api/v1/coupon-campaigns", Outsider.FILTERED).hiding(CAMPAIGN));
		p.add(get("/coupon-campaigns", i -> "/coupon-campaigns", Outsider.FILTERED).hiding(CAMPAIGN));
		p.add(post("/api/v1/coupon-campaigns", i -> "/api/v1/coupon-campaigns",
				campaignJson(0, 0).replace("\"orgId\": 0", "\"orgId\": FINANCE").replace("[0]", "[1]"),
				Outsider.REJECTED));
		p.add(post("/coupon-campaigns", i -> "/coupon-campaigns?" + campaignQuery(i.id("finance"), i.id("merchant")),
				null, Outsider.REJECTED));
		p.add(get("/api/v1/coupon-campaigns/{id}", i -> campaign + i.id("campaign"), Outsider.REFUSED));
		p.add(get("/coupon-campaigns/{id}", i -> "/coupon-campaigns/" + i.id("campaign"), Outsider.REFUSED));
		p.add(get("/api/v1/coupon-campaigns/{id}/outlets", i -> campaign + i.id("campaign") + "/outlets",
				Outsider.REFUSED));
		p.add(get("/api/v1/coupon-campaigns/{id}/stats", i -> campaign + i.id("campaign") + "/stats",
				Outsider.REFUSED));
		for (String step : List.of("publish", "cancel", "close")) {
			p.add(post("/api/v1/coupon-campaigns/{id}/" + step, i -> campaign + i.id("campaign") + "/" + step, null,
					Outsider.REFUSED));
			p.add(post("/coupon-campaigns/{id}/" + step, i -> "/coupon-campaigns/" + i.id("campaign") + "/" + step,
					null, Outsider.REFUSED));
		}
		p.add(post("/api/v1/coupon-campaigns/{id}/claims", i -> campaign + i.id("campaign") + "/claims", null,
				Outsider.MEMBER_ONLY));
		p.add(post("/coupon-campaigns/{id}/claims",
				i -> "/coupon-campaigns/" + i.id("campaign") + "/claims?key=scope-walk-key", null,
				Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/coupon-campaigns/{id}/lottery", i -> campaign + i.id("lottery") + "/lottery",
				Outsider.REFUSED));
		p.add(get("/coupon-campaigns/{id}/lottery", i -> "/coupon-campaigns/" + i.id("lottery") + "/lottery",
				Outsider.REFUSED));
		p.add(get("/api/v1/coupon-campaigns/{id}/lottery/entries", i -> campaign + i.id("lottery") + "/lottery/entries",
				Outsider.REFUSED));
		p.add(post("/api/v1/coupon-campaigns/{id}/lottery", i -> campaign + i.id("lottery") + "/lottery", null,
				Outsider.MEMBER_ONLY));
		p.add(post("/coupon-campaigns/{id}/lottery", i -> "/coupon-campaigns/" + i.id("lottery") + "/lottery", null,
				Outsider.MEMBER_ONLY));
		p.add(post("/api/v1/coupon-campaigns/{id}/lottery/draw", i -> campaign + i.id("lottery") + "/lottery/draw",
				null, Outsider.REFUSED));
		p.add(post("/coupon-campaigns/{id}/lottery/draw", i -> "/coupon-campaigns/" + i.id("lottery") + "/lottery/draw",
				null, Outsider.REFUSED));
		String market = "/api/v1/markets/";
		p.add(get("/api/v1/markets", i -> "/api/v1/markets", Outsider.FILTERED).hiding(MARKET));
		p.add(get("/markets", i -> "/markets", Outsider.FILTERED).hiding(MARKET));
		p.add(post("/api/v1/markets", i -> "/api/v1/markets",
				marketJson(0).replace("\"orgId\": 0", "\"orgId\": FINANCE"), Outsider.REJECTED));
		p.add(post("/markets", i -> "/markets?" + marketQuery(i.id("finance")), null, Outsider.REJECTED));
		for (String part : List.of("", "/stalls", "/coupons", "/visits", "/report")) {
			p.add(get("/api/v1/markets/{id}" + part, i -> market + i.id("market") + part, Outsider.REFUSED));
		}
		p.add(get("/markets/{id}", i -> "/markets/" + i.id("market"), Outsider.REFUSED));
		p.add(get("/markets/{id}/entrance.png", i -> "/markets/" + i.id("market") + "/entrance.png", Outsider.REFUSED));
		p.add(get("/markets/{id}/check-in", i -> "/markets/" + i.id("market") + "/check-in?t=x", Outsider.REFUSED));
		p.add(post("/markets/{id}/check-in", i -> "/markets/" + i.id("market") + "/check-in?t=x", null,
				Outsider.MEMBER_ONLY));
		p.add(post("/api/v1/markets/{id}/stalls", i -> market + i.id("market") + "/stalls",
				"{\"merchantId\": 1, \"rowName\": \"越权\", \"number\": 9, \"category\": \"FOOD\"}", Outsider.REFUSED));
		p.add(post("/markets/{id}/stalls",
				i -> "/markets/" + i.id("market") + "/stalls?merchantId=1&rowName=越权&number=9&category=FOOD", null,
				Outsider.REFUSED));
		p.add(post("/api/v1/markets/{id}/coupons", i -> market + i.id("market") + "/coupons",
				campaignJson(0, 0).replace("\"orgId\": 0", "\"orgId\": FINANCE").replace("[0]", "[1]"),
				Outsider.REFUSED));
		p.add(post("/markets/{id}/coupons",
				i -> "/markets/" + i.id("market") + "/coupons?title=越权&faceValue=10&threshold=0&stock=5&perMember=1",
				null, Outsider.REFUSED));
		p.add(post("/api/v1/markets/{id}/visits", i -> market + i.id("market") + "/visits", "{\"people\": 3}",
				Outsider.REFUSED));
		p.add(post("/markets/{id}/walk-ins", i -> "/markets/" + i.id("market") + "/walk-ins?people=3", null,
				Outsider.REFUSED));
		p.add(post("/api/v1/markets/{id}/close", i -> market + i.id("market") + "/close", null, Outsider.REFUSED));
		p.add(post("/markets/{id}/close", i -> "/markets/" + i.id("market") + "/close", null, Outsider.REFUSED));
		String period = "from=2026-01-01&to=2026-06-30";
		p.add(get("/api/v1/settlements", i -> "/api/v1/settlements?orgId=" + i.id("finance") + "&" + period,
				Outsider.REJECTED));
		p.add(get("/settlements", i -> "/settlements?orgId=" + i.id("finance") + "&" + period, Outsider.REFUSED));
		p.add(get("/api/v1/settlements/merchants/{merchantId}",
				i -> "/api/v1/settlements/merchants/" + i.id("merchant") + "?" + period, Outsider.REFUSED));
		p.add(get("/api/v1/settlements/merchants/{merchantId}/statement.xlsx",
				i -> "/api/v1/settlements/merchants/" + i.id("merchant") + "/statement.xlsx?" + period,
				Outsider.REFUSED));
		p.add(get("/settlements/merchants/{merchantId}/statement.xlsx",
				i -> "/settlements/merchants/" + i.id("merchant") + "/statement.xlsx?" + period, Outsider.REFUSED));
		p.add(get("/api/v1/me/coupons", i -> "/api/v1/me/coupons", Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/me/coupons/{code}", i -> "/api/v1/me/coupons/" + i.text("coupon"), Outsider.MEMBER_ONLY));
		p.add(get("/me/coupons", i -> "/me/coupons", Outsider.MEMBER_ONLY));
		p.add(get("/me/coupons/{code}", i -> "/me/coupons/" + i.text("coupon"), Outsider.MEMBER_ONLY));
		p.add(post("/api/v1/coupons/{code}/redeem", i -> "/api/v1/coupons/" + i.text("coupon") + "/redeem",
				"{\"outletId\": " + "1" + ", \"billAmount\": 100}", Outsider.MEMBER_ONLY));
		p.add(get("/api/v1/me/redemptions", i -> "/api/v1/me/redemptions", Outsider.MEMBER_ONLY));
		p.add(get("/merchant-desk", i -> "/merchant-desk", Outsider.MEMBER_ONLY));
		p.add(post("/merchant-desk/redeem",
				i -> "/merchant-desk/redeem?code=" + i.text("coupon") + "&outletId=1&billAmount=100", null,
				Outsider.MEMBER_ONLY));
		return p;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> p = new ArrayList<>();
		p.add(api(HttpMethod.POST, "/api/v1/markets", (j, i) -> "/api/v1/markets",
				(j, i) -> marketJson(i.id("finance")), "orgId"));
		p.add(admin(HttpMethod.POST, "/markets", (j, i) -> "/markets?" + marketQuery(i.id("finance")), "orgId"));
		p.add(api(HttpMethod.POST, "/api/v1/markets/{id}/stalls",
				(j, i) -> "/api/v1/markets/" + j.id("market") + "/stalls",
				(j, i) -> "{\"merchantId\": %d, \"rowName\": \"越权\", \"number\": 9, \"category\": \"FOOD\"}"
					.formatted(i.id("merchant")),
				"merchantId"));
		p.add(admin(HttpMethod.POST, "/markets/{id}/stalls", (j, i) -> "/markets/" + j.id("market")
				+ "/stalls?merchantId=" + i.id("merchant") + "&rowName=越权&number=9&category=FOOD", "merchantId"));
		p.add(api(HttpMethod.POST, "/api/v1/markets/{id}/coupons",
				(j, i) -> "/api/v1/markets/" + j.id("market") + "/coupons",
				(j, i) -> campaignJson(j.id("jingkai"), i.id("merchant")), "merchantIds"));
		p.add(api(HttpMethod.POST, "/api/v1/merchants", (j, i) -> "/api/v1/merchants", (j, i) -> """
				{"orgId": %d, "name": "越权商户", "creditCode": "%s", "categories": ["FOOD"], "contactName": "x",
				 "contactPhone": "010-12345678", "joinedOn": "2026-01-01", "agreementEndsOn": "2999-01-01"}"""
			.formatted(i.id("finance"), BenefitSetup.creditCode()), "orgId"));
		p.add(admin(HttpMethod.POST, "/merchants", (j, i) -> "/merchants?" + merchantQuery(i.id("finance")), "orgId"));
		p.add(api(HttpMethod.POST, "/api/v1/offers", (j, i) -> "/api/v1/offers", (j, i) -> """
				{"merchantId": %d, "orgId": %d, "title": "越权优惠", "terms": "x", "validFrom": "2026-01-01",
				 "validTo": "2999-01-01"}""".formatted(i.id("merchant"), j.id("jingkai")), "merchantId"));
		p.add(api(HttpMethod.POST, "/api/v1/offers", (j, i) -> "/api/v1/offers", (j, i) -> """
				{"merchantId": %d, "orgId": %d, "title": "越权优惠", "terms": "x", "validFrom": "2026-01-01",
				 "validTo": "2999-01-01"}""".formatted(j.id("benefitMerchant"), i.id("finance")), "orgId"));
		p.add(admin(HttpMethod.POST, "/merchants/{id}/offers",
				(j, i) -> "/merchants/" + j.id("benefitMerchant") + "/offers?merchantId=" + j.id("benefitMerchant")
						+ "&orgId=" + i.id("finance") + "&title=越权&terms=x&validFrom=2026-01-01&validTo=2999-01-01",
				"orgId"));
		p.add(api(HttpMethod.POST, "/api/v1/coupon-campaigns", (j, i) -> "/api/v1/coupon-campaigns",
				(j, i) -> campaignJson(j.id("jingkai"), i.id("merchant")), "merchantIds"));
		p.add(admin(HttpMethod.POST, "/coupon-campaigns",
				(j, i) -> "/coupon-campaigns?" + campaignQuery(j.id("jingkai"), i.id("merchant")), "merchantIds"));
		return p;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		String none = "no body";
		String words = "names and an address";
		String clerk = "the outlet must be the clerk's own merchant's (CouponTests); only clerks redeem";
		return Map.ofEntries(Map.entry("POST /api/v1/offers/{id}/withdraw", none),
				Map.entry("POST /offers/{id}/withdraw", none), Map.entry("POST /api/v1/merchants/{id}/outlets", words),
				Map.entry("POST /merchants/{id}/outlets", words),
				Map.entry("POST /api/v1/merchants/{id}/staff", "a user name, a name and a password"),
				Map.entry("POST /merchants/{id}/staff", "a user name, a name and a password"),
				Map.entry("POST /api/v1/merchants/{id}/leave", none), Map.entry("POST /merchants/{id}/leave", none),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/publish", none),
				Map.entry("POST /coupon-campaigns/{id}/publish", none),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/cancel", none),
				Map.entry("POST /coupon-campaigns/{id}/cancel", none),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/close", none),
				Map.entry("POST /coupon-campaigns/{id}/close", none),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/claims", "a key in a header; the member is the caller"),
				Map.entry("POST /coupon-campaigns/{id}/claims", "a key; the member is the caller"),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/lottery", "the member is the caller"),
				Map.entry("POST /coupon-campaigns/{id}/lottery", "the member is the caller"),
				Map.entry("POST /api/v1/coupon-campaigns/{id}/lottery/draw", none),
				Map.entry("POST /coupon-campaigns/{id}/lottery/draw", none),
				Map.entry("POST /api/v1/coupons/{code}/redeem", clerk), Map.entry("POST /merchant-desk/redeem", clerk),
				Map.entry("POST /markets/{id}/coupons", "a title and sums; the merchants are the market's stalls'"),
				Map.entry("POST /api/v1/markets/{id}/visits",
						"the entrance's code or a count; the member is the caller"),
				Map.entry("POST /markets/{id}/walk-ins", "a count"),
				Map.entry("POST /markets/{id}/check-in", "the entrance's code; the member is the caller"),
				Map.entry("POST /api/v1/markets/{id}/close", none), Map.entry("POST /markets/{id}/close", none));
	}

	@Override
	public void outOfReach(Targets finance) {
		long merchant = setup.merchant(Demo.FINANCE, MERCHANT + RUNS.incrementAndGet());
		setup.clerk(merchant);
		long campaign = setup.publish(setup.draft(Demo.FINANCE, List.of(merchant)).title(CAMPAIGN + RUNS.get()));
		ContestFixtures.Someone banker = people.member(Demo.BANK);
		Actor member = new Actor(0, banker.cardNo(), banker.name(), Set.of(Role.MEMBER), banker.orgId(), Set.of(),
				banker.id());
		finance.put("merchant", merchant);
		finance.put("offer", setup.offer(merchant, Demo.FINANCE, OFFER + RUNS.get()));
		finance.put("campaign", campaign);
		long lottery = setup
			.publish(setup.draft(Demo.FINANCE, List.of(merchant)).lottery().title(CAMPAIGN + "抽签" + RUNS.get()));
		setup.register(member, lottery);
		setup.claimsOver(lottery);
		finance.put("lottery", lottery);
		finance.put("market", setup.market(Demo.FINANCE, List.of(merchant), MARKET + RUNS.get()));
		finance.put("coupon", setup.claim(member, campaign));
	}

	@Override
	public void inReach(Targets jingkai) {
		jingkai.put("benefitMerchant", setup.merchant(Demo.JINGKAI, "经开区探针商户" + RUNS.incrementAndGet()));
		jingkai.put("market", setup.market(Demo.JINGKAI, List.of(jingkai.id("benefitMerchant"))));
	}

}
