package cn.jiangxin.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.support.IntegrationTest;

/**
 * The demo tells one story: entries come in while registration is open, judging follows
 * the closing day, rounds of a finished contest end before its results go on notice,
 * nothing is dated in the future, and a certificate carries the year it was issued in, as
 * does a contest that names its year. Other tests add contests of their own to the shared
 * database; the checks of entries look at the demo's contests only (the demo writes the
 * 经开区 project call last).
 */
@IntegrationTest
class DemoStoryTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesComeInWhileRegistrationIsOpen() {
		assertThat(jdbc.sql("""
				SELECT c.title FROM entry e JOIN contest c ON c.id = e.contest_id
				WHERE c.id <= (SELECT MIN(id) FROM contest WHERE title LIKE '%年经开区职工创新创效项目征集')
				  AND (e.created_at < c.registration_opens_at OR e.created_at > c.registration_closes_at
				   OR e.confirmed_at > c.registration_closes_at)""").query(String.class).list())
			.as("contests with entries dated outside their registration")
			.isEmpty();
	}

	@Test
	void finishedContestsFinishedAfterTheirRoundsAndNothingIsInTheFuture() {
		List<Map<String, Object>> late = jdbc.sql("""
				SELECT c.title, r.name FROM contest_round r JOIN contest c ON c.id = r.contest_id
				JOIN award_notice n ON n.contest_id = c.id
				WHERE r.ends_at > n.published_at""").query().listOfRows();
		assertThat(late).as("rounds that end after their results went on notice").isEmpty();
		Instant now = Instant.now();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM score_sheet WHERE submitted_at > ?""")
			.param(Timestamp.from(now))
			.query(Long.class)
			.single()).as("sheets submitted in the future").isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE issued_at > ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.single()).as("certificates issued in the future").isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM score_sheet s JOIN contest_round r ON r.id = s.round_id
				WHERE s.submitted_at < r.starts_at""").query(Long.class).single())
			.as("sheets submitted before their round began")
			.isZero();
	}

	@Test
	void certificatesAndTitlesCarryTheYearTheyBelongTo() {
		jdbc.sql("SELECT number, issued_at FROM certificate").query((rs, n) -> {
			int year = rs.getTimestamp("issued_at").toInstant().atZone(BEIJING).getYear();
			assertThat(rs.getString("number")).as("a certificate's number names the year it was issued")
				.startsWith("JX" + year);
			return null;
		}).list();
		jdbc.sql("SELECT title, registration_opens_at FROM contest WHERE title LIKE '20%'").query((rs, n) -> {
			String year = String
				.valueOf(rs.getTimestamp("registration_opens_at").toInstant().atZone(BEIJING).getYear());
			assertThat(rs.getString("title")).as("a title's year is the year it opened").startsWith(year);
			return null;
		}).list();
		assertThat(jdbc
			.sql("""
					SELECT COUNT(*) FROM certificate c JOIN award a ON a.id = c.award_id JOIN contest k ON k.id = a.contest_id
					WHERE k.title LIKE '2025%' AND c.number LIKE 'JX2025%'""")
			.query(Long.class)
			.single()).as("the 2025 finance competition's certificates are of 2025").isPositive();
	}

	@Test
	void theDemoHoldsRoundsAndSheetsInEveryState() {
		assertThat(jdbc.sql("SELECT DISTINCT state FROM round_judging").query(String.class).list()).contains("SETUP",
				"SCORING", "CLOSED");
		assertThat(jdbc.sql("SELECT DISTINCT status FROM score_sheet").query(String.class).list()).contains("DRAFT",
				"SUBMITTED");
		assertThat(jdbc.sql("SELECT DISTINCT status FROM contest").query(String.class).list()).contains("OPEN",
				"JUDGING", "PUBLICIZING", "ARCHIVED");
	}

}
