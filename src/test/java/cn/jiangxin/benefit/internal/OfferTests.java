package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Online offers: the demo's eight running offers of 经开区's plan (and one withdrawn); an
 * offer put up over the API and seen by the card holders of its union's subtree only,
 * nearest first from a position; not by a member whose card is not active, nor after it
 * is withdrawn; outlets and unions checked by the field.
 */
@IntegrationTest
class OfferTests {

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
	OfferService offers;

	@Autowired
	MerchantService merchants;

	private MvcTestResult post(String who, String uri, String body) {
		return mvc.post()
			.uri(uri)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static Actor member(Someone someone) {
		return new Actor(0, someone.cardNo(), someone.name(), Set.of(Role.MEMBER), someone.orgId(), Set.of(),
				someone.id());
	}

	@Test
	void theDemoShowsEightRunningOffersToAJingkaiCardHolder() {
		Someone worker = people.member(Demo.HAISITANPU);
		List<Offer> seen = offers.forMember(member(worker), null, null);
		assertThat(seen).extracting(Offer::title)
			.contains("职工就餐九折", "农特产品满 100 减 15", "免费健康咨询", "团课首月 99 元")
			.doesNotContain("理发八折（已结束）");
		assertThat(offers.forMember(member(people.member(Demo.BANK)), null, null)).extracting(Offer::title)
			.doesNotContain("职工就餐九折");
	}

	@Test
	void anOfferIsSeenByTheCardHoldersOfItsSubtreeNearestFirstUntilWithdrawn() {
		long near = setup.merchant(Demo.JINGKAI, "近处商户");
		long far = setup.merchant(Demo.JINGKAI, "远处商户");
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		merchants.addOutlet(admin, near, new MerchantDrafts.OutletDraft("近店", "经开区近路1号", new BigDecimal("39.790000"),
				new BigDecimal("116.510000")));
		merchants.addOutlet(admin, far, new MerchantDrafts.OutletDraft("远店", "通州远路1号", new BigDecimal("39.900000"),
				new BigDecimal("116.650000")));
		String body = """
				{"merchantId": %d, "orgId": %d, "title": "%s", "terms": "持卡九折", "validFrom": "%s", "validTo": "%s"}""";
		LocalDate today = LocalDate.now();
		MvcTestResult created = post(Demo.JINGKAI_ADMIN, "/api/v1/offers",
				body.formatted(far, orgs.id(Demo.JINGKAI), "远处九折", today.minusDays(1), today.plusDays(30)));
		assertThat(created).hasStatus(201);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers",
				body.formatted(near, orgs.id(Demo.HAISITANPU), "近处九折", today.minusDays(1), today.plusDays(30))))
			.hasStatus(201);
		Someone worker = people.member(Demo.HAISITANPU);
		List<String> nearest = offers.forMember(member(worker), 39.79, 116.51)
			.stream()
			.map(Offer::title)
			.filter(t -> t.endsWith("处九折"))
			.toList();
		assertThat(nearest).containsExactly("近处九折", "远处九折");
		assertThat(offers.forMember(member(worker), 39.79, 116.51).get(0).distanceKm()).isLessThan(0.5);
		// an offer for 海斯坦普's members is not for another company of 经开区
		Someone other = people.member("北方导航控制技术股份有限公司工会");
		assertThat(offers.forMember(member(other), null, null)).extracting(Offer::title)
			.contains("远处九折")
			.doesNotContain("近处九折");
		Someone retired = people.member(Demo.HAISITANPU);
		people.setMemberStatus(retired.id(), "RETAINED");
		assertThat(offers.forMember(member(retired), null, null)).isEmpty();
		long id = offers.forMember(member(worker), null, null)
			.stream()
			.filter(o -> o.title().equals("远处九折"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers/" + id + "/withdraw", "{}")).hasStatus(200);
		assertThat(offers.forMember(member(worker), null, null)).extracting(Offer::title).doesNotContain("远处九折");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers/" + id + "/withdraw", "{}")).hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/offers/" + id).with(logins.as(worker.cardNo())).exchange()).hasStatus(404);
	}

	@Test
	void outletsAndUnionsAreCheckedByTheField() {
		long merchant = setup.merchant(Demo.JINGKAI, "条件商户");
		long other = setup.merchant(Demo.JINGKAI, "别家商户");
		LocalDate today = LocalDate.now();
		String body = """
				{"merchantId": %d, "orgId": %d, "title": "检查", "terms": "x", "validFrom": "%s", "validTo": "%s", "outletIds": [%d]}""";
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers",
				body.formatted(merchant, orgs.id(Demo.JINGKAI), today, today.plusDays(3), setup.outlet(other))))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("outletIds");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers",
				body.formatted(merchant, orgs.id(Demo.CITY), today, today.plusDays(3), setup.outlet(merchant))))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("orgId");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/offers",
				body.formatted(merchant, orgs.id(Demo.JINGKAI), today, today.minusDays(3), setup.outlet(merchant))))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("validTo");
		assertThat(Actors.current()).isEmpty();
	}

}
