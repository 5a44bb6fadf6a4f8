package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import cn.jiangxin.award.AwardsFinalised;
import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestStatusChanged;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.contest.internal.ContestSetup;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamResultsFinalised;
import cn.jiangxin.exam.internal.ExamSetup;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorApi;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.judging.internal.JudgingFixtures;
import cn.jiangxin.member.MemberDistinguished;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgClosed;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgMoved;
import cn.jiangxin.org.internal.OrgSetup;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The modules' reactions to each other's events, each as a Spring Modulith scenario: a
 * change (or its event) goes in, and the reacting module's state is awaited.
 */
@IntegrationTest
@EnableScenarios
class ModuleEventsTests {

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestSetup contestSetup;

	@Autowired
	OrgSetup orgSetup;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	OrgApi orgApi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JudgingFixtures judgingFixtures;

	@Autowired
	ExamSetup examSetup;

	@Autowired
	Sittings sittings;

	@Autowired
	ExamResults results;

	@Autowired
	Logins logins;

	@Autowired
	HonorApi honors;

	private final Actor system = Actor.system();

	@Test
	void judgingSeedsTheFirstRoundWhenTheContestGoesToJudging(Scenario scenario) {
		long[] ids = fixtures.openWith(TrackDraft.individual("事件测试赛道"));
		for (int i = 0; i < 3; i++) {
			long entry = contestSetup.register(system, ids[0],
					new EntryDraft(ids[1], null, fixtures.member(Demo.HAISITANPU).id(), List.of(), true));
			if (i < 2) {
				contestSetup.confirm(system, entry);
			}
		}
		long round = contestSetup.addRound(system, ids[0],
				new RoundDraft(null, 1, "决赛", RoundFormat.PRACTICAL_TEST, null, null, null, Advancement.NONE, null));
		assertThat(entriesIn(round)).isZero();
		scenario.stimulate(() -> contests.advance(system, ids[0], ContestStatus.JUDGING))
			.andWaitForStateChange(() -> entriesIn(round), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(2));
		assertThat(contests.find(ids[0]).orElseThrow().status()).isEqualTo(ContestStatus.JUDGING);
	}

	@Test
	void judgingFillsARoundsTheoryFromItsExamWhenTheResultsAreFinal(Scenario scenario) {
		List<Long> entries = new ArrayList<>();
		long round = judgingFixtures.roundInJudging(3, entries)[2];
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		ExamSetup.Bank bank = examSetup.bank(admin, orgs.id(Demo.JINGKAI), 1);
		long exam = examSetup.forRound(admin, orgs.id(Demo.JINGKAI), bank, round, QuestionType.SINGLE,
				QuestionType.TRUE_FALSE);
		judgingFixtures.theoryAndPractical(round, exam);
		List<String> cards = jdbc
			.sql("SELECT m.card_no FROM exam_candidate c JOIN member m ON m.id = c.member_id "
					+ "WHERE c.exam_id = ? ORDER BY m.id")
			.param(exam)
			.query(String.class)
			.list();
		assertThat(cards).as("the round's entrants are the candidates").hasSize(3);
		// All right, half right, and one who never sat
		sit(cards.get(0), exam, "T");
		sit(cards.get(1), exam, "F");
		results.close(admin, exam);
		assertThat(theoryScores(round)).isEmpty();
		scenario.stimulate(() -> results.finalise(admin, exam))
			.andWaitForStateChange(() -> theoryScores(round), scores -> scores.size() == 3)
			.andVerify(scores -> assertThat(scores).containsExactly("0", "50", "100"));
	}

	@Test
	void aRoundWhoseResultsAreOutTakesNothingFromAnExamFinalisedLate(Scenario scenario) {
		long exam = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%工业机器人系统运维员） 理论考试'").query(Long.class).single();
		long round = jdbc.sql("SELECT audience_ref FROM exam WHERE id = ?").param(exam).query(Long.class).single();
		List<String> before = theoryScores(round);
		assertThat(before).hasSize(30);
		List<CandidateResult> nobody = jdbc.sql("SELECT member_id FROM exam_candidate WHERE exam_id = ?")
			.param(exam)
			.query(Long.class)
			.list()
			.stream()
			.map(member -> new CandidateResult(member, BigDecimal.ZERO, BigDecimal.ZERO, false))
			.toList();
		long handledBefore = handled("ExamScores", "\"examId\":" + exam);
		scenario.publish(new ExamResultsFinalised(exam, Audience.CONTEST_ROUND, round, new BigDecimal("100"), nobody))
			.andWaitForStateChange(() -> handled("ExamScores", "\"examId\":" + exam), done -> done > handledBefore)
			.andVerify(done -> assertThat(theoryScores(round)).as("the round on notice keeps its theory")
				.isEqualTo(before));
	}

