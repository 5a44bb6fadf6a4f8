package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;

/**
 * Studios born of titles: the finance contest's 13 teams titled 金融科技职工创新工作室 are studios
 * led by their leaders, once per honour, and no other title makes one.
 */
@IntegrationTest
class StudioTitlesTests {

	/** Honour ids no real honour has, one per event made up here. */
	private static final AtomicLong HONORS = new AtomicLong(9_000_000_000L);

	@Autowired
	StudioTitles titles;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	private long count(String where, Object... params) {
		return jdbc.sql("SELECT COUNT(*) FROM studio WHERE " + where).params(params).query(Long.class).single();
	}

	@Test
	void theThirteenFinanceFinalistsAreStudiosLedByTheirTeamLeaders() {
		List<Long> honors = jdbc.sql("SELECT id FROM honor WHERE title = '金融科技职工创新工作室' ORDER BY id")
			.query(Long.class)
			.list();
		assertThat(honors).hasSize(13);
		for (long honor : honors) {
			Row studio = jdbc
				.sql("SELECT id, name, leader_id, field, host_org_id FROM studio WHERE origin_honor_id = ?")
				.param(honor)
				.query(Row.class)
				.optional()
				.orElseThrow(() -> new AssertionError("no studio for honour " + honor));
			String holder = jdbc.sql("SELECT holder_name FROM honor WHERE id = ?")
				.param(honor)
				.query(String.class)
				.single();
			long honorOrg = jdbc.sql("SELECT org_id FROM honor WHERE id = ?").param(honor).query(Long.class).single();
			assertThat(holder).startsWith(studio.name() + "（");
			assertThat(studio.hostOrgId()).isEqualTo(honorOrg);
			assertThat(studio.field()).isEqualTo("FINTECH");
			assertThat(jdbc.sql("SELECT role FROM studio_member WHERE studio_id = ? AND member_id = ?")
				.params(studio.id(), studio.leaderId())
				.query(String.class)
				.single()).isEqualTo("LEADER");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM studio_member WHERE studio_id = ?")
				.param(studio.id())
				.query(Long.class)
				.single()).as("the whole team").isGreaterThan(1);
			assertThat(jdbc.sql("""
					SELECT a.award_id, h.award_id AS honor_award, a.contest_id, h.contest_id AS honor_contest
					FROM achievement a JOIN achievement_studio x ON x.achievement_id = a.id, honor h
					WHERE x.studio_id = ? AND a.kind = 'AWARD' AND h.id = ?""")
				.params(studio.id(), honor)
				.query()
				.singleRow()).as("the award it was born of is its achievement, linked to the contest")
				.satisfies(r -> assertThat(r.get("award_id")).isEqualTo(r.get("honor_award")).isNotNull())
				.satisfies(r -> assertThat(r.get("contest_id")).isEqualTo(r.get("honor_contest")).isNotNull());
		}
	}

	/** The columns a check needs. */
	record Row(long id, String name, long leaderId, String field, long hostOrgId) {
	}

	@Test
	void aSecondDeliveryMakesNoSecondStudioAndATakenNameGetsTheHonoursNumber() {
		long org = orgs.id(Demo.HAISITANPU);
		List<Long> team = List.of(people.member(Demo.HAISITANPU).id(), people.member(Demo.HAISITANPU).id());
		long honor = HONORS.incrementAndGet();
		TitleConferred title = new TitleConferred(honor, "智能制造职工创新工作室", HolderKind.TEAM, "焊装攻关队（甲、乙）", null, org, 1L,
				1L, LocalDate.of(2025, 10, 30), team);
		titles.on(title);
		titles.on(title);
		assertThat(count("origin_honor_id = ?", honor)).isEqualTo(1);
		assertThat(count("host_org_id = ? AND name = '焊装攻关队'", org)).isEqualTo(1);
		assertThat(count("origin_honor_id = ? AND field = 'MANUFACTURING'", honor)).isEqualTo(1);

		long again = HONORS.incrementAndGet();
		titles.on(new TitleConferred(again, "智能制造职工创新工作室", HolderKind.TEAM, "焊装攻关队（丙）", null, org, 1L, 2L,
				LocalDate.of(2025, 10, 30), team.subList(1, 2)));
		assertThat(
				jdbc.sql("SELECT name FROM studio WHERE origin_honor_id = ?").param(again).query(String.class).single())
			.isEqualTo("焊装攻关队（" + again + "）");
	}

	@Test
	void otherTitlesMakeNoStudio() {
		long org = orgs.id(Demo.HAISITANPU);
		List<Long> team = List.of(people.member(Demo.HAISITANPU).id());
		long before = count("1 = 1");
		LocalDate on = LocalDate.of(2025, 10, 30);
		titles.on(new TitleConferred(HONORS.incrementAndGet(), "技术能手", HolderKind.TEAM, "队（甲）", null, org, 1L, 3L, on,
				team));
		titles.on(new TitleConferred(HONORS.incrementAndGet(), "金融科技职工创新工作室", HolderKind.MEMBER, "甲", team.get(0), org,
				1L, 4L, on, team));
		titles.on(new TitleConferred(HONORS.incrementAndGet(), "金融科技职工创新工作室", HolderKind.TEAM, "队", null, org, null,
				null, on, List.of()));
		titles.on(new TitleConferred(HONORS.incrementAndGet(), StudioLevel.CITY.title(), HolderKind.TEAM, "队（甲）", null,
				org, 1L, 5L, on, team));
		assertThat(count("1 = 1")).isEqualTo(before);
	}

}
