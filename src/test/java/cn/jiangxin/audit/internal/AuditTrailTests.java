package cn.jiangxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.audit.AuditEntry;
import cn.jiangxin.audit.AuditFilter;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.internal.OrgSetup;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.TestDatabase;

/**
 * The audit log reads back only within reach, filtered and keyset-paged, and is
 * append-only.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	OrgSetup orgSetup;

	@Autowired
	AuditTrail trail;

	@Autowired
	OrgApi orgApi;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnionAdminSeesOnlyTheirSubtreesRows() {
		CursorPage<AuditEntry> page = trail.browse(logins.actor(Demo.JINGKAI_ADMIN),
				new AuditFilter(null, null, "org", null, null, null, null, 200));
		assertThat(page.items()).isNotEmpty();
		long jingkai = orgs.id(Demo.JINGKAI);
		page.items()
			.forEach(entry -> assertThat(orgApi.path(entry.orgId()))
				.anySatisfy(step -> assertThat(step.id()).isEqualTo(jingkai)));
		assertThatThrownBy(() -> trail.browse(logins.actor(Demo.JINGKAI_ADMIN),
				new AuditFilter(orgs.id(Demo.FINANCE), null, null, null, null, null, null, 20)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void filtersByActorAndEntityAndPagesByKeyset() {
		String name = "审计测试" + UUID.randomUUID().toString().substring(0, 6);
		logins.runAs(Demo.FINANCE_ADMIN, () -> orgSetup.create(logins.actor(Demo.FINANCE_ADMIN),
				OrgDraft.of(orgs.id(Demo.FINANCE), name, null, OrgLevel.GRASSROOTS)));
		long id = orgs.id(name);
		CursorPage<AuditEntry> mine = trail.browse(logins.actor(Demo.CITY_ADMIN),
				new AuditFilter(null, Demo.FINANCE_ADMIN, "org", String.valueOf(id), null, null, null, 20));
		assertThat(mine.items()).singleElement().satisfies(entry -> {
			assertThat(entry.actorName()).isEqualTo(Demo.FINANCE_ADMIN);
			assertThat(entry.after()).contains(name);
		});

		CursorPage<AuditEntry> first = trail.browse(logins.actor(Demo.ADMIN), AuditFilter.latest(3));
		assertThat(first.items()).hasSize(3);
		assertThat(first.next()).isNotNull();
		CursorPage<AuditEntry> second = trail.browse(logins.actor(Demo.ADMIN),
				new AuditFilter(null, null, null, null, null, null, Long.valueOf(first.next()), 3));
		assertThat(second.items().get(0).id()).isLessThan(first.items().get(2).id());
	}

	@Test
	void thePageFindsACreatedUnionByItsEntity() {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(mvc.get().uri("/audit?entity=org&entityId={id}", jingkai).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("新建")
			.contains(Demo.JINGKAI);
	}

	@Test
	void onPostgresTheLogRefusesUpdatesAndDeletes() {
		if (!TestDatabase.isPostgres()) {
			return;
		}
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'x'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
	}

}
