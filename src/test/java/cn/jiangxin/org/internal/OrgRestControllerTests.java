package cn.jiangxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The org API: its answers, its paging, and its 400s for bad input in the caller's
 * language.
 */
@IntegrationTest
class OrgRestControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Test
	void readsAUnionWithItsPath() {
		long bank = orgs.id(Demo.BANK);
		assertThat(mvc.get().uri("/api/v1/orgs/{id}", bank).with(logins.as(Demo.FINANCE_ADMIN))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.name").isEqualTo(Demo.BANK);
				assertThat(json).extractingPath("$.level").isEqualTo("GRASSROOTS");
				assertThat(json).extractingPath("$.path[0].name").isEqualTo(Demo.CITY);
				assertThat(json).extractingPath("$.path[1].name").isEqualTo(Demo.FINANCE);
				assertThat(json).extractingPath("$.employerUnit.creditCode").asString().hasSize(18);
			});
	}

	@Test
	void listsChildrenPageByPage() {
		long finance = orgs.id(Demo.FINANCE);
		assertThat(mvc.get().uri("/api/v1/orgs?parent={p}&size=5&page=1", finance).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(17);
				assertThat(json).extractingPath("$.items.length()").isEqualTo(5);
				assertThat(json).extractingPath("$.page").isEqualTo(1);
			});
		assertThat(mvc.get().uri("/api/v1/orgs?parent={p}&q=银行", finance).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.allSatisfy(name -> assertThat(name.toString()).contains("银行"));
	}

	@Test
	void refusesPagesLargerThanTwoHundredAndWrongTypes() {
		assertThat(mvc.get().uri("/api/v1/orgs?size=201").with(logins.as(Demo.ADMIN))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(mvc.get().uri("/api/v1/orgs?size=many").with(logins.as(Demo.ADMIN)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(mvc.get().uri("/api/v1/orgs/abc").with(logins.as(Demo.ADMIN))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsAUnionAndAnswersWithItsLocation() {
		long jingkai = orgs.id(Demo.JINGKAI);
		String name = "API测试公司工会" + UUID.randomUUID().toString().substring(0, 6);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/orgs")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"parentId": %d, "name": "%s", "level": "GRASSROOTS", "contactPhone": "010-67881234"}
					""".formatted(jingkai, name))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED).headers().containsHeader("Location");
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo(name);
	}

	@Test
	void answersBadInputWithFieldErrorsAndChangesNothing() {
		long jingkai = orgs.id(Demo.JINGKAI);
		long before = orgs.auditRows("org", "none");
		assertThat(post(Demo.JINGKAI_ADMIN, """
				{"parentId": %d, "name": "", "level": "GRASSROOTS", "creditCode": "91110000MA0000000X",
				 "contactPhone": "12"}
				""".formatted(jingkai))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[*].field")
					.asArray()
					.containsExactlyInAnyOrder("name", "creditCode", "contactPhone");
				assertThat(json).extractingPath("$.title").isEqualTo("请求有误");
			});
		assertThat(
				post(Demo.JINGKAI_ADMIN, "{\"parentId\": %d, \"name\": \"x\", \"level\": \"TOWN\"}".formatted(jingkai)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("level");
		assertThat(post(Demo.JINGKAI_ADMIN, "{\"parentId\": \"one\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("parentId");
		assertThat(post(Demo.JINGKAI_ADMIN, "{\"name\": \"x\", \"colour\": \"red\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("colour");
		assertThat(post(Demo.JINGKAI_ADMIN, "{\"name\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("请求体不是有效的 JSON。");
		assertThat(post(Demo.JINGKAI_ADMIN, "[1, 2]")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(orgs.auditRows("org", "none")).isEqualTo(before);
	}

	@Test
	void speaksEnglishWhenAskedTo() {
		assertThat(mvc.post()
			.uri("/api/v1/orgs")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.header("Accept-Language", "en-US,en;q=0.9")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\": %d, \"name\": \"\", \"level\": \"GRASSROOTS\"}".formatted(orgs.id(Demo.JINGKAI))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("Bad request");
				assertThat(json).extractingPath("$.errors[0].message").isEqualTo("must not be blank");
			});
	}

	@Test
	void movesAndClosesThroughPatch() {
		long jingkai = orgs.id(Demo.JINGKAI);
		String name = "待调整" + UUID.randomUUID().toString().substring(0, 6);
		String created = mvc.post()
			.uri("/api/v1/orgs")
			.with(logins.as(Demo.CITY_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\": %d, \"name\": \"%s\", \"level\": \"GRASSROOTS\"}".formatted(jingkai, name))
			.exchange()
			.getResponse()
			.getHeader("Location");
		String uri = created.substring(created.indexOf("/api/"));
		long haidian = orgs.id("海淀区总工会");
		assertThat(patch(Demo.CITY_ADMIN, uri, "{\"parentId\": %d}".formatted(haidian))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.path[1].name")
			.isEqualTo("海淀区总工会");
		assertThat(patch(Demo.CITY_ADMIN, uri, "{\"status\": \"CLOSED\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("CLOSED");
		assertThat(patch(Demo.CITY_ADMIN, uri, "{\"name\": \"x\", \"version\": 0}")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void refusesToMoveAUnionUnderItself() {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(patch(Demo.CITY_ADMIN, "/api/v1/orgs/" + jingkai,
				"{\"parentId\": %d}".formatted(orgs.id(Demo.HAISITANPU))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("parentId");
				assertThat(json).extractingPath("$.code").isEqualTo("org.move.intoOwnSubtree");
			});
	}

	private MvcTestResult post(String user, String body) {
		return mvc.post()
			.uri("/api/v1/orgs")
			.with(logins.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult patch(String user, String uri, String body) {
		return mvc.patch()
			.uri(uri)
			.with(logins.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
