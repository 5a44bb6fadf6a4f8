package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Numbers with huge exponents typed into the judging pages (round settings, a recorded
 * part score) are refused as the field's error and never reach the database, where they
 * cannot be stored.
 */
@IntegrationTest
class HostileNumberFormsTests {

	private static final List<String> HUGE = List.of("1e999999999", "1e-999999999", "-1e-999999999");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JudgingApi judging;

	private final Actor system = Actor.system();

	@Test
	void roundSettingsRefuseAHugeThresholdOnTheForm() {
		long round = fixtures.contestInJudging(1, Advancement.NONE, null, new ArrayList<>())[2];
		for (String huge : HUGE) {
			assertThat(mvc.post()
				.uri("/manage/rounds/{rid}/settings", round)
				.param("judgesPerEntry", "2")
				.param("method", "MEAN")
				.param("trimFrom", "5")
				.param("basis", "RAW")
				.param("spreadThreshold", huge)
				.param("stdDevThreshold", huge)
				.with(logins.as(Demo.JINGKAI_ADMIN))
				.with(csrf())).as(huge).hasStatusOk().bodyText().contains("is-invalid");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM round_judging WHERE round_id = ? AND spread_threshold IS NOT NULL")
			.param(round)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anImportedPartsScoreRefusesAHugeNumberAsAFlashMessage() {
		List<Long> entries = new ArrayList<>();
		long round = fixtures.roundWithImportedTheory(entries);
		for (String huge : HUGE) {
			assertThat(mvc.post()
				.uri("/manage/rounds/{rid}/measurements", round)
				.param("entryId", String.valueOf(entries.get(0)))
				.param("code", "theory")
				.param("score", huge)
				.with(logins.as(Demo.JINGKAI_ADMIN))
				.with(csrf())).as(huge).hasStatus(HttpStatus.FOUND).flash().containsKey("failure");
		}
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM measurement WHERE round_id = ?").param(round).query(Long.class).single())
			.isZero();
	}

}
