package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.internal.JudgingFixtures.Judged;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * What a round's organisers set over the API reads back over the API: its settings and
 * its panel.
 */
@IntegrationTest
class RoundReadBackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	Logins logins;

	@Test
	void theOrganisersReadBackTheSettingsTheySet() {
		Judged judged = fixtures.judged(2, 2, 1, Advancement.NONE, null);
		var settings = assertThat(
				mvc.get().uri("/api/v1/rounds/{rid}/settings", judged.round()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyJson();
		settings.extractingPath("$.judgesPerEntry").asNumber().isEqualTo(1);
		settings.extractingPath("$.method").isEqualTo("MEAN");
		settings.extractingPath("$.tieBreaks").isEqualTo("CRITERION:innovation,HIGHER_MINIMUM");
		settings.extractingPath("$.live").isEqualTo(true);

		String changed = """
				{"judgesPerEntry": 2, "minLoad": 1, "maxLoad": 2, "blind": true, "method": "TRIMMED_MEAN", "trimFrom": 5,
				 "basis": "RAW", "tieBreaks": "", "live": false}""";
		assertThat(mvc.put()
			.uri("/api/v1/rounds/{rid}/settings", judged.round())
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(changed)).hasStatusOk();
		var read = assertThat(
				mvc.get().uri("/api/v1/rounds/{rid}/settings", judged.round()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyJson();
		read.extractingPath("$.judgesPerEntry").asNumber().isEqualTo(2);
		read.extractingPath("$.maxLoad").asNumber().isEqualTo(2);
		read.extractingPath("$.blind").isEqualTo(true);
		read.extractingPath("$.method").isEqualTo("TRIMMED_MEAN");
	}

	@Test
	void theOrganisersReadBackThePanel() {
		Judged judged = fixtures.judged(2, 3, 1, Advancement.NONE, null);
		assertThat(mvc.get().uri("/api/v1/rounds/{rid}/panel", judged.round()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.extracting(String::valueOf)
			.containsExactlyInAnyOrderElementsOf(judged.experts().stream().map(e -> String.valueOf(e.id())).toList());
		ExpertView judge = judged.experts().get(0);
		assertThat(mvc.get().uri("/api/v1/rounds/{rid}/panel", judged.round()).with(logins.as(judge.username())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/rounds/{rid}/settings", judged.round()).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/rounds/{rid}/panel", judged.round()).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
