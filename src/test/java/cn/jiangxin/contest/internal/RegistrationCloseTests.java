package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Organisers close registration now, by the API or a button, instead of editing the
 * closing time.
 */
@IntegrationTest
class RegistrationCloseTests {

	@Autowired
	ContestSetup contestSetup;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Test
	void closingNowLocksEntriesAsTheClosingTimeWould() {
		long[] ids = fixtures.openWith(TrackDraft.individual("个人赛"));
		Someone early = fixtures.member(Demo.HAISITANPU);
		Someone late = fixtures.member(Demo.HAISITANPU);
		long entry = contestSetup.register(Actor.system(), ids[0],
				new EntryDraft(ids[1], null, early.id(), List.of(), false));
		Instant before = Instant.now();

		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + ids[0] + "/registration/close")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("OPEN");
		Instant closesAt = contests.find(ids[0]).orElseThrow().closesAt();
		assertThat(closesAt).isBetween(before, Instant.now());
		assertThat(orgs.auditRows("contest", ids[0])).isEqualTo(3);

		assertThat(post(late.cardNo(), "/api/v1/contests/" + ids[0] + "/entries", "{\"trackId\": " + ids[1] + "}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.rule.deadline");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/entries/" + entry + "/confirm")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.rule.deadline");

		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + ids[0] + "/registration/close"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.registration.notOpen");
		assertThat(contests.find(ids[0]).orElseThrow().closesAt()).isEqualTo(closesAt);
		assertThat(orgs.auditRows("contest", ids[0])).isEqualTo(3);
	}

	@Test
	void onlyOpenRegistrationCloses() {
		long draft = fixtures.contest(Demo.JINGKAI, List.of(Demo.JINGKAI), ContestKind.SKILLS);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + draft + "/registration/close"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.registration.notOpen");
		long[] notYet = fixtures.openWith(TrackDraft.individual("个人赛"));
		fixtures.notYetOpen(notYet[0]);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + notYet[0] + "/registration/close"))
			.hasStatus(HttpStatus.CONFLICT);
		long[] open = fixtures.openWith(TrackDraft.individual("个人赛"));
		assertThat(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + open[0] + "/registration/close"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(contests.find(open[0]).orElseThrow().closesAt()).isAfter(Instant.now());
	}

	@Test
	void theOrganisersPageOffersTheButtonWhileRegistrationIsOpen() {
		long[] ids = fixtures.openWith(TrackDraft.individual("个人赛"));
		assertThat(mvc.get().uri("/manage/contests/{id}", ids[0]).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("id=\"close-registration\"");
		assertThat(mvc.post()
			.uri("/manage/contests/{id}/registration/close", ids[0])
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/manage/contests/" + ids[0])
			.flash()
			.containsEntry("success", "contest.registration.closed");
		assertThat(contests.find(ids[0]).orElseThrow().closesAt()).isBefore(Instant.now());
		assertThat(mvc.get().uri("/manage/contests/{id}", ids[0]).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"close-registration\"");
		assertThat(mvc.post()
			.uri("/manage/contests/{id}/registration/close", ids[0])
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "contest.registration.notOpen");
	}

	private MvcTestResult post(String user, String uri) {
		return mvc.post().uri(uri).with(logins.as(user)).with(csrf()).exchange();
	}

	private MvcTestResult post(String user, String uri, String body) {
		return mvc.post()
			.uri(uri)
			.with(logins.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
