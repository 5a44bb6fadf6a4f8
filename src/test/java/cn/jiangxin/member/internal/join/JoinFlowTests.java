package cn.jiangxin.member.internal.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.CardNumbers;
import cn.jiangxin.member.internal.MemberQueries;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * Joining from the public page or API to a member with a card, routed, decided once,
 * within scope.
 */
@IntegrationTest
public class JoinFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JoinService joins;

	@Autowired
	JoinQueries queries;

	@Autowired
	MemberQueries members;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theJoinFormMarksWhatIsRequiredAndSaysWhatIsMissingInTheApplicantsWords() {
		long union = orgs.id(Demo.HAISITANPU);
		assertThat(mvc.get().uri("/join/{id}", union)).hasStatusOk().bodyText().contains("jx-required", "为必填项");
		assertThat(mvc.post().uri("/join/{id}", union).param("orgId", String.valueOf(union)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("不能为空", "is-invalid")
			.doesNotContain("不能为null", "must not be null");
	}

	@Test
	void aWorkerJoinsThroughThePublicPageAndTheUnionApproves() {
		long union = orgs.id(Demo.HAISITANPU);
		String id = People.idNumber();
		String phone = People.phone();
		MvcTestResult submitted = mvc.post().uri("/join/{org}", union).with(csrf()).with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		})
			.param("orgId", String.valueOf(union))
			.param("name", "郑新工")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", id)
			.param("phone", phone)
			.param("employmentType", "EMPLOYEE")
			.param("consent", "true")
			.exchange();
		assertThat(submitted).hasRedirectedUrl("/join/submitted");
		JoinApplicationView application = queries.byApplicant(IdType.RESIDENT_ID, id, phone).get(0);
		assertThat(application.orgId()).isEqualTo(union);

		assertThat(mvc.get().uri("/join-applications").with(logins.as(Demo.JINGKAI_ADMIN))).bodyText().contains("郑新工");
		assertThat(mvc.get().uri("/join-applications").with(logins.as(Demo.FINANCE_ADMIN))).bodyText()
			.doesNotContain("郑新工");
		assertThat(mvc.post()
			.uri("/api/v1/join-applications/{id}/approve", application.id())
			.with(logins.as(Demo.FINANCE_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);

		long memberId = joins.approve(logins.actor(Demo.JINGKAI_ADMIN), application.id());
		MemberView member = members.find(memberId).orElseThrow();
		assertThat(member.orgId()).isEqualTo(union);
		assertThat(CardNumbers.isValid(member.cardNo())).isTrue();
		assertThat(queries.byApplicant(IdType.RESIDENT_ID, id, phone).get(0).status()).isEqualTo(JoinStatus.APPROVED);
		assertThat(mvc.post()
			.uri("/join/status")
			.with(csrf())
			.param("idType", "RESIDENT_ID")
			.param("idNumber", id)
			.param("phone", phone)).bodyText().contains(member.cardNo());
	}

	@Test
	void aGigWorkerWithoutAUnionIsRoutedToTheDistrict() {
		long district = orgs.id("通州区总工会");
		assertThat(mvc.get().uri("/join")).hasStatusOk().bodyText().contains("通州区总工会");
		long id = joins.apply(form(district, People.idNumber(), People.phone(), EmploymentType.FOOD_DELIVERY),
				"10.0.0.1");
		assertThat(queries.find(id).orElseThrow().orgId()).isEqualTo(district);
		assertThat(queries.queue(logins.actor(Demo.JINGKAI_ADMIN), JoinStatus.PENDING, false, null, 200).items())
			.extracting(JoinApplicationView::id)
			.doesNotContain(id);
		assertThatThrownBy(() -> joins.approve(logins.actor(Demo.JINGKAI_ADMIN), id))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(queries.queue(logins.actor(Demo.CITY_ADMIN), JoinStatus.PENDING, false, null, 200).items())
			.extracting(JoinApplicationView::id)
			.contains(id);
	}

	@Test
	void rejectionNeedsAReasonTheApplicantSees() {
		String id = People.idNumber();
		String phone = People.phone();
		long application = joins.apply(form(orgs.id(Demo.HAISITANPU), id, phone, EmploymentType.EMPLOYEE), "10.0.0.2");
		assertThat(mvc.post()
			.uri("/api/v1/join-applications/{id}/reject", application)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		joins.reject(logins.actor(Demo.JINGKAI_ADMIN), application, "非本公司职工，请向所在单位工会申请");
		assertThat(mvc.post()
			.uri("/api/v1/join-applications/status")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idType\": \"RESIDENT_ID\", \"idNumber\": \"%s\", \"phone\": \"%s\"}".formatted(id, phone)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[0].status").isEqualTo("REJECTED");
				assertThat(json).extractingPath("$[0].reason").asString().contains("非本公司职工");
			});
	}

	@Test
	void applicationsLeftFor15DaysAreFlaggedToTheParentUnion() {
		long application = joins.apply(
				form(orgs.id(Demo.HAISITANPU), People.idNumber(), People.phone(), EmploymentType.EMPLOYEE), "10.0.0.3");
		jdbc.sql("UPDATE join_application SET created_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(16))), application)
			.update();
		assertThat(joins.escalateOverdue(Instant.now())).isGreaterThanOrEqualTo(1);
		JoinApplicationView flagged = queries.find(application).orElseThrow();
		assertThat(flagged.overdue()).isTrue();
		assertThat(flagged.escalatedOrgId()).isEqualTo(orgs.id(Demo.JINGKAI));
		assertThat(queries.overdueFlaggedTo(logins.actor(Demo.JINGKAI_ADMIN))).isGreaterThanOrEqualTo(1);
		assertThat(mvc.get().uri("/join-applications?overdue=true").with(logins.as(Demo.JINGKAI_ADMIN))).bodyText()
			.contains("逾期");
		assertThat(joins.escalateOverdue(Instant.now())).isZero();
	}

	@Test
	void aWorkerAlreadyInAUnionIsToldWhereAndHowToTransfer() {
		long union = orgs.id(Demo.HAISITANPU);
		String id = People.idNumber();
		long first = joins.apply(form(union, id, People.phone(), EmploymentType.EMPLOYEE), "10.0.0.4");
		joins.approve(logins.actor(Demo.JINGKAI_ADMIN), first);
		assertThat(mvc.post().uri("/api/v1/join-applications").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		}).content("""
				{"orgId": %d, "name": "郑新工", "idType": "RESIDENT_ID", "idNumber": "%s", "phone": "%s",
				 "employmentType": "COURIER", "consent": true}
				""".formatted(orgs.id("通州区总工会"), id, People.phone()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains(Demo.HAISITANPU)
			.contains("转会");
	}

	@Test
	void anApplicationWithoutConsentNamesEveryMissingFieldAtOnce() {
		MvcTestResult result = mvc.post().uri("/api/v1/join-applications").with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"orgId": %d, "name": "漏填", "idType": "RESIDENT_ID", "idNumber": "%s", "employmentType": "EMPLOYEE"}
				""".formatted(orgs.id(Demo.HAISITANPU), People.idNumber())).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("consent", "phone");
		assertThat(result).bodyText().contains("请阅读并勾选同意个人信息处理说明");
	}

	@Test
	void thePublicEndpointsAreRateLimited() {
		String address = People.clientAddress();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			statuses.add(mvc.post().uri("/api/v1/join-applications/status").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).contentType(MediaType.APPLICATION_JSON).content("""
					{"idType": "RESIDENT_ID", "idNumber": "110105199003070017", "phone": "13912345678"}
					""").exchange().getResponse().getStatus());
		}
		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(statuses.subList(10, 12)).containsOnly(429);
	}

	public static JoinForm form(long org, String id, String phone, EmploymentType employment) {
		return new JoinForm(org, "郑新工", null, IdType.RESIDENT_ID, id, null, phone, null, null, employment, null, true);
	}

}
