package cn.jiangxin;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ByteArrayResource;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.internal.AwardSetup;
import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestSetup;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.honor.internal.HonorSetup;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.MemberFixtures;
import cn.jiangxin.member.internal.MemberSetup;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.internal.OrgSetup;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * Records in 北京市金融工会's subtree for the scope walk to aim at: a member, an application, an import, a
 * transfer, a draft contest with a track and a round, an open contest with an entry and its file; and records
 * of the 经开区 admin's own subtree, for writes that aim at an object in reach with an id out of reach in their
 * body.
 */
@TestComponent
class Fixtures {

	/** The member of the fixture's transfer between two finance unions. */
	static final String TRANSFERRED_MEMBER = "金融乙";

	/** A finance contest still in draft: only its organisers may see it. */
	static final String DRAFT_CONTEST = "金融工会筹备中的竞赛";

	/** An open finance contest anyone may see, and the entry a finance member has in it. */
	static final String OPEN_CONTEST = "金融工会公开竞赛";

	static final String ENTRY_TITLE = "工行金融科技队";

	/** A finance contest judged to its end and on notice, with its expert, award and certificate. */
	static final String JUDGED_CONTEST = "金融工会评审完毕的竞赛";

	static final String EXPERT = "金融评委甲";

	static final String EXPERT_LOGIN = "fin-walk-judge";

	static final String HONOR_HOLDER = "金融先锋乙";

	private final DemoOrgs orgs;

	private final AccountApi accounts;

	private final MemberApi members;

	private final MemberFixtures memberFixtures;

	private final Logins logins;

	private final ContestApi contests;

	private ScopeWalkTests.Ids ids;

	private ScopeWalkTests.Reach reach;

	/** The 经开区 union the walk's own records belong to, and its judge. */
	static final String JINGKAI_PROBE_ORG = "经开区越权探针工会";

	static final String JINGKAI_JUDGE = "jk-walk-judge";

	private final JudgingApi judging;

	private final ContestSetup contestSetup;

	private final MemberSetup memberSetup;

	private final AwardSetup awardSetup;

	private final HonorSetup honorSetup;

	private final OrgSetup orgSetup;

	Fixtures(DemoOrgs orgs, AccountApi accounts, MemberApi members, MemberFixtures memberFixtures, Logins logins,
			ContestApi contests, JudgingApi judging, ContestSetup contestSetup, MemberSetup memberSetup,
			AwardSetup awardSetup, HonorSetup honorSetup, OrgSetup orgSetup) {
		this.orgSetup = orgSetup;
		this.honorSetup = honorSetup;
		this.awardSetup = awardSetup;
		this.memberSetup = memberSetup;
		this.contestSetup = contestSetup;
		this.judging = judging;
		this.contests = contests;
		this.orgs = orgs;
		this.accounts = accounts;
		this.members = members;
		this.memberFixtures = memberFixtures;
		this.logins = logins;
	}

