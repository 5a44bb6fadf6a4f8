package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Admins create and manage accounts only within their subtree, and grant only what they
 * may.
 */
@IntegrationTest
class AccountServiceTests {

	@Autowired
	AccountService service;

	@Autowired
	AccountQueries queries;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Test
	void aUnionAdminCreatesAJudgeInTheirSubtree() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		String username = "expert-" + UUID.randomUUID().toString().substring(0, 6);
		long id = service.create(jingkai, form(username, orgs.id(Demo.HAISITANPU), Set.of(Role.JUDGE)));
		AccountView created = queries.find(id).orElseThrow();
		assertThat(created.roles()).containsExactly(Role.JUDGE);
		assertThat(created.orgName()).isEqualTo(Demo.HAISITANPU);
		assertThat(orgs.auditRows("account", id)).isEqualTo(1);
	}

	@Test
	void aUnionAdminCannotCreateOutsideTheirSubtreeOrGrantSystemAdmin() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		assertThatThrownBy(
				() -> service.create(jingkai, form("outsider-" + UUID.randomUUID().toString().substring(0, 6),
						orgs.id(Demo.BANK), Set.of(Role.JUDGE))))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> service.create(jingkai,
				form("root-" + UUID.randomUUID().toString().substring(0, 6), orgs.id(Demo.JINGKAI),
						Set.of(Role.SYSTEM_ADMIN))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("roles"));
	}

	@Test
	void refusesATakenUserNameAndAWeakPassword() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		assertThatThrownBy(
				() -> service.create(city, form(Demo.JINGKAI_ADMIN, orgs.id(Demo.JINGKAI), Set.of(Role.JUDGE))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("account.username.taken"));
		AccountForm weak = new AccountForm("weak-" + UUID.randomUUID().toString().substring(0, 6), "弱密码",
				orgs.id(Demo.JINGKAI), Set.of(Role.JUDGE), Set.of(), true, "short", null);
		assertThatThrownBy(() -> service.create(city, weak)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.field()).isEqualTo("password"));
	}

	@Test
	void listsOnlyAccountsInReach() {
		var jingkaiSees = queries.search(logins.actor(Demo.JINGKAI_ADMIN), null, null, null, new PageQuery(0, 200));
		assertThat(jingkaiSees.items()).extracting(AccountView::username)
			.contains(Demo.JINGKAI_ADMIN)
			.doesNotContain(Demo.FINANCE_ADMIN, Demo.CITY_ADMIN, Demo.ADMIN);
		var citySees = queries.search(logins.actor(Demo.CITY_ADMIN), null, null, null, new PageQuery(0, 200));
		assertThat(citySees.items()).extracting(AccountView::username)
			.contains(Demo.JINGKAI_ADMIN, Demo.FINANCE_ADMIN, Demo.CITY_ADMIN)
			.doesNotContain(Demo.ADMIN);
	}

	@Test
	void anAdminCannotDemoteOrDisableThemselves() {
		Actor finance = logins.actor(Demo.FINANCE_ADMIN);
		AccountForm self = new AccountForm(Demo.FINANCE_ADMIN, "金融工会管理员", finance.orgId(), Set.of(Role.JUDGE), Set.of(),
				true, null, null);
		assertThatThrownBy(() -> service.update(finance, finance.accountId(), self)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("account.self.roles"));
	}

	private static AccountForm form(String username, long orgId, Set<Role> roles) {
		return new AccountForm(username, "测试账号", orgId, roles, Set.of(), true, "Expert-2026-pass", null);
	}

}
