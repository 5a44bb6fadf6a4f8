package cn.jiangxin.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.transfer.TransferService;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * Membership rules on a real database: one record per person, exact counts, protected and
 * audited data.
 */
@IntegrationTest
class MemberServiceTests {

	@Autowired
	MemberService service;

	@Autowired
	MemberQueries queries;

	@Autowired
	MemberCounts counts;

	@Autowired
	TransferService transfers;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	OrgApi orgApi;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAMemberWithACardAndMasksThemEverywhere() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		String id = People.idNumber(true);
		String phone = People.phone();
		long memberId = service.register(jingkai, orgs.id(Demo.HAISITANPU), person("赵建国", id, phone), null, "劳模, 技术能手");
		MemberView member = queries.find(memberId).orElseThrow();
		assertThat(member.idNumberMasked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(member.phoneMasked()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(CardNumbers.isValid(member.cardNo())).isTrue();
		assertThat(member.tags()).containsExactly("劳模", "技术能手");
		String stored = jdbc.sql("SELECT id_cipher || phone_cipher FROM member WHERE id = ?")
			.params(memberId)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(id).doesNotContain(phone);
		String audited = jdbc.sql("SELECT after_state FROM audit_event WHERE entity_type = 'member' AND entity_id = ?")
			.params(String.valueOf(memberId))
			.query(String.class)
			.single();
		assertThat(audited).doesNotContain(id).doesNotContain(phone).contains(member.idNumberMasked());
	}

	@Test
	void someoneInGoodStandingCannotJoinTwiceAndIsToldWhere() {
		String id = People.idNumber();
		service.register(logins.actor(Demo.JINGKAI_ADMIN), orgs.id(Demo.HAISITANPU), person("钱学明", id, null), null,
				null);
		assertThatThrownBy(() -> service.register(logins.actor(Demo.FINANCE_ADMIN), orgs.id(Demo.BANK),
				person("钱学明", id, null), null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.code()).isEqualTo("member.duplicate.active");
				assertThat(ex.args()).containsExactly(Demo.HAISITANPU);
			});
		String legacy = id.substring(0, 6) + id.substring(8, 17);
		if (id.startsWith("19", 6)) {
			assertThatThrownBy(() -> service.register(logins.actor(Demo.FINANCE_ADMIN), orgs.id(Demo.BANK),
					person("钱学明", legacy, null), null, null))
				.isInstanceOf(BusinessRuleException.class);
		}
	}

	@Test
	void countsStayExactThroughWithdrawalRejoiningAndTransfer() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		long haisitanpu = orgs.id(Demo.HAISITANPU);
		long bank = orgs.id(Demo.BANK);
		long before = counts.activeCount(haisitanpu);
		long bankBefore = counts.activeCount(bank);
		long jingkaiSubtreeBefore = counts.subtreeCount(orgs.id(Demo.JINGKAI));
		String id = People.idNumber();
		long memberId = service.register(city, haisitanpu, person("孙立新", id, null), null, null);
		assertThat(counts.activeCount(haisitanpu)).isEqualTo(before + 1);
		assertThat(counts.subtreeCount(orgs.id(Demo.JINGKAI))).isEqualTo(jingkaiSubtreeBefore + 1);

		service.changeStatus(city, memberId, MemberStatus.RETAINED, "退休");
		assertThat(counts.activeCount(haisitanpu)).isEqualTo(before + 1);
		service.changeStatus(city, memberId, MemberStatus.WITHDRAWN, "本人申请退会");
		assertThat(counts.activeCount(haisitanpu)).isEqualTo(before);

		long again = service.register(city, bank, person("孙立新", id, null), null, null);
		assertThat(again).isEqualTo(memberId);
		assertThat(counts.activeCount(bank)).isEqualTo(bankBefore + 1);

