package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * The studio registry over JSON: registering, adding a member and conferring a level as
 * an admin, and bad input and the wrong role refused as problems naming the field, with
 * nothing changed.
 */
@IntegrationTest
class StudioApiTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonPosts json;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult post(String who, String uri, String body) {
		return json.post(who, uri, body);
	}

	private String studio(String name, String card, String field, String foundedOn, String tags) {
		return """
				{"name": "%s", "hostOrgId": %d, "leaderCardNo": "%s", "field": %s, "foundedOn": %s, "tags": %s}"""
			.formatted(name, orgs.id(Demo.HAISITANPU), card, field, foundedOn, tags);
	}

	private long studios() {
		return jdbc.sql("SELECT COUNT(*) FROM studio").query(Long.class).single();
	}

	@Test
	void anAdminRegistersAStudioAddsAMemberAndConfersItsFirstLevel() throws Exception {
		String card = people.member(Demo.HAISITANPU).cardNo();
		MvcTestResult created = post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
				studio("接口工作室" + NAMES.incrementAndGet(), card, "\"MANUFACTURING\"", "\"2023-03-01\"", "[\"焊装\"]"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String body = created.getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/studios/" + id);
		assertThat((List<?>) JsonPath.read(body, "$.members")).hasSize(1);

		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/studios/" + id + "/members",
				"{\"cardNo\": \"" + people.member(Demo.HAISITANPU).cardNo() + "\", \"role\": \"CORE\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(2);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/studios/" + id + "/levels",
				"""
						{"level": "ENTERPRISE", "conferringOrgId": %d, "decision": "海工发〔2024〕3号", "conferredOn": "2024-04-01"}"""
					.formatted(orgs.id(Demo.HAISITANPU))))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.level")
			.isEqualTo("ENTERPRISE");
		assertThat(mvc.get().uri("/api/v1/studios?level=ENTERPRISE").with(logins.as(Demo.JINGKAI_ADMIN)).exchange())
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == " + id + ")].level")
			.asArray()
			.containsExactly("ENTERPRISE");
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndRegistersNothing() {
		String card = people.member(Demo.HAISITANPU).cardNo();
		long before = studios();
		Problems.field(post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
				studio("坏字段" + NAMES.incrementAndGet(), card, "\"SPACE\"", "\"2023-03-01\"", "[]")), "field");
		Problems.field(post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
				studio("坏日期" + NAMES.incrementAndGet(), card, "\"IT\"", "\"2999-01-01\"", "[]")), "foundedOn");
		Problems.field(post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
				studio("坏类型" + NAMES.incrementAndGet(), card, "\"IT\"", "20230301", "[]")), "foundedOn");
		Problems.field(
				post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
						studio("坏标签" + NAMES.incrementAndGet(), card, "\"IT\"", "\"2023-03-01\"", "[\"\"]")),
				"tags[0]");
		Problems.field(
				post(Demo.JINGKAI_ADMIN, "/api/v1/studios",
						studio("坏卡号" + NAMES.incrementAndGet(), "JX-NOBODY", "\"IT\"", "\"2023-03-01\"", "[]")),
				"leaderCardNo");
		assertThat(studios()).isEqualTo(before);
	}

	@Test
	void aMemberCannotRegisterAStudio() {
		String card = people.member(Demo.HAISITANPU).cardNo();
		long before = studios();
		assertThat(post(card, "/api/v1/studios",
				studio("会员自建" + NAMES.incrementAndGet(), card, "\"IT\"", "\"2023-03-01\"", "[]")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(studios()).isEqualTo(before);
	}

}
