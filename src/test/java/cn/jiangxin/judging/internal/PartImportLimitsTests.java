package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.HostileSheets;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * An imported part's scores sent as a hostile file, by the API and by the round page, are
 * refused with a message naming the bound they passed; nothing is recorded, and a good
 * file still imports afterwards.
 */
@IntegrationTest
class PartImportLimitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JudgingApi judging;

	@Autowired
	ContestApi contests;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private final Actor system = Actor.system();

	@Test
	void bombsAreRefusedByTheApiAndThePageWithTheBoundNamed() throws Exception {
		List<Long> entries = new ArrayList<>();
		long round = fixtures.roundWithImportedTheory(entries);
		HostileSheets.refusedByTheApi(mvc, logins.as(Demo.JINGKAI_ADMIN), "/api/v1/rounds/{rid}/parts/theory/scores",
				round);
		assertThat(mvc.post()
			.uri("/manage/rounds/{rid}/import", round)
			.multipart()
			.file(new MockMultipartFile("file", "bomb.xlsx", "application/octet-stream",
					Files.readAllBytes(HostileSheets.sharedStringBomb())))
			.param("part", "theory")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "spreadsheet.limit.cellLength");
		assertThat(recorded(round)).isZero();

		String card = contests.entry(entries.get(0)).orElseThrow().leader().cardNo();
		assertThat(mvc.post()
			.uri("/api/v1/rounds/{rid}/parts/theory/scores", round)
			.multipart()
			.file(new MockMultipartFile("file", "theory.csv", "text/csv",
					("卡号,理论成绩\n" + card + ",1e-999999999\n").getBytes(StandardCharsets.UTF_8)))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).as("a score with a huge exponent")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("file");
		assertThat(recorded(round)).isZero();
		assertThat(mvc.post()
			.uri("/api/v1/rounds/{rid}/parts/theory/scores", round)
			.multipart()
			.file(new MockMultipartFile("file", "theory.csv", "text/csv",
					("卡号,理论成绩\n" + card + ",80\n").getBytes(StandardCharsets.UTF_8)))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatusOk();
		assertThat(recorded(round)).isOne();
	}

	private long recorded(long round) {
		return jdbc.sql("SELECT COUNT(*) FROM measurement WHERE round_id = ? AND code = 'theory'")
			.param(round)
			.query(Long.class)
			.single();
	}

}
