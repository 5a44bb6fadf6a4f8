package cn.jiangxin.judging.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamApi;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.demo.DemoContests;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The judging module's demo data: the seeds' judged cases, each judged at its own dates
 * after the contests were written: case 1 (185 entries → 60 → 13 finalists), case 4 (five
 * events), case 2 (theory 30% from the exam set for the round + practical 70%, 宗树龙 best)
 * and case 5 (北航's first review under way). Judges' scores are drawn from each entry's
 * quality and each judge's harshness, so that normalisation has something to correct. It
 * calls judging only through {@link JudgingFacade}.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class JudgingDemo implements ApplicationModuleInitializer {

	private final JudgingFacade judging;

	private final ContestApi contests;

	private final OrgApi orgs;

	private final ExamApi exams;

	private final JdbcClient jdbc;

	private final DemoContests ids;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	private final String password = DemoSeeding.PASSWORD;

	private final Map<Long, Double> quality = new HashMap<>();

	private final Map<Long, Double> harshness = new HashMap<>();

	private Map<String, Long> unions;

	private Random random;

	JudgingDemo(JudgingFacade judging, ContestApi contests, OrgApi orgs, ExamApi exams, JdbcClient jdbc,
			DemoContests ids, DemoRoster roster, DemoSeeding seeding, DemoStory story) {
		this.exams = exams;
		this.judging = judging;
		this.contests = contests;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.ids = ids;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding
			.announce("  Expert judges: fin-judge1…15, robot-judge1…5, relief-judge1…6, buaa-judge1…6, same password");
		seeding.seed("judging", () -> jdbc.sql("SELECT COUNT(*) FROM expert").query(Long.class).single() > 0,
				this::judge);
	}

	/** The judged cases in the order they happened. */
	private void judge() {
		unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		random = new Random(20251121L);
		finance();
		relief();
		robots(roster.of(DemoUnions.JINGKAI_COMPANIES.get(0)).get(0).id());
		buaa();
	}

	/**
	 * Case 1: three rounds of material review and on-site defence, each cut confirmed.
	 */
	private void finance() {
		long contest = ids.id(DemoContests.FINANCE);
		long finance = unions.get(DemoUnions.FINANCE);
		story.at(DemoStory.beijing(2025, 7, 20, 10));
		List<ExpertView> experts = new ArrayList<>();
		String[] names = { "周明远", "陈思涵", "刘建国", "王晓燕", "赵立新", "孙海波", "李文静", "吴志强", "郑雅琴", "冯国栋", "何丽娟", "马振华", "高晓峰",
				"罗秀英", "梁志刚" };
		String[] tags = { "智能营销", "智能风控", "办公运营", "研发辅助", "业务创新" };
		for (int i = 0; i < names.length; i++) {
			long org = i == 13 ? unions.get(DemoUnions.FINANCIAL_INSTITUTIONS.get(1)) : finance;
			experts.add(expert(finance, "fin-judge" + (i + 1), names[i], i % 3 == 0 ? "正高级经济师" : "高级工程师", org,
					i == 13 ? "中国工商银行北京市分行" : "北京金融科技研究院", List.of(tags[i % 5], tags[(i + 2) % 5])));
		}
		List<RoundView> rounds = contests.rounds(contest);
		RubricDraft rubric = RubricDraft
			.single(List.of(criterion("innovation", "review", "创新性", 40, "优秀 36–40：思路新颖、技术领先；良好 28–35；一般 0–27", true),
					criterion("practicality", "review", "实用性", 30, "优秀 27–30：已在业务中落地见效；良好 21–26；一般 0–20", false),
					criterion("scalability", "review", "可推广性", 30, "优秀 27–30：可在全行业复制；良好 21–26；一般 0–20", false)));
		judge(rounds.get(0), DemoStory.beijing(2025, 8, 4, 10), DemoStory.beijing(2025, 8, 21, 10), experts, rubric,
				new JudgingSettings(3, null, null, true, AggregationMethod.MEAN, 5, RankingBasis.NORMALISED,
						new BigDecimal("20"), null, "CRITERION:innovation,HIGHER_MINIMUM", false));
		judge(rounds.get(1), DemoStory.beijing(2025, 8, 28, 10), DemoStory.beijing(2025, 9, 21, 10), experts, rubric,
				new JudgingSettings(5, null, null, true, AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.NORMALISED,
						new BigDecimal("20"), null, "CRITERION:innovation,HIGHER_MINIMUM", false));
		judge(rounds.get(2), DemoStory.beijing(2025, 10, 17, 10), DemoStory.beijing(2025, 10, 19, 10),
				experts.subList(0, 7), rubric, new JudgingSettings(7, null, null, false, AggregationMethod.TRIMMED_MEAN,
						5, RankingBasis.RAW, new BigDecimal("15"), null, "CRITERION:innovation,HIGHER_MINIMUM", true));
	}

	/**
	 * Case 2: theory taken from the round's exam (30%), practical judged and measured
	 * (70%), the cut confirmed.
	 */
	private void robots(long champion) {
		long contest = ids.id(DemoContests.ROBOTS);
		long jingkai = unions.get(DemoUnions.JINGKAI);
		story.at(story.daysAgo(45, 10));
		List<ExpertView> experts = new ArrayList<>();
		String[] names = { "韩志勇", "唐国平", "许建军", "邓丽华", "曹振宇" };
		for (int i = 0; i < names.length; i++) {
			experts.add(expert(jingkai, "robot-judge" + (i + 1), names[i], "高级技师", jingkai, "经开区职业技能鉴定中心",
					List.of("工业机器人系统运维员")));
		}
		RoundView round = contests.rounds(contest).get(0);
		// The theory part takes its scores from the exam set for the round (the exam
		// module's demo sat it)
		Long theoryExam = exams.examsFor(Audience.CONTEST_ROUND, round.id())
			.stream()
			.findFirst()
			.map(ExamView::id)
			.orElse(null);
		RubricDraft rubric = new RubricDraft(
				List.of(new RubricDraft.Part("theory", "理论考试", new BigDecimal("30"), PartSource.IMPORTED, theoryExam),
						new RubricDraft.Part("practical", "实操考核", new BigDecimal("70"), PartSource.RUBRIC)),
				List.of(criterion("install", "practical", "安装调试", 30, "按工艺卡完成本体与外设安装、零点标定", false),
						criterion("program", "practical", "编程", 30, "完成码垛轨迹编程与优化，节拍达标", false),
						criterion("repair", "practical", "故障排除", 30, "限时排除三处预设故障，思路清晰", true),
						new RubricDraft.Criterion("stop", "practical", "末端停止精度", CriterionKind.MEASURED,
								new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("10"),
								"停止位置偏差 ≤ 50 cm 得满分 10 分，每超 10 cm 扣 2 分", false)));
		story.at(story.daysAgo(14, 10));
		List<Long> entries = prepare(round, experts, rubric,
				new JudgingSettings(5, null, null, false, AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.RAW,
						new BigDecimal("12"), null, "CRITERION:repair,HIGHER_MINIMUM", true));
		story.at(story.daysAgo(12, 16));
		for (Long entryId : entries) {
			EntryView entry = contests.entry(entryId).orElseThrow();
			boolean best = entry.leaderMemberId() == champion;
			quality.put(entryId, best ? 0.97 : 0.55 + random.nextDouble() * 0.33);
			double stop = best ? 10 : Math.max(4, 10 - Math.round(random.nextDouble() * 3) * 2);
			judging.record(system, round.id(), entryId, "stop", BigDecimal.valueOf(stop));
		}
		if (theoryExam != null) {
			judging.takeExamScores(system, round.id(), "theory");
		}
		story.at(story.daysAgo(10, 15));
		score(round, experts, rubric);
		story.at(story.daysAgo(10, 18));
		judging.advance(system, round.id());
	}

	/** Case 4: five events judged per event, the round closed. */
	private void relief() {
		long contest = ids.id(DemoContests.RELIEF);
		long city = unions.get(DemoUnions.CITY);
		story.at(story.daysAgo(215, 10));
		List<ExpertView> experts = new ArrayList<>();
		String[] names = { "田秀兰", "潘建华", "袁丽萍", "蒋德胜", "沈晓红", "韦国强" };
		String[] events = { "会务速记", "会务速录", "会务保障", "分装餐食", "膳食服务" };
		// The examiners belong to the city union, so the city's pool keeps them
		for (int i = 0; i < names.length; i++) {
			experts.add(expert(city, "relief-judge" + (i + 1), names[i], "技能考评员", city, "北京市职业技能鉴定指导中心",
					List.of(events[i % 5], events[(i + 1) % 5])));
		}
		RoundView round = contests.rounds(contest).get(0);
		RubricDraft rubric = RubricDraft.single(List.of(criterion("speed", "review", "速度", 40, "按用时分档计分", false),
				criterion("accuracy", "review", "准确", 40, "按差错数扣分", false),
				criterion("norms", "review", "规范", 20, "操作规范、仪容仪表", false)));
		judge(round, story.daysAgo(201, 10), story.daysAgo(199, 10), experts, rubric,
				new JudgingSettings(3, null, null, false, AggregationMethod.MEAN, 5, RankingBasis.RAW, null, null,
						"CRITERION:accuracy,HIGHER_MINIMUM", false));
	}

	/**
	 * Case 5: 北航's case call with its first review under way: three sheets in five
	 * submitted, one saved as a draft, one not begun; the defence round after it not yet
	 * set up.
	 */
	private void buaa() {
		long contest = ids.id(DemoContests.BUAA);
		story.at(story.daysAgo(9, 10));
		List<ExpertView> experts = new ArrayList<>();
		String[] names = { "王建平", "李红梅", "张志远", "刘晓东", "陈雪", "赵宏伟" };
		String[] areas = { "智慧关爱", "智慧民主管理", "智慧文化赋能", "其他智慧服务" };
		String[] units = { "清华大学工会", "北京师范大学工会", "北京市总工会网络工作部", "北京理工大学工会", "北京市教育工会", "中国人民大学工会" };
		long city = unions.get(DemoUnions.CITY);
		for (int i = 0; i < names.length; i++) {
			// Examiners from outside the university, kept in the city's pool, so none
			// stands aside from a case
			experts.add(expert(city, "buaa-judge" + (i + 1), names[i], i % 2 == 0 ? "教授" : "高级工程师", city, units[i],
					List.of(areas[i % 4], areas[(i + 1) % 4])));
		}
		RoundView round = contests.rounds(contest).get(0);
		RubricDraft rubric = RubricDraft
			.single(List.of(criterion("innovation", "review", "创新性", 40, "优秀 36–40：思路新颖、做法领先；良好 28–35；一般 0–27", true),
					criterion("effect", "review", "实效性", 30, "优秀 27–30：服务教职工成效可量化；良好 21–26；一般 0–20", false),
					criterion("scalability", "review", "可推广性", 30, "优秀 27–30：可在全校推广；良好 21–26；一般 0–20", false)));
		story.at(story.daysAgo(6, 10));
		List<Long> entries = prepare(round, experts, rubric,
				new JudgingSettings(3, null, null, true, AggregationMethod.MEAN, 5, RankingBasis.RAW,
						new BigDecimal("20"), null, "CRITERION:innovation,HIGHER_MINIMUM", false));
		entries.forEach(entryId -> quality.computeIfAbsent(entryId, k -> 0.45 + random.nextDouble() * 0.5));
		story.at(story.daysAgo(2, 15));
		score(round, experts, rubric, sheet -> sheet % 5 < 3, sheet -> sheet % 5 == 3);
		story.at(story.daysAgo(1, 10));
		judging.configure(system, contests.rounds(contest).get(1).id(),
				new JudgingSettings(5, null, null, false, AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.RAW,
						new BigDecimal("15"), null, "CRITERION:innovation,HIGHER_MINIMUM", true));
	}

	/**
	 * Sets a round up and assigns its judges at {@code setUp}, has every sheet scored
	 * while the round runs, and confirms the cut at {@code cut}.
	 */
	private void judge(RoundView round, Instant setUp, Instant cut, List<ExpertView> experts, RubricDraft rubric,
			JudgingSettings settings) {
		story.at(setUp);
		List<Long> entries = prepare(round, experts, rubric, settings);
		for (Long entryId : entries) {
			quality.computeIfAbsent(entryId, k -> 0.45 + random.nextDouble() * 0.5);
		}
		story.at(round.startsAt().plus(Duration.between(round.startsAt(), round.endsAt()).dividedBy(2)));
		score(round, experts, rubric);
		story.at(cut);
		judging.advance(system, round.id());
	}

	private List<Long> prepare(RoundView round, List<ExpertView> experts, RubricDraft rubric,
			JudgingSettings settings) {
		judging.configure(system, round.id(), settings);
		judging.defineRubric(system, round.id(), rubric);
		judging.setPanel(system, round.id(), experts.stream().map(ExpertView::id).toList());
		judging.assign(system, round.id());
		judging.startScoring(system, round.id());
		return judging.roundEntries(round.id());
	}

	private void score(RoundView round, List<ExpertView> experts, RubricDraft rubric) {
		score(round, experts, rubric, sheet -> true, sheet -> false);
	}

	/**
	 * Scores the round's sheets in assignment order: the n-th is submitted if
	 * {@code submitted} says so, else saved as a draft with its first criterion only if
	 * {@code drafted} says so, else left for its judge.
	 */
	private void score(RoundView round, List<ExpertView> experts, RubricDraft rubric, IntPredicate submitted,
			IntPredicate drafted) {
		int[] sheet = { 0 };
		Map<Long, ExpertView> byId = new HashMap<>();
		experts.forEach(e -> byId.put(e.id(), e));
		judging.assignment(round.id()).entries().forEach(row -> row.judges().forEach(j -> {
			ExpertView expert = byId.get(j.expertId());
			Actor judge = new Actor(expert.accountId(), expert.username(), expert.name(), Set.of(Role.JUDGE),
					expert.orgId());
			double q = quality.getOrDefault(row.entryId(), 0.7);
			double h = harshness.computeIfAbsent(expert.id(), k -> -0.08 + random.nextDouble() * 0.12);
			List<ScoreDraft.Item> items = new ArrayList<>();
			for (RubricDraft.Criterion c : rubric.criteria()) {
				if (c.kind() != CriterionKind.JUDGED) {
					continue;
				}
				double share = Math.max(0.2, Math.min(1, q + h + random.nextGaussian() * 0.04));
				BigDecimal value = c.max().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
				items.add(new ScoreDraft.Item(c.code(), value, c.requiresComment() ? comment(share) : null));
			}
			int n = sheet[0]++;
			if (submitted.test(n)) {
				judging.score(judge, round.id(), new ScoreDraft(row.entryId(), items, true));
			}
			else if (drafted.test(n)) {
				judging.score(judge, round.id(), new ScoreDraft(row.entryId(), items.subList(0, 1), false));
			}
		}));
	}

	private static String comment(double share) {
		return share > 0.85 ? "方案完整，亮点突出" : share > 0.7 ? "思路清晰，细节有待打磨" : "基础扎实，创新点不够鲜明";
	}

	private ExpertView expert(long poolOrg, String username, String name, String title, long orgId, String unit,
			List<String> tags) {
		Actor keeper = new Actor(0, "demo", "demo", Set.of(Role.UNION_ADMIN), poolOrg);
		long id = judging.addExpert(keeper, new ExpertDraft(username, name, title, orgId, unit, null, tags, password));
		return judging.expert(id).orElseThrow();
	}

	private static RubricDraft.Criterion criterion(String code, String part, String label, int max, String descriptors,
			boolean comment) {
		return new RubricDraft.Criterion(code, part, label, CriterionKind.JUDGED, BigDecimal.valueOf(max),
				BigDecimal.ZERO, BigDecimal.valueOf(max), descriptors, comment);
	}

}
