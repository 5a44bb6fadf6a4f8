package cn.jiangxin.award.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.award.AwardApi;
import cn.jiangxin.award.AwardKind;
import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.UnitTies;
import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestSetup;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.JudgingFacade;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Awards from a judged round: tiers and ties, notice before final, titles into the
 * registry, certificates that verify (and forged or revoked numbers that do not), the
 * zip, and the case collection book.
 */
@IntegrationTest
class AwardTests {

	@Autowired
	AwardSetup awardSetup;

	@Autowired
	ContestSetup contestSetup;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	JudgingFacade judging;

	@Autowired
	AwardApi awards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseCollections cases;

	@Autowired
	AwardFacade service;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	private final Actor system = Actor.system();

	/**
	 * A contest of five entries judged by one expert with totals 90, 80, 70, 60, 50; its
	 * round closed.
	 */
	private long[] judgedContest() {
		long[] ids = fixtures.openWith(TrackDraft.individual("颁奖测试赛道"));
		List<Long> entries = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long member = fixtures.member(Demo.HAISITANPU).id();
			long entry = contestSetup.register(system, ids[0], new EntryDraft(ids[1], null, member, List.of(), true));
			contestSetup.confirm(system, entry);
			entries.add(entry);
		}
		long round = contestSetup.addRound(system, ids[0],
				new RoundDraft(null, 1, "决赛", RoundFormat.PRACTICAL_TEST, null, null, null, Advancement.NONE, null));
		contests.advance(system, ids[0], ContestStatus.JUDGING);
		long expertId = judging.addExpert(system, new ExpertDraft("award-judge-" + System.nanoTime() % 1_000_000,
				"颁奖评委", null, orgs.id(Demo.JINGKAI), null, null, List.of(), Demo.PASSWORD + "-9"));
		ExpertView expert = judging.expert(expertId).orElseThrow();
		judging.configure(system, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, round, RubricDraft.single(List.of(new RubricDraft.Criterion("skill", "review",
				"技能", CriterionKind.JUDGED, BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("100"), null, false))));
		judging.setPanel(system, round, List.of(expertId));
		judging.assign(system, round);
		judging.startScoring(system, round);
		Actor judge = logins.actor(expert.username());
		for (int i = 0; i < entries.size(); i++) {
			judging.score(judge, round, new ScoreDraft(entries.get(i),
					List.of(new ScoreDraft.Item("skill", BigDecimal.valueOf(90 - 10 * i), null)), true));
		}
		judging.advance(system, round);
		return new long[] { ids[0], round, entries.get(0), entries.get(1) };
	}

	/**
	 * A contest of one round in which the expert scores each entry as given, the entrants
	 * in the unions given; its round closed. Returns the contest, the round and the
	 * entries in order.
	 */
	private long[] scoredContest(String[] unions, int[] scores) {
		long[] ids = fixtures.openWith(TrackDraft.individual("并列测试赛道"));
		List<Long> entries = new ArrayList<>();
		for (String union : unions) {
			long entry = contestSetup.register(system, ids[0],
					new EntryDraft(ids[1], null, fixtures.member(union).id(), List.of(), true));
			contestSetup.confirm(system, entry);
			entries.add(entry);
		}
		long round = contestSetup.addRound(system, ids[0],
				new RoundDraft(null, 1, "决赛", RoundFormat.PRACTICAL_TEST, null, null, null, Advancement.NONE, null));
		contests.advance(system, ids[0], ContestStatus.JUDGING);
		long expertId = judging.addExpert(system, new ExpertDraft("tie-judge-" + System.nanoTime() % 1_000_000, "并列评委",
				null, orgs.id(Demo.JINGKAI), null, null, List.of(), Demo.PASSWORD + "-9"));
		judging.configure(system, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, round, RubricDraft.single(List.of(new RubricDraft.Criterion("skill", "review",
				"技能", CriterionKind.JUDGED, BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("100"), null, false))));
		judging.setPanel(system, round, List.of(expertId));
		judging.assign(system, round);
		judging.startScoring(system, round);
		Actor judge = logins.actor(judging.expert(expertId).orElseThrow().username());
		for (int i = 0; i < scores.length; i++) {
			judging.score(judge, round, new ScoreDraft(entries.get(i),
					List.of(new ScoreDraft.Item("skill", BigDecimal.valueOf(scores[i]), null)), true));
		}
		judging.advance(system, round);
		long[] result = new long[2 + entries.size()];
		result[0] = ids[0];
		result[1] = round;
		for (int i = 0; i < entries.size(); i++) {
			result[2 + i] = entries.get(i);
		}
		return result;
	}

	@Test
	void entriesTiedOnRankShareTheirPlaceAndAllTiedAtTheLastPlaceGetTheTier() throws Exception {
		String h = Demo.HAISITANPU;
		long[] ids = scoredContest(new String[] { h, h, h, h, h, h }, new int[] { 95, 90, 85, 70, 70, 60 });
		awardSetup.addTier(system, ids[0], new TierDraft("一等奖", ids[1], false, 4, null, null));
		AwardFacade.Outcome outcome = service.outcome(ids[0], new PublishDraft(7, 0, 0, null, null));
		assertThat(outcome.awards()).extracting(AwardView::place).containsExactly(1, 2, 3, 4, 4);
		assertThat(outcome.ties()).singleElement().satisfies(t -> {
			assertThat(t.place()).isEqualTo(4);
			assertThat(t.given()).isEqualTo(5);
			assertThat(t.meant()).isEqualTo(4);
		});
		String page = mvc.get()
			.uri("/manage/contests/" + ids[0] + "/awards")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"award-ties\"").contains("第 4 名并列");
		List<AwardView> given = awardSetup.publish(system, ids[0], new PublishDraft(7, 0, 0, null, null));
		assertThat(given).extracting(AwardView::place).containsExactly(1, 2, 3, 4, 4);
	}

	@Test
	void unitsTiedOnTheLastPlaceAllGetTheAwardUnlessTheOrganiserLetsTheFirstRoundDecide() {
		String a = Demo.HAISITANPU;
		String b = "北方导航控制技术股份有限公司工会";
		String c = "北京海纳川汽车部件股份有限公司工会";
		String d = "神州细胞工程有限公司工会";
		// 团体奖 by summed scores: a 90 + 50 = 140, b 85 + 55 = 140, c 70, d 70
		long[] team = scoredContest(new String[] { a, a, b, b, c, d }, new int[] { 90, 50, 85, 55, 70, 70 });
		awardSetup.addTier(system, team[0], new TierDraft("一等奖", team[1], false, 1, null, null));
		List<AwardView> units = service.outcome(team[0], new PublishDraft(7, 1, 0, null, null))
			.awards()
			.stream()
			.filter(w -> w.kind() == AwardKind.TEAM_UNIT)
			.toList();
		assertThat(units).extracting(AwardView::unitOrgId).containsExactlyInAnyOrder(orgs.id(a), orgs.id(b));
		assertThat(units).extracting(AwardView::place).containsExactly(1, 1);
		assertThat(service.outcome(team[0], new PublishDraft(7, 3, 0, null, null))
			.awards()
			.stream()
			.filter(w -> w.kind() == AwardKind.TEAM_UNIT)
			.map(AwardView::place)).containsExactly(1, 1, 3, 3);

		// 优秀组织奖 1 × entries + 3 × awards: a 2 + 3 = 5, b 2 + 3 = 5 (first round 140
		// against 145), c 1
		long[] organised = scoredContest(new String[] { a, a, b, b, c }, new int[] { 90, 50, 85, 60, 70 });
		awardSetup.addTier(system, organised[0], new TierDraft("一等奖", organised[1], false, 2, null, null));
		assertThat(service.outcome(organised[0], new PublishDraft(7, 0, 1, null, null))
			.awards()
			.stream()
			.filter(w -> w.kind() == AwardKind.ORGANISATION)
			.map(AwardView::unitOrgId)).containsExactlyInAnyOrder(orgs.id(a), orgs.id(b));
		assertThat(service.outcome(organised[0], new PublishDraft(7, 0, 1, null, null, UnitTies.FIRST_ROUND_RESULTS))
			.awards()
			.stream()
			.filter(w -> w.kind() == AwardKind.ORGANISATION)
			.map(AwardView::unitOrgId)).containsExactly(orgs.id(b));
	}

	@Test
	void makingTheResultsFinalIsOfferedOnlyOnceTheNoticePeriodIsOver() throws Exception {
		long[] running = judgedContest();
		awardSetup.addTier(system, running[0], new TierDraft("一等奖", running[1], false, 1, null, null));
		awardSetup.publish(system, running[0], new PublishDraft(7, 0, 0, null, null));
		String page = awardsPage(running[0]);
		assertThat(page).doesNotContain("id=\"finalise\"").contains("id=\"finalise-later\"");
		assertThat(mvc.post()
			.uri("/manage/contests/" + running[0] + "/awards/finalise")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "award.noticeRunning");
		long[] over = judgedContest();
		awardSetup.addTier(system, over[0], new TierDraft("一等奖", over[1], false, 1, null, null));
		awardSetup.publish(system, over[0], new PublishDraft(0, 0, 0, null, null));
		assertThat(awardsPage(over[0])).contains("id=\"finalise\"").doesNotContain("id=\"finalise-later\"");
	}

	private String awardsPage(long contest) throws Exception {
		return mvc.get()
			.uri("/manage/contests/" + contest + "/awards")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Keeps a rendered document beside the screenshots, for a person to look at. */
	private static void keep(String name, byte[] content) throws IOException {
		Path dir = Paths.get("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), content);
	}

	@Test
	void resultsGoOnNoticeBeforeTheyAreFinalAndTitlesFollow() {
		long[] ids = judgedContest();
		assertThat(mvc.post()
			.uri("/api/v1/contests/" + ids[0] + "/status")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\": \"PUBLICIZING\"}")).hasStatus(HttpStatus.CONFLICT);
		awardSetup.addTier(system, ids[0], new TierDraft("一等奖", ids[1], false, 1, null, "经开区技术能手"));
		awardSetup.addTier(system, ids[0], new TierDraft("二等奖", ids[1], false, null, new BigDecimal("40"), null));
		assertThatThrownBy(
				() -> awardSetup.addTier(system, ids[0], new TierDraft("三等奖", ids[1], false, 1, BigDecimal.TEN, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("count"));
		List<AwardView> given = awardSetup.publish(system, ids[0],
				new PublishDraft(7, 1, 1, BigDecimal.ONE, new BigDecimal("3")));
		assertThat(given.stream().filter(a -> a.name().equals("一等奖")).map(AwardView::entryId)).containsExactly(ids[2]);
		assertThat(given.stream().filter(a -> a.name().equals("二等奖"))).hasSize(2);
		assertThat(contests.find(ids[0]).orElseThrow().status()).isEqualTo(ContestStatus.PUBLICIZING);
		AwardView first = given.get(0);
		assertThat(awards.verify(first.certificateNumber()).orElseThrow().status()).isEqualTo("NOTICE");
		assertThatThrownBy(() -> awardSetup.finalise(system, ids[0])).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("award.noticeRunning"));
		assertThat(titlesConferred(ids[0])).isEmpty();
	}

	@Test
	void certificatesVerifyAndForgedOrRevokedNumbersFail() throws Exception {
		long[] ids = judgedContest();
		awardSetup.addTier(system, ids[0], new TierDraft("一等奖", ids[1], false, 2, null, "经开区技术能手"));
		awardSetup.addTier(system, ids[0], new TierDraft("二等奖", ids[1], false, 1, null, null));
		List<AwardView> given = awardSetup.publish(system, ids[0], new PublishDraft(0, 0, 0, null, null));
		AwardView objected = given.get(2);
		assertThat(mvc.post()
			.uri("/api/v1/contests/" + ids[0] + "/awards/" + objected.id() + "/revoke")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"公示期间查实成绩作假\"}")).hasStatusOk();
		awardSetup.finalise(system, ids[0]);
		assertThat(titlesConferred(ids[0])).hasSize(2).allSatisfy(title -> assertThat(title).isEqualTo("经开区技术能手"));
		String number = given.get(0).certificateNumber();
		assertThat(mvc.get().uri("/api/v1/certificates/" + number + "/verify")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.valid")
			.isEqualTo(true);
		String forged = number.substring(0, number.length() - 1) + (number.endsWith("A") ? "B" : "A");
		assertThat(mvc.get().uri("/api/v1/certificates/" + forged + "/verify")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("证书")
			.doesNotContain("entity.");
		assertThat(mvc.get().uri("/api/v1/certificates/JX2025-NOT-A-NUMBER/verify")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/certificates/" + forged)).hasStatusOk()
			.bodyText()
			.contains("data-status=\"UNKNOWN\"");
		assertThat(mvc.get().uri("/api/v1/certificates/" + objected.certificateNumber() + "/verify")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("REVOKED");
		assertThat(mvc.get().uri("/certificates/" + objected.certificateNumber())).hasStatusOk()
			.bodyText()
			.contains("data-status=\"REVOKED\"");
		assertThat(mvc.post()
			.uri("/api/v1/contests/" + ids[0] + "/awards/" + given.get(0).id() + "/revoke")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"生效后再撤销\"}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.get().uri("/api/v1/certificates/" + number + "/verify")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.valid")
			.isEqualTo(true);
		var pdf = mvc.get()
			.uri("/manage/contests/" + ids[0] + "/awards/" + given.get(1).id() + "/certificate.pdf")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		keep("award-certificate.pdf", pdf.getResponse().getContentAsByteArray());
		var zip = mvc.get()
			.uri("/manage/contests/" + ids[0] + "/certificates.zip")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		int files = 0;
		try (ZipInputStream in = new ZipInputStream(
				new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			while (in.getNextEntry() != null) {
				files++;
			}
		}
		assertThat(files).as("the revoked certificate is left out").isEqualTo(2);
	}

	@Test
	void theCaseCollectionIsABookAndAPage() throws Exception {
		long[] ids = judgedContest();
		awardSetup.addTier(system, ids[0], new TierDraft("优秀案例", ids[1], false, 3, null, null));
		awardSetup.publish(system, ids[0], new PublishDraft(0, 0, 0, null, null));
		assertThatThrownBy(() -> cases.compile(system, ids[0], " ", null, null, true))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("title"));
		cases.compile(system, ids[0], "经开区优秀案例集", "汇编获奖案例。", null, true);
		CaseCollections.Book book = cases.book(ids[0]).orElseThrow();
		assertThat(book.cases()).hasSize(3);
		assertThat(book.cases().get(0).entry().id()).isEqualTo(ids[2]);
		byte[] pdf = cases.pdf(book);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		keep("award-case-book.pdf", pdf);
		assertThat(mvc.get().uri("/contests/" + ids[0] + "/cases")).hasStatusOk().bodyText().contains("经开区优秀案例集");
	}

	/**
	 * The titles the honour registry holds for a contest's awards (conferred when its
	 * awards became final).
	 */
	private List<String> titlesConferred(long contestId) {
		return jdbc.sql("SELECT title FROM honor WHERE contest_id = ? ORDER BY id")
			.param(contestId)
			.query(String.class)
			.list();
	}

}
