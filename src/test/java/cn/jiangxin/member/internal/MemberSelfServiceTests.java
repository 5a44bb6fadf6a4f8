package cn.jiangxin.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * A member activates their account with ID plus card number, signs in with card or phone,
 * sees their card.
 */
@IntegrationTest
class MemberSelfServiceTests {

	@Autowired
	MemberSelfService self;

	@Autowired
	MemberService members;

	@Autowired
	MemberQueries queries;

	@Autowired
	AccountApi accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Test
	void activatesAndSignsInWithCardOrPhone() {
		String id = People.idNumber();
		String phone = People.phone();
		long memberId = members.register(logins.actor(Demo.JINGKAI_ADMIN), orgs.id(Demo.HAISITANPU),
				MemberServiceTests.person("卫自助", id, phone), null, null);
		MemberView member = queries.find(memberId).orElseThrow();

		assertThatThrownBy(() -> self.activate(IdType.RESIDENT_ID, id, "110000000000", "Member-2026", "Member-2026"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("member.activation.noMatch"));
		self.activate(IdType.RESIDENT_ID, id, member.cardNo(), "Member-2026", "Member-2026");
		assertThatThrownBy(() -> self.activate(IdType.RESIDENT_ID, id, member.cardNo(), "Member-2026", "Member-2026"))
			.isInstanceOf(BusinessRuleException.class);

		assertThat(mvc.perform(formLogin("/login").user(member.cardNo()).password("Member-2026")))
			.hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin("/login").user(phone).password("Member-2026"))).hasRedirectedUrl("/");
		String username = accounts.findByMember(memberId).orElseThrow().username();
		assertThat(mvc.get().uri("/").with(logins.as(username))).hasRedirectedUrl("/me");
		assertThat(mvc.get().uri("/me").with(logins.as(username))).hasStatusOk()
			.bodyText()
			.contains("卫自助")
			.contains(member.cardNo())
			.doesNotContain(id);
		assertThat(mvc.get().uri("/me/card.png").with(logins.as(username))).hasStatusOk().hasContentType("image/png");
		assertThat(mvc.get().uri("/members").with(logins.as(username))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/me").with(logins.as(Demo.JINGKAI_ADMIN))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aMemberChangesTheirContactAndAsksForATransfer() {
		String phone = People.phone();
		long memberId = members.register(logins.actor(Demo.JINGKAI_ADMIN), orgs.id(Demo.HAISITANPU),
				MemberServiceTests.person("蒋自迁", People.idNumber(), phone), null, null);
		MemberView member = queries.find(memberId).orElseThrow();
		String id = jdbcId(memberId);
		self.activate(IdType.RESIDENT_ID, id, member.cardNo(), "Member-2026", "Member-2026");
		String username = accounts.findByMember(memberId).orElseThrow().username();
		String newPhone = People.phone();
		logins.runAs(username, () -> self.updateContact(logins.actor(username), newPhone, "jiang@example.cn"));
		assertThat(queries.find(memberId).orElseThrow().phoneMasked()).startsWith(newPhone.substring(0, 3))
			.endsWith(newPhone.substring(7));
		assertThat(mvc.perform(formLogin("/login").user(newPhone).password("Member-2026"))).hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin("/login").user(phone).password("Member-2026")))
			.hasRedirectedUrl("/login?error");
		assertThatThrownBy(() -> self.updateContact(logins.actor(username), "12345", null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("phone"));
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalData data;

	private String jdbcId(long memberId) {
		return data.decrypt(
				jdbc.sql("SELECT id_cipher FROM member WHERE id = ?").params(memberId).query(String.class).single());
	}

}
