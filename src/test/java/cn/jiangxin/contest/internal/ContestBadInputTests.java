package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static cn.jiangxin.support.Problems.field;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Bad input at every contest endpoint, from callers who may use it: the API answers 400
 * (or 415) with the field named, a page shows the form again with the error or a failure
 * message; never a 500, and nothing changes.
 */
@IntegrationTest
class ContestBadInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	EntryService entries;

	long contest;

	long track;

	long entry;

	Someone leader;

	@BeforeEach
	void anOpenContestWithAnEntry() {
		long[] ids = fixtures.openWith(
				TrackDraft.team("团体赛", 2, 4).withRequirements(List.of(RequirementDraft.text("summary", "简介", 10))));
		contest = ids[0];
		track = ids[1];
		leader = fixtures.member(Demo.HAISITANPU);
		entry = entries.enter(logins.actor(leader.cardNo()), track, "队伍", false);
	}

	@Test
	void theApiNamesTheFieldAndChangesNothing() {
		field(json(Demo.JINGKAI_ADMIN, "PUT", "/api/v1/contests/" + contest, "{\"version\": \"v1\"}"), "version");
		field(json(Demo.JINGKAI_ADMIN, "PUT", "/api/v1/contests/" + contest, "{\"version\": 0}"), "contest");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/status", "{\"target\": \"FINISHED\"}"),
				"target");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/tracks",
				"{\"name\": \"\", \"entryKind\": \"TEAM\", \"teamMin\": 2, \"teamMax\": 3}"), "name");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/tracks",
				"{\"name\": \"年龄颠倒\", \"entryKind\": \"INDIVIDUAL\", \"minAge\": 40, \"maxAge\": 30}"), "maxAge");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/rounds",
				"{\"ordinal\": \"one\", \"name\": \"初赛\", \"format\": \"MATERIAL_REVIEW\", \"advancement\": \"NONE\"}"),
				"ordinal");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/entries", "{\"trackId\": \"abc\"}"),
				"trackId");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/entries",
				"{\"trackId\": 999999999, \"leaderCardNo\": \"" + leader.cardNo() + "\"}"), "trackId");
		field(json(Demo.JINGKAI_ADMIN, "POST", "/api/v1/contests/" + contest + "/entries",
				"{\"trackId\": " + track + ", \"title\": \"队\", \"leaderCardNo\": \"123\"}"), "leaderCardNo");
		field(json(leader.cardNo(), "POST", "/api/v1/entries/" + entry + "/invitations", "{\"invitee\": \"\"}"),
				"invitee");
		field(json(leader.cardNo(), "POST", "/api/v1/entries/" + entry + "/invitations", "{\"invitee\": \"张三\"}"),
				"invitee");
		MvcTestResult notASheet = mvc.post()
			.uri("/api/v1/contests/{id}/entries/import", contest)
			.multipart()
			.file(new MockMultipartFile("file", "entries.xlsx", "application/octet-stream",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0 }))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange();
		field(notASheet, "file");
		MvcTestResult tooLong = mvc.post()
			.uri("/api/v1/entries/{id}/submissions", entry)
			.multipart()
			.param("text.summary", "这段简介明显超过了十个字的上限")
			.with(logins.as(leader.cardNo()))
			.with(csrf())
			.exchange();
		field(tooLong, "summary");
		assertThat(json(leader.cardNo(), "POST", "/api/v1/entries/" + entry + "/submissions", "{\"summary\": \"x\"}"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		assertThat(contests.find(contest).orElseThrow().status()).isEqualTo(ContestStatus.OPEN);
		assertThat(contests.tracks(contest)).hasSize(1);
		assertThat(contests.rounds(contest)).isEmpty();
		assertThat(contests.entries(contest)).hasSize(1);
		assertThat(contests.entry(entry).orElseThrow().people()).hasSize(1);
		assertThat(contests.latestSubmission(entry)).isEmpty();
	}

	@Test
	void pagesShowTheErrorAndChangeNothing() {
		formError(page(Demo.JINGKAI_ADMIN, "/manage/contests/" + contest + "/tracks/new", "name", "新赛道", "entryKind",
				"TEAM", "teamMin", "两人", "teamMax", "4"));
		formError(page(Demo.JINGKAI_ADMIN, "/manage/contests/" + contest + "/tracks/" + track + "/edit", "name", "",
				"entryKind", "TEAM", "teamMin", "2", "teamMax", "4"));
		formError(page(Demo.JINGKAI_ADMIN, "/manage/contests/" + contest + "/rounds/new", "ordinal", "第一", "name", "初赛",
				"format", "MATERIAL_REVIEW", "advancement", "NONE"));
		formError(page(Demo.JINGKAI_ADMIN, "/manage/contests/" + contest + "/edit", "kind", "SKILLS", "title", "改期",
				"scopeOrgId", "x", "opensAt", "2026-01-01T09:00", "closesAt", "2099-01-01T09:00"));
		formError(page(leader.cardNo(), "/contests/" + contest + "/enter", "trackId", "abc", "title", "队"));
		formError(page(Demo.JINGKAI_ADMIN, "/manage/entries/new?contest=" + contest, "trackId", String.valueOf(track),
				"title", "队", "leaderCardNo", "12345"));
		assertThat(page(Demo.JINGKAI_ADMIN, "/manage/contests/" + contest + "/status", "target", "FINISHED"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(page(leader.cardNo(), "/entries/" + entry + "/lead", "memberId", "abc").getResponse().getStatus())
			.isBetween(300, 499);
		assertThat(page(leader.cardNo(), "/entries/" + entry + "/invite", "invitee", "不是号码"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("failure", "entry.invite.format");
		assertThat(page(leader.cardNo(), "/entries/" + entry + "/rename", "title", "")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("failure", "entry.title.required");
		MvcTestResult noFile = mvc.post()
			.uri("/manage/entries/import?contest={id}", contest)
			.multipart()
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange();
		assertThat(noFile).hasStatusOk().bodyText().contains("id=\"import-error\"");

		assertThat(contests.tracks(contest)).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("团体赛"));
		assertThat(contests.rounds(contest)).isEmpty();
		assertThat(contests.entries(contest)).hasSize(1);
		assertThat(contests.entry(entry).orElseThrow().title()).isEqualTo("队伍");
	}

	private MvcTestResult json(String user, String method, String uri, String body) {
		var request = "PUT".equals(method) ? mvc.put().uri(uri) : mvc.post().uri(uri);
		return request.with(logins.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult page(String user, String uri, String... params) {
		var request = mvc.post().uri(uri).with(logins.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static void formError(MvcTestResult result) {
		assertThat(result).hasStatusOk().bodyText().contains("class=\"invalid-feedback");
	}

}
