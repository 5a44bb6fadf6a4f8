package cn.jiangxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The tree pages render for admins, load levels lazily, and show form errors in the
 * user's language.
 */
@IntegrationTest
class OrgPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Test
	void aUnionAdminsTreeStartsAtTheirUnion() {
		assertThat(mvc.get().uri("/orgs").with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.contains(Demo.JINGKAI)
			.doesNotContain(Demo.FINANCE);
	}

	@Test
	void childrenLoadAsAFragment() {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(mvc.get()
			.uri("/orgs/{id}/children", jingkai)
			.header("HX-Request", "true")
			.with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.contains(Demo.HAISITANPU)
			.doesNotContain("<html");
	}

	@Test
	void searchAnswersHtmxWithResultsOnly() {
		assertThat(mvc.get().uri("/orgs?q=海斯坦普").header("HX-Request", "true").with(logins.as(Demo.CITY_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains(Demo.HAISITANPU)
			.contains("北京经济技术开发区总工会")
			.doesNotContain("<nav");
	}

	@Test
	void aFormWithErrorsNamesEachField() {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(mvc.post()
			.uri("/orgs/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("parentId", String.valueOf(jingkai))
			.param("name", "")
			.param("level", "GRASSROOTS")
			.param("creditCode", "12345")
			.param("unitName", "某公司")).hasStatusOk().bodyText().contains("不能为空").contains("统一社会信用代码不正确");
	}

	@Test
	void createsAUnionFromTheFormAndRedirectsToIt() {
		long jingkai = orgs.id(Demo.JINGKAI);
		String name = "页面新建工会" + UUID.randomUUID().toString().substring(0, 6);
		var result = mvc.post()
			.uri("/orgs/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("parentId", String.valueOf(jingkai))
			.param("name", name)
			.param("level", "GRASSROOTS")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/orgs/");
		assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains(name);
	}

	@Test
	void switchesToEnglishAndRemembersIt() {
		var english = mvc.get().uri("/orgs?lang=en").with(logins.as(Demo.JINGKAI_ADMIN)).exchange();
		assertThat(english).hasStatusOk().bodyText().contains("Union tree");
		assertThat(english).cookies().containsCookie("jiangxin-lang");
		assertThat(mvc.get().uri("/orgs").with(logins.as(Demo.JINGKAI_ADMIN))).bodyText().contains("组织架构");
	}

	@Test
	void anUnknownUnionIsANotFoundPage() {
		assertThat(mvc.get().uri("/orgs/999999").with(logins.as(Demo.ADMIN))).hasStatus(404)
			.bodyText()
			.contains("未找到编号为 999999 的组织");
	}

}
