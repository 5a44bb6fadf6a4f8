package cn.jiangxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The public contest pages are rendered once per change for everyone not signed in: a
 * browser asking again with the page's ETag gets a 304, a new contest shows on the next
 * visit, and a signed-in visitor always gets a page of their own (never a copy, never one
 * made for someone else).
 */
@IntegrationTest
class PublicPageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	Logins logins;

	@Test
	void aVisitorGetsTheKeptPageUntilSomethingChanges() {
		String search = "/contests?q=测试赛事";
		MvcTestResult first = mvc.get().uri(search).exchange();
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).as("a public page carries a version").isNotNull();
		assertThat(first.getResponse().getHeader(HttpHeaders.SET_COOKIE)).as("no session for a visitor").isNull();
		assertThat(mvc.get().uri(search).exchange()).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag);
		assertThat(mvc.get().uri(search).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);

		long contest = fixtures.openWith(TrackDraft.individual("缓存测试赛道"))[0];
		String title = contests.find(contest).orElseThrow().title();
		assertThat(mvc.get().uri(search).header(HttpHeaders.IF_NONE_MATCH, etag)).as("the change shows at once")
			.hasStatusOk()
			.bodyText()
			.contains(title);
	}

	@Test
	void aSignedInVisitorNeverGetsACopy() {
		mvc.get().uri("/contests").exchange();
		MvcTestResult admin = mvc.get().uri("/contests").with(logins.as(Demo.JINGKAI_ADMIN)).exchange();
		assertThat(admin).hasStatusOk().bodyText().contains("经开区总工会管理员");
		assertThat(admin.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(mvc.get().uri("/contests").exchange()).hasStatusOk().bodyText().doesNotContain("经开区总工会管理员");
	}

}
