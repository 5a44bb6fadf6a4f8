package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The studio registry's rules: registering within reach, the leader and members from the
 * host's subtree, names once per union, tags, and levels conferred one step at a time
 * from above, each recorded in the honour registry.
 */
@IntegrationTest
class StudioTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	StudioService studios;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private Actor jingkai() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	private StudioDraft draft(String name, long host, String leaderCard, List<String> tags) {
		return new StudioDraft(name, host, "海斯坦普汽车组件(北京)有限公司", leaderCard, StudioField.MANUFACTURING,
				LocalDate.of(2023, 3, 1), tags, "焊装线机器人维护与工艺改进");
	}

	private long register() {
		long host = orgs.id(Demo.HAISITANPU);
		return studios.register(jingkai(), draft("宗树龙工作室" + NAMES.incrementAndGet(), host,
				people.member(Demo.HAISITANPU).cardNo(), List.of("机器人", "焊装")));
	}

	@Test
	void anAdminRegistersAStudioLedByAMemberOfTheHostUnion() {
		long host = orgs.id(Demo.HAISITANPU);
		ContestFixtures.Someone leader = people.member(Demo.HAISITANPU);
		long id = studios.register(jingkai(),
				draft("  焊装创新工作室" + NAMES.incrementAndGet() + " ", host, leader.cardNo(), List.of("ＡＩ", "焊装", "ai")));
		Studio studio = studios.studio(jingkai(), id);
		assertThat(studio.name()).startsWith("焊装创新工作室").doesNotEndWith(" ");
		assertThat(studio.leaderId()).isEqualTo(leader.id());
		assertThat(studio.tags()).as("NFKC, lower case, once").containsExactly("ai", "焊装");
		assertThat(studio.level()).isNull();
		assertThat(studios.members(jingkai(), id)).singleElement()
			.satisfies(m -> assertThat(m.role()).isEqualTo(StudioRole.LEADER));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'studio' AND entity_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNameIsTakenOncePerUnionAndTheLeaderMustBeAnActiveMemberThere() {
		long host = orgs.id(Demo.HAISITANPU);
		String name = "唯一名称工作室" + NAMES.incrementAndGet();
		studios.register(jingkai(), draft(name, host, people.member(Demo.HAISITANPU).cardNo(), List.of()));
		assertThatThrownBy(() -> studios.register(jingkai(),
				draft(name, host, people.member(Demo.HAISITANPU).cardNo(), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
		assertThatThrownBy(() -> studios.register(jingkai(),
				draft("外单位领衔" + NAMES.incrementAndGet(), host, people.member(Demo.BANK).cardNo(), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("leaderCardNo"));
		assertThatThrownBy(() -> studios.register(jingkai(),
				draft("标签过长" + NAMES.incrementAndGet(), host, people.member(Demo.HAISITANPU).cardNo(),
						List.of("一二三四五六七八九十一二三四五六七八九十一"))))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("tags"));
	}

	@Test
	void anAdminOutsideTheHostUnionNeitherRegistersNorSeesItsStudios() {
		long host = orgs.id(Demo.HAISITANPU);
		Actor finance = logins.actor(Demo.FINANCE_ADMIN);
		assertThatThrownBy(() -> studios.register(finance,
				draft("越权工作室" + NAMES.incrementAndGet(), host, people.member(Demo.HAISITANPU).cardNo(), List.of())))
			.isInstanceOf(OutOfScopeException.class);
		long id = register();
		assertThatThrownBy(() -> studios.studio(finance, id)).isInstanceOf(NotFoundException.class);
		assertThat(studios.list(finance, StudioQuery.all())).noneMatch(s -> s.id() == id);
		assertThat(studios.list(jingkai(), new StudioQuery(null, StudioField.MANUFACTURING, null, null)))
			.anyMatch(s -> s.id() == id);
		assertThatThrownBy(() -> studios.list(finance, new StudioQuery(null, null, host, null)))
			.as("a union out of reach in the query")
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> studios.counts(finance, host)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(
				() -> studios.addMember(finance, id, people.member(Demo.HAISITANPU).cardNo(), StudioRole.CORE, null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theRegistryFindsStudiosByUnionNameAndTagAndCountsThemPerUnionBelow() {
		long id = register();
		long host = orgs.id(Demo.HAISITANPU);
		String name = studios.studio(jingkai(), id).name();
		assertThat(studios.list(jingkai(), new StudioQuery(null, null, host, name.substring(0, 4))))
			.anyMatch(s -> s.id() == id);
		assertThat(studios.list(jingkai(), new StudioQuery(null, null, null, "焊装"))).as("by tag")
			.anyMatch(s -> s.id() == id);
		assertThat(studios.list(jingkai(), new StudioQuery(null, null, null, "％"))).as("no wildcard").isEmpty();
		assertThat(studios.list(jingkai(), new StudioQuery(StudioLevel.NATIONAL, null, host, null)))
			.noneMatch(s -> s.id() == id);
		assertThatThrownBy(() -> studios.list(jingkai(), new StudioQuery(null, null, null, "焊".repeat(41))))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("q"));

		StudioCounts counts = studios.counts(jingkai(), null);
		assertThat(counts.root().name()).isEqualTo("北京经济技术开发区总工会");
		StudioCounts.Row haisitanpu = counts.unions()
			.stream()
			.filter(r -> r.union().id() == host)
			.findFirst()
			.orElseThrow();
		assertThat(haisitanpu.total()).isEqualTo(studios.list(jingkai(), new StudioQuery(null, null, host, null))
			.stream()
			.filter(Studio::active)
			.count());
		assertThat(counts.whole().total())
			.isGreaterThanOrEqualTo(counts.unions().stream().mapToLong(StudioCounts.Row::total).sum());
	}

	@Test
	void coreMembersJoinOnceFromTheHostsSubtree() {
		long id = register();
		ContestFixtures.Someone welder = people.member(Demo.HAISITANPU);
		assertThatThrownBy(
				() -> studios.addMember(jingkai(), id, welder.cardNo(), StudioRole.CORE, LocalDate.of(2023, 2, 28)))
			.as("before the founding")
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("joinedOn"));
		studios.addMember(jingkai(), id, welder.cardNo(), StudioRole.CORE, null);
		assertThatThrownBy(() -> studios.addMember(jingkai(), id, welder.cardNo(), StudioRole.DEPUTY, null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.code()).isEqualTo("innovation.studio.alreadyMember"));
		assertThatThrownBy(() -> studios.addMember(jingkai(), id, people.member(Demo.HAISITANPU).cardNo(),
				StudioRole.LEADER, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("role"));
		assertThat(studios.members(jingkai(), id)).extracting(StudioStore.StudioMember::memberId).contains(welder.id());
	}

	@Test
	void levelsAreConferredOneStepUpFromAboveAndRecordedAsTitles() {
		long id = register();
		long jingkaiUnion = orgs.id(Demo.JINGKAI);
		studios.confer(jingkai(), id, new LevelDraft(StudioLevel.ENTERPRISE, orgs.id(Demo.HAISITANPU), "海工发〔2024〕3号",
				LocalDate.of(2024, 4, 1)));
		studios.confer(jingkai(), id,
				new LevelDraft(StudioLevel.DISTRICT, jingkaiUnion, "京开工发〔2025〕12号", LocalDate.of(2025, 5, 8)));
		assertThat(studios.studio(jingkai(), id).level()).isEqualTo(StudioLevel.DISTRICT);
		assertThat(jdbc
			.sql("SELECT h.title FROM studio_level l JOIN honor h ON h.id = l.honor_id "
					+ "WHERE l.studio_id = ? ORDER BY l.conferred_on")
			.param(id)
			.query(String.class)
			.list()).containsExactly("企业级职工创新工作室", "区级职工创新工作室");
		assertThatThrownBy(() -> studios.confer(jingkai(), id,
				new LevelDraft(StudioLevel.DISTRICT, jingkaiUnion, "京开工发〔2025〕13号", LocalDate.of(2025, 6, 1))))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("level"));
		// A union beside the host, not above it, confers nothing
		Actor city = logins.actor(Demo.CITY_ADMIN);
		assertThatThrownBy(() -> studios.confer(city, id,
				new LevelDraft(StudioLevel.CITY, orgs.id(Demo.FINANCE), "京金工发〔2026〕1号", LocalDate.of(2026, 1, 5))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("conferringOrgId"));
		assertThatThrownBy(() -> studios.confer(logins.actor(Demo.FINANCE_ADMIN), id,
				new LevelDraft(StudioLevel.CITY, orgs.id(Demo.FINANCE), "京金工发〔2026〕2号", LocalDate.of(2026, 1, 5))))
			.isInstanceOf(NotFoundException.class);
	}

}
