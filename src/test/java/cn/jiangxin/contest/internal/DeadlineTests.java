package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Once registration closes, every change to an entry is refused on the server, whatever
 * the page showed.
 */
@IntegrationTest
class DeadlineTests {

	@Autowired
	ContestSetup contestSetup;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	EntryService entries;

	@Autowired
	Logins logins;

	@Test
	void afterTheDeadlineEntriesAreLocked() {
		long[] ids = fixtures.openWith(
				TrackDraft.team("团体赛", 2, 5).withRequirements(List.of(RequirementDraft.text("summary", "简介", 100))));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone member = fixtures.member(Demo.HAISITANPU);
		Someone invitee = fixtures.member(Demo.HAISITANPU);
		Someone late = fixtures.member(Demo.HAISITANPU);
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		long entry = contestSetup.register(admin, ids[0],
				new EntryDraft(ids[1], "早报名的队伍", leader.id(), List.of(member.id()), false));
		contestSetup.submit(admin, entry, new SubmissionDraft(Map.of("summary", "截止前提交"), List.of()));
		entries.invite(logins.actor(leader.cardNo()), entry, invitee.cardNo());
		fixtures.deadlinePassed(ids[0]);

		assertLocked(post(late.cardNo(), "/api/v1/contests/" + ids[0] + "/entries",
				"{\"trackId\": " + ids[1] + ", \"title\": \"迟到的队伍\"}"));
		assertLocked(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + ids[0] + "/entries",
				"{\"trackId\": " + ids[1] + ", \"title\": \"迟到\", \"leaderCardNo\": \"" + late.cardNo()
						+ "\", \"teamCardNos\": [\"" + fixtures.member(Demo.HAISITANPU).cardNo() + "\"]}"));
		assertLocked(post(leader.cardNo(), "/api/v1/entries/" + entry + "/invitations",
				"{\"invitee\": \"" + late.cardNo() + "\"}"));
		assertLocked(post(invitee.cardNo(), "/api/v1/entries/" + entry + "/accept", null));
		assertLocked(post(member.cardNo(), "/api/v1/entries/" + entry + "/leave", null));
		assertLocked(post(Demo.JINGKAI_ADMIN, "/api/v1/entries/" + entry + "/confirm", null));
		assertLocked(post(leader.cardNo(), "/api/v1/entries/" + entry + "/withdraw", null));
		assertLocked(mvc.post()
			.uri("/api/v1/entries/{id}/submissions", entry)
			.multipart()
			.param("text.summary", "截止后修改")
			.with(logins.as(leader.cardNo()))
			.with(csrf())
			.exchange());
		assertThat(mvc.post().uri("/entries/{id}/withdraw", entry).with(logins.as(leader.cardNo())).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("failure", "contest.rule.deadline");

		assertThat(contests.entry(entry).orElseThrow().status()).isEqualTo(EntryStatus.REGISTERED);
		assertThat(contests.entry(entry).orElseThrow().team()).hasSize(2);
		assertThat(contests.latestSubmission(entry).orElseThrow().item("summary").orElseThrow().text())
			.isEqualTo("截止前提交");
		assertThat(mvc.get().uri("/entries/{id}", entry).with(logins.as(leader.cardNo()))).hasStatusOk()
			.bodyText()
			.contains("报名信息已锁定")
			.doesNotContain("id=\"invite-form\"")
			.doesNotContain("id=\"submission-form\"");
	}

	@Test
	void judgingLocksEntriesEvenBeforeTheWindowEnds() {
		long[] ids = fixtures.openWith(TrackDraft.individual("个人赛"));
		Someone worker = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(logins.actor(worker.cardNo()), ids[1], null, false);
		contests.advance(Actor.system(), ids[0], ContestStatus.JUDGING);
		assertThat(post(worker.cardNo(), "/api/v1/entries/" + entry + "/withdraw", null)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.rule.notOpen");
	}

	private void assertLocked(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.rule.deadline");
	}

	private MvcTestResult post(String user, String uri, String body) {
		var request = mvc.post().uri(uri).with(logins.as(user)).with(csrf());
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

}
