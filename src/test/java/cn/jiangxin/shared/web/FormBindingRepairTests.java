package cn.jiangxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * A value a page form cannot convert (a date typed in words, an unknown choice) is a
 * field error, never a 500.
 */
@IntegrationTest
class FormBindingRepairTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Test
	void aDateThatCannotBeReadIsShownBesideItsField() {
		assertThat(mvc.post()
			.uri("/members/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("orgId", String.valueOf(orgs.id(Demo.HAISITANPU)))
			.param("name", "日期错")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", People.idNumber())
			.param("employmentType", "EMPLOYEE")
			.param("joinDate", "去年春天")).hasStatusOk().bodyText().contains("格式不正确").contains("日期错").contains("去年春天");
	}

	@Test
	void anUnknownChoiceOnAPublicFormIsShownBesideItsField() {
		assertThat(mvc.post().uri("/join/{org}", orgs.id(Demo.HAISITANPU)).with(csrf()).with(request -> {
			request.setRemoteAddr(People.clientAddress());
			return request;
		})
			.param("orgId", String.valueOf(orgs.id(Demo.HAISITANPU)))
			.param("name", "选项错")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", People.idNumber())
			.param("employmentType", "ASTRONAUT")).hasStatusOk().bodyText().contains("格式不正确").contains("选项错");
	}

}