	private void sit(String card, long exam, String trueFalse) {
		Actor candidate = logins.actor(card);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		long seq = 0;
		for (CandidatePaper.Item item : paper.items()) {
			sittings.save(candidate, paper.attemptId(), item.questionId(),
					List.of(item.type() == QuestionType.SINGLE ? "A" : trueFalse), ++seq, paper.device());
		}
		sittings.submit(candidate, paper.attemptId(), paper.device());
	}

	/** A round's recorded theory scores, as plain numbers in order. */
	private List<String> theoryScores(long round) {
		return jdbc.sql("SELECT score FROM measurement WHERE round_id = ? AND code = 'theory' ORDER BY score, entry_id")
			.param(round)
			.query(BigDecimal.class)
			.list()
			.stream()
			.map(score -> score.stripTrailingZeros().toPlainString())
			.toList();
	}

	/** How many events a listener has completed whose payload holds {@code fragment}. */
	private long handled(String listener, String fragment) {
		return jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ? AND serialized_event LIKE ? "
					+ "AND completion_date IS NOT NULL")
			.params("%" + listener + "%", "%" + fragment + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void contestStatusChangesArePublished(Scenario scenario) {
		long contest = fixtures.openWith(TrackDraft.individual("状态事件赛道"))[0];
		scenario.stimulate(() -> contests.advance(system, contest, ContestStatus.JUDGING))
			.andWaitForEventOfType(ContestStatusChanged.class)
			.matching(changed -> changed.contestId() == contest && changed.to() == ContestStatus.JUDGING)
			.toArriveAndVerify(changed -> assertThat(changed.from()).isEqualTo(ContestStatus.OPEN));
	}

	@Test
	void honourConfersTheTitlesOfFinalAwardsOnce(Scenario scenario) {
		ContestFixtures.Someone winner = fixtures.member(Demo.HAISITANPU);
		long contest = fixtures.openWith(TrackDraft.individual("荣誉事件赛道"))[0];
		long award = 9_000_000 + contest;
		AwardsFinalised finalised = new AwardsFinalised(contest, "事件测试赛", LocalDate.of(2026, 11, 1), null, "system",
				List.of(new AwardsFinalised.EntryAward(award, "一等奖", 1, "事件技术能手", false, winner.name(), winner.id(),
						List.of(winner.id()), winner.orgId()),
						new AwardsFinalised.EntryAward(award + 1, "二等奖", 1, null, false, "无称号者", winner.id(),
								List.of(winner.id()), winner.orgId())));
		scenario.publish(finalised)
			.andWaitForStateChange(() -> titlesOf(contest), titles -> !titles.isEmpty())
			.andVerify(titles -> assertThat(titles).containsExactly("事件技术能手"));
		scenario.publish(finalised)
			.andWaitForStateChange(() -> titlesOf(contest))
			.andVerify(titles -> assertThat(titles).containsExactly("事件技术能手"));
		assertThat(jdbc.sql("SELECT member_id FROM honor WHERE award_id = ?").param(award).query(Long.class).single())
			.isEqualTo(winner.id());
	}

	@Test
	void aTeamsTitleFromAFinalAwardIsAnnouncedWithItsAward(Scenario scenario) {
		ContestFixtures.Someone leader = fixtures.member(Demo.HAISITANPU);
		long contest = fixtures.openWith(TrackDraft.individual("称号事件赛道"))[0];
		long award = 9_100_000 + contest;
		AwardsFinalised finalised = new AwardsFinalised(contest, "称号事件赛", LocalDate.of(2026, 11, 3), null, "system",
				List.of(new AwardsFinalised.EntryAward(award, "一等奖", 1, "事件创新工作室", true, "智能巡检小组", leader.id(),
						List.of(leader.id()), leader.orgId())));
		scenario.publish(finalised)
			.andWaitForEventOfType(TitleConferred.class)
			.matching(title -> Long.valueOf(award).equals(title.awardId()))
			.toArriveAndVerify(title -> {
				assertThat(title.title()).isEqualTo("事件创新工作室");
				assertThat(title.holderKind()).isEqualTo(HolderKind.TEAM);
				assertThat(title.holderName()).isEqualTo("智能巡检小组");
				assertThat(title.memberId()).as("a team's title has no member").isNull();
				assertThat(title.orgId()).isEqualTo(leader.orgId());
				assertThat(title.contestId()).isEqualTo(contest);
				assertThat(title.honorId()).isEqualTo(
						jdbc.sql("SELECT id FROM honor WHERE award_id = ?").param(award).query(Long.class).single());
			});
	}

	@Test
	void aTitleConferredByDecisionIsAnnounced(Scenario scenario) {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		long union = orgs.id(Demo.JINGKAI);
		HonorDraft draft = new HonorDraft("事件决定称号", HolderKind.TEAM, "决定事件小组", null, union, "京开工发〔2026〕9号",
				LocalDate.of(2026, 11, 4));
		scenario.stimulate(() -> honors.confer(admin, draft))
			.andWaitForEventOfType(TitleConferred.class)
			.matching(title -> title.title().equals("事件决定称号"))
			.toArriveAndVerify((title, id) -> {
				assertThat(title.honorId()).isEqualTo(id);
				assertThat(title.fromContest()).isFalse();
				assertThat(title.holderName()).isEqualTo("决定事件小组");
				assertThat(title.orgId()).isEqualTo(union);
			});
	}

	@Test
	void aClosedUnionsWaitingApplicationsAndTransfersAreRejectedAndItsAdminsDisabled(Scenario scenario) {
		long union = freshUnion();
		long waiting = application(union, null);
		ContestFixtures.Someone mover = fixtures.member(Demo.HAISITANPU);
		long transfer = transferInto(mover, union);
		long admin = account(union, "UNION_ADMIN");
		long judge = account(union, "JUDGE");
		scenario.publish(new OrgClosed(union))
			.andWaitForStateChange(() -> statusOf(waiting), status -> !"PENDING".equals(status))
			.andVerify(status -> assertThat(status).isEqualTo("REJECTED"));
		assertThat(jdbc.sql("SELECT status FROM transfer_request WHERE id = ?")
			.param(transfer)
			.query(String.class)
			.single()).isEqualTo("REJECTED");
		assertThat(enabled(admin)).isFalse();
		assertThat(enabled(judge)).isTrue();
	}

	@Test
	void applicationsFlaggedToAMovedUnionsFormerParentGoToItsNewParent(Scenario scenario) {
		long union = freshUnion();
		long formerParent = orgs.id(Demo.JINGKAI);
		long newParent = orgs.id(Demo.FINANCE);
		long flagged = application(union, formerParent);
		long notFlagged = application(union, null);
		scenario.publish(new OrgMoved(union, formerParent, newParent))
			.andWaitForStateChange(() -> escalatedTo(flagged), to -> to != null && to == newParent)
			.andVerify(to -> assertThat(to).isEqualTo(newParent));
		assertThat(escalatedTo(notFlagged)).isNull();
	}

	/**
	 * A new grassroots union under 经开区, so that closing or moving it touches no demo
	 * data.
	 */
	private long freshUnion() {
		return orgSetup.create(system, OrgDraft.of(orgs.id(Demo.JINGKAI), "事件测试工会" + System.nanoTime() % 1_000_000,
				null, OrgLevel.GRASSROOTS));
	}

	/** A transfer asked for a member into a union, still pending. */
	private long transferInto(ContestFixtures.Someone member, long union) {
		String tag = "event-test-" + System.nanoTime();
		jdbc.sql("""
				INSERT INTO transfer_request (member_id, from_org_id, to_org_id, status, requested_by, by_member)
				VALUES (?, ?, ?, 'PENDING', ?, FALSE)""").params(member.id(), member.orgId(), union, tag).update();
		return jdbc.sql("SELECT id FROM transfer_request WHERE requested_by = ?").param(tag).query(Long.class).single();
	}

	/** An enabled account at a union with one role. */
	private long account(long union, String role) {
		String username = "evt" + System.nanoTime() % 1_000_000_000L;
		jdbc.sql("INSERT INTO account (username, display_name, password_hash, org_id) VALUES (?, '事件测试', 'x', ?)")
			.params(username, union)
			.update();
		long id = jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
		jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role).update();
		return id;
	}

