package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.support.IntegrationTest;

/**
 * The demo contests carry the seeds' real sizes, entered under the contest module's own
 * rules.
 */
@IntegrationTest
class DemoContestsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedsContestsHaveTheirRealSizes() {
		Map<String, long[]> sizes = Map.of("2025北京市金融职工大模型技术应用创新能力职业技能大赛", new long[] { 185, 2000, 5, 17 },
				"经开区第八届职工职业技能竞赛（工业机器人系统运维员）", new long[] { 30, 30, 1, 6 }, "%年北京市物业管理行业职业技能竞赛（物业管理员）",
				new long[] { 783, 783, 1, 4 }, "北京市接济救助管理事务中心第二届职工技能大赛", new long[] { 48, 48, 5, 5 },
				"《数智赋能·智汇工惠》北航工会数字化工作案例征集", new long[] { 110, 110, 4, 44 });
		sizes.forEach((title, expected) -> {
			long contest = id(title);
			assertThat(count("SELECT COUNT(*) FROM entry WHERE contest_id = ? AND status <> 'WITHDRAWN'", contest))
				.as(title + " entries")
				.isEqualTo(expected[0]);
			assertThat(count(
					"SELECT COUNT(*) FROM entry_participant p JOIN track t ON t.id = p.track_id WHERE t.contest_id = ?",
					contest))
				.as(title + " people")
				.isGreaterThanOrEqualTo(expected[1]);
			assertThat(count("SELECT COUNT(*) FROM track WHERE contest_id = ?", contest)).as(title + " tracks")
				.isEqualTo(expected[2]);
			assertThat(count("SELECT COUNT(DISTINCT unit_org_id) FROM entry WHERE contest_id = ?", contest))
				.as(title + " units")
				.isEqualTo(expected[3]);
		});
		long esports = id("大兴区第四届职工电竞联赛");
		assertThat(teams(esports, "王者荣耀")).isEqualTo(77);
		assertThat(people(esports, "王者荣耀")).isEqualTo(500);
		assertThat(teams(esports, "和平精英")).isEqualTo(22);
		assertThat(people(esports, "和平精英")).isEqualTo(120);
		assertThat(count("SELECT COUNT(*) FROM contest_party WHERE contest_id = ? AND role = 'HOST'",
				id("%年北京市盾构机操作工职业技能竞赛")))
			.isEqualTo(2);
	}

	private long id(String title) {
		return jdbc.sql("SELECT id FROM contest WHERE title LIKE ?").params(title).query(Long.class).single();
	}

	private long teams(long contest, String track) {
		return count(
				"SELECT COUNT(*) FROM entry e JOIN track t ON t.id = e.track_id WHERE e.contest_id = ? AND t.name = '"
						+ track + "'",
				contest);
	}

	private long people(long contest, String track) {
		return count(
				"SELECT COUNT(*) FROM entry_participant p JOIN track t ON t.id = p.track_id WHERE t.contest_id = ? AND t.name = '"
						+ track + "'",
				contest);
	}

	private long count(String sql, long contest) {
		return jdbc.sql(sql).params(contest).query(Long.class).single();
	}

}