		long transfer = transfers.request(city, memberId, haisitanpu, "工作调动");
		transfers.approve(logins.actor(Demo.JINGKAI_ADMIN), transfer);
		assertThat(counts.activeCount(bank)).isEqualTo(bankBefore);
		assertThat(counts.activeCount(haisitanpu)).isEqualTo(before + 1);
		assertThat(queries.history(memberId)).extracting(MemberQueries.HistoryEntry::kind)
			.containsExactly("TRANSFERRED", "REJOINED", "STATUS", "STATUS");
		long actual = jdbc.sql("SELECT COUNT(*) FROM member WHERE org_id = ? AND status IN ('ACTIVE', 'RETAINED')")
			.params(haisitanpu)
			.query(Long.class)
			.single();
		assertThat(counts.activeCount(haisitanpu)).isEqualTo(actual);
	}

	@Test
	void onlyTheReceivingUnionDecidesATransfer() {
		long memberId = service.register(logins.actor(Demo.FINANCE_ADMIN), orgs.id(Demo.BANK),
				person("周转会", People.idNumber(), null), null, null);
		long transfer = transfers.request(logins.actor(Demo.FINANCE_ADMIN), memberId, orgs.id(Demo.HAISITANPU), null);
		assertThatThrownBy(() -> transfers.approve(logins.actor(Demo.FINANCE_ADMIN), transfer))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(
				() -> transfers.request(logins.actor(Demo.FINANCE_ADMIN), memberId, orgs.id(Demo.HAISITANPU), null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("transfer.alreadyPending"));
		transfers.reject(logins.actor(Demo.JINGKAI_ADMIN), transfer, "编制已满");
		assertThat(queries.find(memberId).orElseThrow().orgId()).isEqualTo(orgs.id(Demo.BANK));
	}

	@Test
	void revealingNeedsThePermissionAndIsAudited() {
		String id = People.idNumber();
		long memberId = service.register(logins.actor(Demo.FINANCE_ADMIN), orgs.id(Demo.BANK), person("吴可见", id, null),
				null, null);
		assertThatThrownBy(() -> service.reveal(logins.actor(Demo.FINANCE_ADMIN), memberId, "idNumber"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> service.reveal(logins.actor(Demo.JINGKAI_ADMIN), memberId, "idNumber"))
			.isInstanceOf(OutOfScopeException.class);
		logins.runAs(Demo.CITY_ADMIN,
				() -> assertThat(service.reveal(logins.actor(Demo.CITY_ADMIN), memberId, "idNumber")).isEqualTo(id));
		long reveals = jdbc.sql(
				"SELECT COUNT(*) FROM audit_event WHERE entity_type = 'member' AND entity_id = ? AND action = 'REVEAL' AND actor_name = ?")
			.params(String.valueOf(memberId), Demo.CITY_ADMIN)
			.query(Long.class)
			.single();
		assertThat(reveals).isEqualTo(1);
	}

	@Test
	void findsByExactNumbersAndNameFragmentsWithinReach() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		String id = People.idNumber();
		String phone = People.phone();
		long memberId = service.register(jingkai, orgs.id(Demo.HAISITANPU), person("欧阳建国", id, phone), null, null);
		String card = queries.find(memberId).orElseThrow().cardNo();
		assertThat(ids(jingkai, new MemberSearch(null, id, null, null, null, null, null, null)))
			.containsExactly(memberId);
		assertThat(ids(jingkai, new MemberSearch(null, null, phone, null, null, null, null, null)))
			.containsExactly(memberId);
		assertThat(ids(jingkai, new MemberSearch(null, null, null, card, null, null, null, null)))
			.containsExactly(memberId);
		assertThat(ids(jingkai, new MemberSearch("欧阳建国", null, null, null, null, null, null, null))).contains(memberId);
		assertThat(ids(jingkai, new MemberSearch("阳建", null, null, null, null, null, null, null))).contains(memberId);
		assertThat(ids(jingkai, new MemberSearch("建国", null, null, null, orgs.id(Demo.HAISITANPU), MemberStatus.ACTIVE,
				EmploymentType.EMPLOYEE, null)))
			.contains(memberId);
		assertThat(
				ids(logins.actor(Demo.FINANCE_ADMIN), new MemberSearch(null, id, null, null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void pagesThroughALongListByKeyset() {
		Actor city = logins.actor(Demo.CITY_ADMIN);
		CursorPage<MemberView> first = queries.search(city, MemberSearch.in(orgs.id(Demo.FINANCE)), null, 50);
		assertThat(first.items()).hasSize(50);
		CursorPage<MemberView> second = queries.search(city, MemberSearch.in(orgs.id(Demo.FINANCE)),
				Long.valueOf(first.next()), 50);
		assertThat(second.items().get(0).id()).isGreaterThan(first.items().get(49).id());
	}

	private List<Long> ids(Actor actor, MemberSearch search) {
		return queries.search(actor, search, null, 100).items().stream().map(MemberView::id).toList();
	}

	static PersonForm person(String name, String id, String phone) {
		return new PersonForm(name, null, IdType.RESIDENT_ID, id, null, phone, null, null, EmploymentType.EMPLOYEE,
				null);
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}
