package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * Alliances: the demo's transport alliance with its 25 founders, two groups, the forum's
 * 9 projects and the chair passed from 北京地铁 to 北京公交; a studio joins by application and
 * approval and leaves; a handover keeps the history; the managers are the admins covering
 * the founding union, a studio's own admins apply and leave for it; groups only of
 * members; bad input over JSON names the field.
 */
@IntegrationTest
class AllianceTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	AllianceService alliances;

	@Autowired
	StudioSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonPosts json;

	private Actor jingkai() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	@Test
	void theTransportAllianceRunsAsInTheSeed() {
		long id = jdbc.sql("SELECT id FROM alliance WHERE name = '市交通运输系统职工创新工作室联盟'").query(Long.class).single();
		Alliance alliance = alliances.alliance(jingkai(), id);
		assertThat(alliance.memberCount()).isEqualTo(25);
		assertThat(alliance.members()).filteredOn(m -> m.status() == Alliance.MemberStatus.APPLIED).hasSize(1);
		assertThat(alliance.terms()).extracting(Alliance.Term::chairOrgName, Alliance.Term::chairPerson)
			.containsExactly(tuple("北京地铁公司工会", "王玉维"), tuple("北京公交集团工会", "张政"));
		assertThat(alliance.terms().get(0).endsOn()).isEqualTo(LocalDate.of(2022, 8, 31));
		assertThat(alliance.chair().chairOrgName()).isEqualTo("北京公交集团工会");
		assertThat(alliance.groups()).extracting(Alliance.Group::name).containsExactly("技术攻关组", "窗口服务组");
		assertThat(alliance.events()).filteredOn(e -> e.kind() == Alliance.EventKind.FORUM)
			.singleElement()
			.satisfies(e -> assertThat(e.projects()).hasSize(9).contains("云端语音培训"));
		assertThat(alliance.members()).as("经开区's admin opens no transport studio's page")
			.noneMatch(Alliance.Member::inReach);
	}

	private long alliance(Actor founder, long union) {
		return alliances.found(founder, new AllianceDrafts.Founding("测试联盟" + NAMES.incrementAndGet(), union,
				LocalDate.of(2024, 1, 1), null, union, "理事长甲", null));
	}

	private long studio() {
		return setup.studio(jingkai(), "联盟测试工作室" + NAMES.incrementAndGet(), orgs.id(Demo.HAISITANPU),
				people.member(Demo.HAISITANPU).cardNo());
	}

	@Test
	void aStudioJoinsByApplicationAndApprovalAndLeaves() {
		long alliance = alliance(jingkai(), orgs.id(Demo.JINGKAI));
		long studio = studio();
		alliances.apply(jingkai(), alliance, new AllianceDrafts.Application(studio, "申请"));
		assertThatThrownBy(() -> alliances.apply(jingkai(), alliance, new AllianceDrafts.Application(studio, "再次申请")))
			.as("a studio applying twice")
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("alreadyIn");
		alliances.decide(jingkai(), alliance, studio, new AllianceDrafts.Decision(true, null));
		assertThatThrownBy(
				() -> alliances.decide(jingkai(), alliance, studio, new AllianceDrafts.Decision(false, null)))
			.hasMessageContaining("notPending");
		assertThat(alliances.alliance(jingkai(), alliance).memberCount()).isEqualTo(1);
		alliances.leave(jingkai(), alliance, studio, new AllianceDrafts.Leaving(LocalDate.now()));
		assertThat(alliances.alliance(jingkai(), alliance).members()).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Alliance.MemberStatus.LEFT));
		alliances.apply(jingkai(), alliance, new AllianceDrafts.Application(studio, "重新申请"));
		assertThat(alliances.alliance(jingkai(), alliance).members()).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Alliance.MemberStatus.APPLIED));
		alliances.decide(jingkai(), alliance, studio, new AllianceDrafts.Decision(true, null));
		setup.dissolve(jingkai(), studio, LocalDate.now(), "撤销");
		assertThat(alliances.alliance(jingkai(), alliance).members()).as("a dissolved studio leaves")
			.singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Alliance.MemberStatus.LEFT));
		assertThatThrownBy(() -> alliances.apply(jingkai(), alliance, new AllianceDrafts.Application(studio, "撤销后申请")))
			.hasMessageContaining("dissolved");
	}

	@Test
	void aHandoverEndsOneTermAndStartsTheNextKeepingTheHistory() {
		long union = orgs.id(Demo.JINGKAI);
		long alliance = alliance(jingkai(), union);
		assertThatThrownBy(() -> alliances.handover(jingkai(), alliance,
				new AllianceDrafts.Handover(orgs.id(Demo.HAISITANPU), "乙", null, LocalDate.of(2024, 1, 1))))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("on"));
		alliances.handover(jingkai(), alliance,
				new AllianceDrafts.Handover(orgs.id(Demo.HAISITANPU), "乙", "经开区总工会", LocalDate.of(2025, 1, 1)));
		alliances.handover(jingkai(), alliance,
				new AllianceDrafts.Handover(union, "丙", null, LocalDate.of(2025, 9, 1)));
		List<Alliance.Term> terms = alliances.alliance(jingkai(), alliance).terms();
		assertThat(terms).extracting(Alliance.Term::chairPerson).containsExactly("理事长甲", "乙", "丙");
		assertThat(terms).extracting(Alliance.Term::endsOn)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 1), null);
	}

	@Test
	void managersCoverTheFoundingUnionAndStudiosApplyThroughTheirOwnAdmins() {
		Actor finance = logins.actor(Demo.FINANCE_ADMIN);
		long alliance = alliance(finance, orgs.id(Demo.FINANCE));
		long studio = studio();
		assertThatThrownBy(() -> alliances.handover(jingkai(), alliance,
				new AllianceDrafts.Handover(orgs.id(Demo.JINGKAI), "越权", null, LocalDate.of(2025, 1, 1))))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> alliances.apply(finance, alliance, new AllianceDrafts.Application(studio, "替别人申请")))
			.as("the finance admin cannot apply for 经开区's studio")
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("studioId"));
		alliances.apply(jingkai(), alliance, new AllianceDrafts.Application(studio, "跨系统申请"));
		assertThatThrownBy(() -> alliances.decide(jingkai(), alliance, studio, new AllianceDrafts.Decision(true, null)))
			.as("the applicant's admin does not admit itself")
			.isInstanceOf(OutOfScopeException.class);
		alliances.decide(finance, alliance, studio, new AllianceDrafts.Decision(true, null));
		assertThatThrownBy(
				() -> alliances.group(finance, alliance, new AllianceDrafts.Group("小组", studio(), List.of(), null)))
			.as("a group only of members")
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("leadStudioId"));
		alliances.group(finance, alliance, new AllianceDrafts.Group("小组", studio, List.of(studio), null));
		assertThat(alliances.alliance(finance, alliance).members()).as("the finance admin reads, not opens, it")
			.singleElement()
			.satisfies(m -> assertThat(m.inReach()).isFalse());
		assertThatThrownBy(() -> alliances.list(new Actor(0, "member", "member", Set.of(Role.MEMBER), null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	private MvcTestResult post(String uri, String body) {
		return json.post(Demo.JINGKAI_ADMIN, uri, body);
	}

	@Test
	void badInputOverJsonNamesTheField() {
		long alliance = alliance(jingkai(), orgs.id(Demo.JINGKAI));
		Problems.field(post("/api/v1/alliances/" + alliance + "/members", "{\"studioId\": \"第一\"}"), "studioId");
		Problems.field(post("/api/v1/alliances/" + alliance + "/chairs", """
				{"chairOrgId": %d, "chairPerson": "乙", "on": "2999-01-01"}""".formatted(orgs.id(Demo.JINGKAI))), "on");
		Problems.field(post("/api/v1/alliances/" + alliance + "/events", """
				{"kind": "PARTY", "title": "x", "heldOn": "2025-01-01"}"""), "kind");
		Problems.field(post("/api/v1/alliances", """
				{"name": "", "foundingOrgId": %d, "foundedOn": "2025-01-01", "chairOrgId": %d, "chairPerson": "甲"}"""
			.formatted(orgs.id(Demo.JINGKAI), orgs.id(Demo.JINGKAI))), "name");
		assertThat(alliances.alliance(jingkai(), alliance).terms()).hasSize(1);
		assertThat(alliances.alliance(jingkai(), alliance).events()).isEmpty();
	}

}
