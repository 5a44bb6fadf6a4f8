package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The pages: a co-hosted case call set up through the wizard, opened, seen by the admins
 * of both hosts and on the public portal; a unit's admin registering their own members
 * only; the organisers' dashboard.
 */
@IntegrationTest
class ContestPageTests {

	@Autowired
	ContestSetup contestSetup;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	EntryService entries;

	@Test
	void aCoHostedContestIsSetUpThroughTheWizardAndVisibleToTheAdminsOfEveryHost() {
		MvcTestResult created = mvc.post()
			.uri("/manage/contests/new")
			.with(logins.as(Demo.CITY_ADMIN))
			.with(csrf())
			.param("kind", "SKILLS")
			.param("title", "盾构机操作工联合竞赛（页面）")
			.param("scopeOrgId", String.valueOf(orgs.id(Demo.CITY)))
			.param("opensAt", "2026-01-01T09:00")
			.param("closesAt", "2099-01-01T17:00")
			.param("hostOrgIds", String.valueOf(orgs.id("北京市建筑工会")), String.valueOf(orgs.id("北京市交通运输工会")))
			.param("organiserOrgIds", String.valueOf(orgs.id("北京城建集团有限责任公司工会")))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String setup = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(setup.substring(setup.lastIndexOf('/') + 1));

		assertThat(mvc.post()
			.uri("/manage/contests/{id}/tracks/new", id)
			.with(logins.as("jianzhu"))
			.with(csrf())
			.param("name", "盾构机操作工")
			.param("entryKind", "INDIVIDUAL")
			.param("quotaPerUnit", "10")
			.param("employmentTypes", "EMPLOYEE")
			.param("minAge", "20")
			.param("maxAge", "55")
			.param("declaration", "我承诺遵守竞赛规则。")
			.param("requirements[0].label", "操作资格证")
			.param("requirements[0].kind", "FILE")
			.param("requirements[0].required", "true")
			.param("requirements[0].allowedKinds", "pdf, jpg, png")
			.param("requirements[0].maxMegabytes", "10")
			.param("requirements[1].label", "")
			.param("requirements[1].kind", "TEXT")).hasStatus(HttpStatus.FOUND);
		TrackView track = contests.tracks(id).get(0);
		assertThat(track.requirements()).singleElement().satisfies(r -> {
			assertThat(r.allowedKinds()).containsExactly("pdf", "jpg", "png");
			assertThat(r.maxMegabytes()).isEqualTo(10);
		});
		assertThat(track.minAge()).isEqualTo(20);

		assertThat(mvc.post()
			.uri("/manage/contests/{id}/rounds/new", id)
			.with(logins.as("jiaotong"))
			.with(csrf())
			.param("ordinal", "1")
			.param("name", "决赛")
			.param("format", "PRACTICAL_TEST")
			.param("startsAt", "2099-02-01T09:00")
			.param("endsAt", "2099-02-02T17:00")
			.param("scoringPlan", "理论 30% + 实操 70%")
			.param("advancement", "NONE")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post()
			.uri("/manage/contests/{id}/status", id)
			.with(logins.as("jiaotong"))
			.with(csrf())
			.param("target", "OPEN")).hasStatus(HttpStatus.FOUND);
		assertThat(contests.find(id).orElseThrow().status()).isEqualTo(ContestStatus.OPEN);

		for (String host : List.of("jianzhu", "jiaotong")) {
			assertThat(mvc.get().uri("/manage/contests").with(logins.as(host))).hasStatusOk()
				.bodyText()
				.contains("盾构机操作工联合竞赛（页面）");
			assertThat(mvc.get().uri("/manage/contests/{id}", id).with(logins.as(host))).hasStatusOk();
			assertThat(mvc.get().uri("/manage/contests/{id}/dashboard", id).with(logins.as(host))).hasStatusOk();
		}
		assertThat(mvc.get().uri("/manage/contests/{id}", id).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/manage/contests").with(logins.as(Demo.FINANCE_ADMIN))).bodyText()
			.doesNotContain("盾构机操作工联合竞赛（页面）");
		assertThat(mvc.get().uri("/contests")).hasStatusOk().bodyText().contains("盾构机操作工联合竞赛（页面）");
		assertThat(mvc.get().uri("/contests/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("北京市建筑工会")
			.contains("北京市交通运输工会")
			.contains("操作资格证");
	}

	@Test
	void theWizardKeepsWhatWasTypedAndNamesTheFieldThatIsWrong() {
		MvcTestResult page = mvc.post()
			.uri("/manage/contests/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("kind", "SKILLS")
			.param("title", "窗口颠倒的赛事")
			.param("scopeOrgId", String.valueOf(orgs.id(Demo.JINGKAI)))
			.param("opensAt", "2026-06-01T09:00")
			.param("closesAt", "2026-05-01T17:00")
			.param("hostOrgIds", String.valueOf(orgs.id(Demo.JINGKAI)))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("窗口颠倒的赛事").contains("报名截止时间应晚于开始时间");
		MvcTestResult badDate = mvc.post()
			.uri("/manage/contests/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("kind", "SKILLS")
			.param("title", "日期格式错")
			.param("scopeOrgId", String.valueOf(orgs.id(Demo.JINGKAI)))
			.param("opensAt", "明天")
			.param("closesAt", "2026-05-01T17:00")
			.param("hostOrgIds", String.valueOf(orgs.id(Demo.JINGKAI)))
			.exchange();
		assertThat(badDate).hasStatusOk().bodyText().contains("格式不正确");
		MvcTestResult outside = mvc.post()
			.uri("/manage/contests/new")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.param("kind", "SKILLS")
			.param("title", "越界的赛事")
			.param("scopeOrgId", String.valueOf(orgs.id(Demo.FINANCE)))
			.param("opensAt", "2026-01-01T09:00")
			.param("closesAt", "2099-05-01T17:00")
			.param("hostOrgIds", String.valueOf(orgs.id(Demo.FINANCE)))
			.exchange();
		assertThat(outside).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aUnitAdminRegistersOnlyTheirOwnMembers() {
		long[] ids = fixtures.openWith(TrackDraft.team("创新团队", 2, 4));
		Someone own = fixtures.member(Demo.HAISITANPU);
		Someone colleague = fixtures.member(Demo.HAISITANPU);
		Someone other = fixtures.member("北方导航控制技术股份有限公司工会");
		String haisitanpu = "haisitanpu-admin";
		fixtures.admin(haisitanpu, Demo.HAISITANPU);
		MvcTestResult refused = register(haisitanpu, ids, own.cardNo(), other.cardNo());
		assertThat(refused).hasStatusOk().bodyText().contains("只能为本单位").contains(other.cardNo());
		assertThat(contests.entries(ids[0])).isEmpty();
		MvcTestResult done = register(haisitanpu, ids, own.cardNo(), colleague.cardNo());
		assertThat(done).hasStatus(HttpStatus.FOUND);
		long entry = contests.entries(ids[0]).get(0).id();
		assertThat(mvc.get().uri("/manage/entries").with(logins.as(haisitanpu))).bodyText().contains("单位报名的队伍");
		assertThat(mvc.get().uri("/manage/entries").with(logins.as(Demo.FINANCE_ADMIN))).bodyText()
			.doesNotContain("单位报名的队伍");
		assertThat(mvc.post().uri("/entries/{id}/confirm", entry).with(logins.as(haisitanpu)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(contests.entry(entry).orElseThrow().status()).isEqualTo(EntryStatus.CONFIRMED);
		assertThat(mvc.post().uri("/entries/{id}/withdraw", entry).with(logins.as(Demo.FINANCE_ADMIN)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theDashboardDrawsCountsByTrackUnitAndRound() {
		long[] ids = fixtures.openWith(TrackDraft.individual("装配钳工"));
		contestSetup.addRound(Actor.system(), ids[0],
				new RoundDraft(null, 1, "决赛", RoundFormat.PRACTICAL_TEST, null, null, null, Advancement.NONE, null));
		for (String union : List.of(Demo.HAISITANPU, Demo.HAISITANPU, "北方导航控制技术股份有限公司工会")) {
			Someone someone = fixtures.member(union);
			long entry = contestSetup.register(logins.actor(Demo.JINGKAI_ADMIN), ids[0],
					new EntryDraft(ids[1], null, someone.id(), List.of(), false));
			contestSetup.confirm(logins.actor(Demo.JINGKAI_ADMIN), entry);
		}
		MvcTestResult dashboard = mvc.get()
			.uri("/manage/contests/{id}/dashboard", ids[0])
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		assertThat(dashboard).hasStatusOk()
			.bodyText()
			.contains("data-chart=")
			.contains("装配钳工")
			.contains("海斯坦普汽车组件(北京)有限公司工会")
			.contains("/webjars/echarts/")
			.doesNotContain("<script>");
		ContestView contest = contests.find(ids[0]).orElseThrow();
		assertThat(contest.kind()).isEqualTo(ContestKind.SKILLS);
	}

	private MvcTestResult register(String admin, long[] ids, String leader, String teammate) {
		return mvc.post()
			.uri("/manage/entries/new?contest={id}", ids[0])
			.with(logins.as(admin))
			.with(csrf())
			.param("trackId", String.valueOf(ids[1]))
			.param("title", "单位报名的队伍")
			.param("leaderCardNo", leader)
			.param("teamCardNos", teammate)
			.exchange();
	}

}