	private boolean enabled(long account) {
		return jdbc.sql("SELECT enabled FROM account WHERE id = ?").param(account).query(Boolean.class).single();
	}

	private int entriesIn(long round) {
		return jdbc.sql("SELECT COUNT(*) FROM round_entry WHERE round_id = ?")
			.param(round)
			.query(Integer.class)
			.single();
	}

	private List<String> titlesOf(long contest) {
		return jdbc.sql("SELECT title FROM honor WHERE contest_id = ? ORDER BY id")
			.param(contest)
			.query(String.class)
			.list();
	}

	/** A join application waiting at a union, flagged to {@code escalatedTo} if given. */
	private long application(long union, Long escalatedTo) {
		String tag = Long.toString(System.nanoTime());
		jdbc.sql("""
				INSERT INTO join_application (org_id, name, gender, id_type, id_cipher, id_hash, id_masked, birth_date,
				                              phone_cipher, phone_hash, phone_masked, employment_type, consent_at,
				                              consent_version, status, escalated_at, escalated_org_id)
				VALUES (?, '事件申请人', 'FEMALE', 'RESIDENT_ID', 'x', ?, '1101**********0000', DATE '1990-01-01',
				        'x', ?, '138****0000', 'EMPLOYEE', ?, '2026-01', 'PENDING', ?, ?)""")
			.params(union, "id-" + tag, "phone-" + tag, Timestamp.from(Instant.now()),
					escalatedTo == null ? null : Timestamp.from(Instant.now()), escalatedTo)
			.update();
		return jdbc.sql("SELECT id FROM join_application WHERE id_hash = ?")
			.param("id-" + tag)
			.query(Long.class)
			.single();
	}