	private long contest(Actor finance, String title) {
		Instant now = Instant.now();
		long id = contestSetup.create(finance, new ContestDraft(ContestKind.SKILLS, title, null, null, orgs.id(Demo.FINANCE),
				now.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"), List.of(orgs.id(Demo.FINANCE)), List.of()));
		contestSetup.addTrack(finance, id, TrackDraft.individual("金融科技赛道")
			.withRequirements(List.of(new RequirementDraft("proposal", "方案书", true, false, List.of("pdf"), 5, null))));
		return id;
	}

	synchronized ScopeWalkTests.Ids inFinance() {
		if (ids == null) {
			Actor finance = logins.actor(Demo.FINANCE_ADMIN);
			long bank = orgs.id(Demo.BANK);
			long member = memberSetup.registerAll(finance, bank, List.of(new MemberDraft("金融甲", null, IdType.RESIDENT_ID,
					People.idNumber(), null, People.phone(), null, null, EmploymentType.EMPLOYEE, null, null, null)))
				.get(0);
			MemberView view = members.find(member).orElseThrow();
			long application = memberFixtures.application(bank);
			long importJob = memberFixtures.importJob(finance, orgs.id(Demo.FINANCE),
					new ByteArrayInputStream("姓名,证件号码,就业类型\n".getBytes(StandardCharsets.UTF_8)));
			long other = memberSetup.registerAll(finance, bank, List.of(new MemberDraft(TRANSFERRED_MEMBER, null, IdType.RESIDENT_ID,
					People.idNumber(), null, null, null, null, EmploymentType.EMPLOYEE, null, null, null)))
				.get(0);
			long transfer = memberFixtures.transfer(finance, other, orgs.id("中国农业银行北京市分行工会"));
			long draft = contest(finance, DRAFT_CONTEST);
			long draftTrack = contests.tracks(draft).get(0).id();
			long draftRound = contestSetup.addRound(finance, draft, new RoundDraft(null, 1, "初赛", RoundFormat.MATERIAL_REVIEW,
					null, null, null, Advancement.NONE, null));
			long open = contest(finance, OPEN_CONTEST);
			contests.advance(finance, open, ContestStatus.OPEN);
			long openTrack = contests.tracks(open).get(0).id();
			long entry = contestSetup.register(finance, open, new EntryDraft(openTrack, ENTRY_TITLE, member, List.of(), true));
			contestSetup.submit(finance, entry, new SubmissionDraft(Map.of(), List.of(new SubmissionDraft.FilePart("proposal",
					"方案.pdf", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))))));
			long fileItem = contests.latestSubmission(entry).orElseThrow().item("proposal").orElseThrow().id();
			long judged = contest(finance, JUDGED_CONTEST);
			long judgedRound = contestSetup.addRound(finance, judged, new RoundDraft(null, 1, "决赛", RoundFormat.MATERIAL_REVIEW,
					null, null, null, Advancement.NONE, null));
			contests.advance(finance, judged, ContestStatus.OPEN);
			long entrant = memberSetup.registerAll(finance, bank, List.of(new MemberDraft(HONOR_HOLDER, null, IdType.RESIDENT_ID,
					People.idNumber(), null, null, null, null, EmploymentType.EMPLOYEE, null, null, null)))
				.get(0);
			long judgedEntry = contestSetup.register(finance, judged,
					new EntryDraft(contests.tracks(judged).get(0).id(), "工行智能风控队", entrant, List.of(), true));
			contestSetup.submit(finance, judgedEntry, new SubmissionDraft(Map.of(), List.of(new SubmissionDraft.FilePart(
					"proposal", "方案.pdf", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))))));
			contestSetup.confirm(finance, judgedEntry);
			contests.advance(finance, judged, ContestStatus.JUDGING);
			long expert = judging.addExpert(finance, new ExpertDraft(EXPERT_LOGIN, EXPERT, "高级经济师",
					orgs.id(Demo.FINANCE), null, null, List.of("金融科技赛道"), "jiangxin-demo-9"));
			judging.configure(finance, judgedRound, new JudgingSettings(1, null, null, false,
					AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, "", false));
			judging.defineRubric(finance, judgedRound, RubricDraft.single(List.of(
					new RubricDraft.Criterion("innovation", "review", "创新性",
							CriterionKind.JUDGED, BigDecimal.TEN, BigDecimal.ZERO,
							BigDecimal.TEN, null, false))));
			judging.setPanel(finance, judgedRound, List.of(expert));
			judging.assign(finance, judgedRound);
			judging.startScoring(finance, judgedRound);
			judging.score(logins.actor(EXPERT_LOGIN), judgedRound, new ScoreDraft(judgedEntry,
					List.of(new ScoreDraft.Item("innovation", BigDecimal.valueOf(9), null)), true));
			judging.advance(finance, judgedRound);
			long tier = awardSetup.addTier(finance, judged, new TierDraft("一等奖", judgedRound, false, 1, null,
					"金融创新能手"));
			AwardView award = awardSetup
				.publish(finance, judged, new PublishDraft(7, 0, 0, null, null))
				.get(0);
			honorSetup.confer(finance, new HonorDraft("金融先锋", HolderKind.MEMBER, null,
					members.find(entrant).orElseThrow().cardNo(), orgs.id(Demo.FINANCE), "京金工字〔2025〕1号",
					LocalDate.now()));
			ids = new ScopeWalkTests.Ids(orgs.id(Demo.FINANCE), bank,
					accounts.findByUsername(Demo.FINANCE_ADMIN).orElseThrow().id(), member, view.cardNo(), application,
					importJob, transfer, draft, draftTrack, draftRound, open, openTrack, entry, fileItem, judged, judgedRound,
					expert, judgedEntry, tier, award.id(), award.certificateNumber(),
					contests.latestSubmission(judgedEntry).orElseThrow().item("proposal").orElseThrow().id());
		}
		return ids;
	}


	/**
	 * Records of the 经开区 admin's own subtree: a union with four members (one with a member account), a draft
	 * contest with a track and a round, an open contest with a team entry, and a contest in judging whose round
	 * is scoring with a 经开区 judge on its panel.
	 */
	synchronized ScopeWalkTests.Reach inJingkai() {
		if (reach == null) {
			Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
			long jingkaiId = orgs.id(Demo.JINGKAI);
			long org = orgSetup.create(jingkai, OrgDraft.of(jingkaiId, JINGKAI_PROBE_ORG, null, OrgLevel.GRASSROOTS));
			List<Long> people = memberSetup.registerAll(jingkai, org, List.of(person("经开甲"), person("经开乙"),
					person("经开丙"), person("经开丁")));
			MemberView leader = members.find(people.get(0)).orElseThrow();
			MemberView mate = members.find(people.get(1)).orElseThrow();
			MemberView free = members.find(people.get(2)).orElseThrow();
			accounts.provisionMember(free.id(), free.cardNo(), free.name(), "jiangxin-demo-9", org, null);
			Instant now = Instant.now();
			long draft = contestSetup.create(jingkai, new ContestDraft(ContestKind.SKILLS, "经开区筹备中的探针竞赛", null, null,
					jingkaiId, now.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"), List.of(jingkaiId),
					List.of()));
			long draftTrack = contestSetup.addTrack(jingkai, draft, TrackDraft.individual("经开区探针赛道"));
			long draftRound = contestSetup.addRound(jingkai, draft,
					new RoundDraft(null, 1, "初赛", RoundFormat.MATERIAL_REVIEW, null, null, null, Advancement.NONE, null));
			long open = contestSetup.create(jingkai, new ContestDraft(ContestKind.SKILLS, "经开区报名中的探针竞赛", null, null,
					jingkaiId, now.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"), List.of(jingkaiId),
					List.of()));
			long openTrack = contestSetup.addTrack(jingkai, open, TrackDraft.team("经开区团体赛道", 2, 3));
			contests.advance(jingkai, open, ContestStatus.OPEN);
			long entry = contestSetup.register(jingkai, open,
					new EntryDraft(openTrack, "经开区探针队", leader.id(), List.of(mate.id()), true));
			long judgingContest = contestSetup.create(jingkai, new ContestDraft(ContestKind.SKILLS, "经开区评审中的探针竞赛", null,
					null, jingkaiId, now.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"),
					List.of(jingkaiId), List.of()));
			long judgingTrack = contestSetup.addTrack(jingkai, judgingContest, TrackDraft.individual("经开区评审赛道"));
			long round = contestSetup.addRound(jingkai, judgingContest,
					new RoundDraft(null, 1, "决赛", RoundFormat.MATERIAL_REVIEW, null, null, null, Advancement.NONE, null));
			contests.advance(jingkai, judgingContest, ContestStatus.OPEN);
			long judgedEntry = contestSetup.register(jingkai, judgingContest,
					new EntryDraft(judgingTrack, "经开丁", people.get(3), List.of(), true));
			contestSetup.confirm(jingkai, judgedEntry);
			contests.advance(jingkai, judgingContest, ContestStatus.JUDGING);
			long expert = judging.addExpert(jingkai, new ExpertDraft(JINGKAI_JUDGE, "经开评委甲",
					"高级工程师", jingkaiId, null, null, List.of(), "jiangxin-demo-9"));
			judging.configure(jingkai, round, new JudgingSettings(1, null, null, false,
					AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null, "",
					false));
			judging.defineRubric(jingkai, round, new RubricDraft(List.of(
					new RubricDraft.Part("review", "评审", new BigDecimal("70"),
							PartSource.RUBRIC),
					new RubricDraft.Part("theory", "理论", new BigDecimal("30"),
							PartSource.IMPORTED)),
					List.of(new RubricDraft.Criterion("innovation", "review", "创新性",
							CriterionKind.JUDGED, BigDecimal.TEN, BigDecimal.ZERO,
							BigDecimal.TEN, null, false))));
			judging.setPanel(jingkai, round, List.of(expert));
			judging.assign(jingkai, round);
			judging.startScoring(jingkai, round);
			reach = new ScopeWalkTests.Reach(jingkaiId, org, accounts.findByUsername(JINGKAI_JUDGE).orElseThrow().id(),
					leader.id(), leader.cardNo(), free.cardNo(), draft, draftTrack, draftRound, open, openTrack, entry,
					judgingContest, round, expert, judgedEntry);
		}
		return reach;
	}

	private static MemberDraft person(String name) {
		return new MemberDraft(name, null, IdType.RESIDENT_ID, People.idNumber(), null, People.phone(), null, null,
				EmploymentType.EMPLOYEE, null, null, null);
	}

}
