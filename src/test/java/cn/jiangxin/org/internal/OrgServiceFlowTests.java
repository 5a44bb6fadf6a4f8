package cn.jiangxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.org.Industry;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The tree's rules end to end on a real database: create, rename, move, close, with scope
 * and audit.
 */
@IntegrationTest
class OrgServiceFlowTests {

	@Autowired
	OrgService service;

	@Autowired
	OrgApi api;

	@Autowired
	OrgTree tree;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgMembershipStandIn members;

	@Test
	void createsAUnionWithItsAncestryAndAnAuditRow() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long parent = orgs.id(Demo.JINGKAI);
		String name = unique("亦庄测试公司工会");
		long id = service.create(jingkai,
				OrgDraft.of(parent, name, null, OrgLevel.GRASSROOTS)
					.withUnit("亦庄测试公司", "91110000MA0000000" + check("91110000MA0000000"), Industry.C,
							UnitType.PRIVATE_ENTERPRISE));
		assertThat(api.path(id)).extracting(OrgRef::name).containsExactly(Demo.CITY, Demo.JINGKAI, name);
		assertThat(api.get(id).depth()).isEqualTo(2);
		assertThat(api.get(id).employerUnit().name()).isEqualTo("亦庄测试公司");
		assertThat(orgs.auditRows("org", id)).isEqualTo(1);
	}

	@Test
	void refusesALevelAboveTheParentAndATakenName() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long parent = orgs.id(Demo.JINGKAI);
		assertThatThrownBy(() -> service.create(jingkai, OrgDraft.of(parent, unique("区"), null, OrgLevel.DISTRICT)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("level");
				assertThat(ex.code()).isEqualTo("org.level.notUnderParent");
			});
		assertThatThrownBy(
				() -> service.create(jingkai, OrgDraft.of(parent, Demo.HAISITANPU, null, OrgLevel.GRASSROOTS)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("org.name.taken"));
	}

	@Test
	void anAdminCannotReachOutsideTheirSubtree() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long finance = orgs.id(Demo.FINANCE);
		assertThatThrownBy(() -> service.create(jingkai, OrgDraft.of(finance, unique("越权"), null, OrgLevel.GRASSROOTS)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> service.close(jingkai, orgs.id(Demo.BANK), null))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void movesASubtreeAndRewritesItsAncestry() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long jingkai = orgs.id(Demo.JINGKAI);
		long street = service.create(city, OrgDraft.of(jingkai, unique("亦庄街道总工会"), null, OrgLevel.STREET));
		long company = service.create(city, OrgDraft.of(street, unique("某公司工会"), null, OrgLevel.GRASSROOTS));
		long department = service.create(city, OrgDraft.of(company, unique("车间工会"), null, OrgLevel.DEPARTMENT));
		long haidian = orgs.id("海淀区总工会");

		service.move(city, street, haidian, null);

		assertThat(api.path(department)).extracting(OrgRef::id)
			.containsExactly(orgs.id(Demo.CITY), haidian, street, company, department);
		assertThat(tree.within(jingkai, department)).isFalse();
		assertThat(tree.within(haidian, department)).isTrue();
		assertThat(api.get(department).depth()).isEqualTo(4);
		long pairs = jdbc.sql("SELECT COUNT(*) FROM org_closure WHERE descendant_id = ?")
			.params(department)
			.query(Long.class)
			.single();
		assertThat(pairs).isEqualTo(5);
	}

	@Test
	void neverMovesAUnionUnderItsOwnSubtree() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long jingkai = orgs.id(Demo.JINGKAI);
		long haisitanpu = orgs.id(Demo.HAISITANPU);
		assertThatThrownBy(() -> service.move(city, jingkai, haisitanpu, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("org.move.intoOwnSubtree"));
		assertThatThrownBy(() -> service.move(city, jingkai, jingkai, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("org.move.intoOwnSubtree"));
		assertThat(api.get(jingkai).parentId()).isEqualTo(orgs.id(Demo.CITY));
	}

	@Test
	void closesOnlyWithoutOpenChildrenOrActiveMembers() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long parent = service.create(city, OrgDraft.of(orgs.id("东城区总工会"), unique("待撤销街道"), null, OrgLevel.STREET));
		long child = service.create(city, OrgDraft.of(parent, unique("待撤销公司"), null, OrgLevel.GRASSROOTS));

		assertThatThrownBy(() -> service.close(city, parent, null)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.code()).isEqualTo("org.close.openChildren"));

		members.active = 3;
		members.orgId = child;
		assertThatThrownBy(() -> service.close(city, child, null)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.code()).isEqualTo("org.close.members"));

		members.active = 0;
		service.close(city, child, null);
		service.close(city, parent, null);
		assertThat(api.get(parent).status()).isEqualTo(OrgStatus.CLOSED);
		assertThatThrownBy(() -> service.create(city, OrgDraft.of(parent, unique("新"), null, OrgLevel.GRASSROOTS)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("org.parent.closed"));
		service.reopen(city, parent, null);
		assertThat(api.get(parent).active()).isTrue();
	}

	@Test
	void anAdminCannotCloseTheirOwnUnion() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		assertThatThrownBy(() -> service.close(jingkai, orgs.id(Demo.JINGKAI), null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("org.close.ownRoot"));
	}

	@Test
	void aFailedChangeLeavesNoAuditRow() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long before = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThatThrownBy(() -> service.create(city, OrgDraft.of(jingkai, Demo.HAISITANPU, null, OrgLevel.GRASSROOTS)))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> service.create(city,
				OrgDraft.of(jingkai, unique("坏代码"), null, OrgLevel.GRASSROOTS)
					.withUnit("坏代码公司", "911100000000000000", Industry.C, UnitType.OTHER)))
			.isInstanceOf(BusinessRuleException.class);
		long after = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void renamesAndRecordsBeforeAndAfter() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long id = service.create(jingkai, OrgDraft.of(orgs.id(Demo.JINGKAI), unique("旧名"), null, OrgLevel.GRASSROOTS));
		String renamed = unique("新名");
		service.patch(jingkai, id,
				new OrgPatch(renamed, null, null, null, null, null, null, null, null, null, null, null, null));
		assertThat(api.get(id).name()).isEqualTo(renamed);
		List<String> states = jdbc
			.sql("SELECT after_state FROM audit_event WHERE entity_type = 'org' AND entity_id = ? ORDER BY id")
			.params(String.valueOf(id))
			.query(String.class)
			.list();
		assertThat(states).hasSize(2);
		assertThat(states.get(1)).contains(renamed);
	}

	private static String unique(String name) {
		return name + UUID.randomUUID().toString().substring(0, 6);
	}

	private static char check(String first17) {
		return CreditCode.checkCharacter(first17);
	}

}