	private String statusOf(long application) {
		return jdbc.sql("SELECT status FROM join_application WHERE id = ?")
			.param(application)
			.query(String.class)
			.single();
	}

	private Long escalatedTo(long application) {
		return jdbc.sql("SELECT escalated_org_id FROM join_application WHERE id = ?")
			.param(application)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.list()
			.get(0);
	}

	@Test
	void aMembersTitlesFromFinalAwardsReachTheirRecordOnce(Scenario scenario) {
		ContestFixtures.Someone winner = fixtures.member(Demo.HAISITANPU);
		long contest = fixtures.openWith(TrackDraft.individual("记录事件赛道"))[0];
		long award = 9_500_000 + contest;
		AwardsFinalised finalised = new AwardsFinalised(contest, "记录测试赛", LocalDate.of(2026, 11, 2), null, "system",
				List.of(new AwardsFinalised.EntryAward(award, "一等奖", 1, "记录技术能手", false, winner.name(), winner.id(),
						List.of(winner.id()), winner.orgId())));
		scenario.publish(finalised)
			.andWaitForStateChange(() -> distinctionsOf(winner.id(), "记录技术能手"), names -> !names.isEmpty())
			.andVerify(names -> assertThat(names).containsExactly("TITLE"));
		long honour = jdbc.sql("SELECT id FROM honor WHERE award_id = ?").param(award).query(Long.class).single();
		assertThat(jdbc.sql("SELECT source_id FROM member_distinction WHERE member_id = ? AND name = ?")
			.params(winner.id(), "记录技术能手")
			.query(Long.class)
			.single()).isEqualTo(honour);
	}

	@Test
	void aMemberIsDistinguishedOnceHoweverOftenItIsAnnounced(Scenario scenario) {
		ContestFixtures.Someone winner = fixtures.member(Demo.HAISITANPU);
		long award = 9_600_000 + winner.id();
		MemberDistinguished distinguished = new MemberDistinguished(winner.id(), MemberDistinguished.Kind.AWARD, award,
				"事件测试赛 二等奖", LocalDate.of(2026, 11, 3));
		scenario.publish(distinguished)
			.andWaitForStateChange(() -> distinctionsOf(winner.id(), "事件测试赛 二等奖"), names -> !names.isEmpty())
			.andVerify(names -> assertThat(names).containsExactly("AWARD"));
		scenario.publish(distinguished)
			.andWaitForStateChange(() -> distinctionsOf(winner.id(), "事件测试赛 二等奖"))
			.andVerify(names -> assertThat(names).containsExactly("AWARD"));
	}

	private List<String> distinctionsOf(long memberId, String name) {
		return jdbc.sql("SELECT kind FROM member_distinction WHERE member_id = ? AND name = ?")
			.params(memberId, name)
			.query(String.class)
			.list();
	}

}
