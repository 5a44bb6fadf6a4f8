package cn.jiangxin.contest.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.demo.DemoContests;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoRoster.Someone;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;
import cn.jiangxin.shared.files.PdfDocuments;

/**
 * The contest module's demo data: the competitions and calls of the source articles at
 * their real sizes, set up through the contest module's own services (so every rule
 * applies): the finance big-model competition (185 teams, 2,000+ people, five tracks),
 * 经开区's industrial-robot final (30), the property-management contest (783, open now), a
 * co-hosted shield-tunnelling contest, the relief centre's five events (48), 北航's case
 * call (110 cases from 44 department unions) and 大兴's esports league (77 + 22 teams).
 * Finished ones are moved on to judging after their entries were confirmed while
 * registration was open; judging and awards go back to their dates afterwards.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class ContestDemo implements ApplicationModuleInitializer, DemoContests {

	private static final String DECLARATION = "本人承诺所填信息真实，所提交作品为本人（本团队）原创，不侵犯他人知识产权，遵守竞赛规则。";

	private final ContestApi contests;

	private final ContestService setup;

	private final EntryService registration;

	private final SubmissionService submissions;

	private final PdfDocuments pdfs;

	private final OrgApi orgs;

	private final JdbcClient jdbc;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	private Map<String, Long> unions;

	private Random random;

	ContestDemo(ContestApi contests, ContestService setup, EntryService registration, SubmissionService submissions,
			PdfDocuments pdfs, OrgApi orgs, JdbcClient jdbc, DemoRoster roster, DemoSeeding seeding, DemoStory story) {
		this.contests = contests;
		this.setup = setup;
		this.registration = registration;
		this.submissions = submissions;
		this.pdfs = pdfs;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("contest", () -> jdbc.sql("SELECT COUNT(*) FROM contest").query(Long.class).single() > 0,
				this::create);
	}

	@Override
	public long id(String title) {
		return jdbc.sql("SELECT MIN(id) FROM contest WHERE title = ?").param(title).query(Long.class).single();
	}

	/** The contests in the order they were set up, each at its own dates. */
	private void create() {
		unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		random = new Random(20250618L);
		finance();
		relief();
		robots();
		buaaCases();
		esports();
		property();
		shieldTunnelling();
		jingkaiInnovation();
	}

	/**
	 * Case 1: 185 teams of 6–15 from the 17 financial institutions over five tracks, now
	 * in judging.
	 */
	private void finance() {
		long id = contest(ContestKind.SKILLS, FINANCE, "以赛促学 · 智启金融", """
				围绕大模型技术在金融业务中的应用，设智能营销、智能风控、办公运营、研发辅助、业务创新五个赛道。\
				各金融机构工会组织职工组队参赛，经初赛、复赛多轮专家评审，13 个项目入围决赛，\
				决赛以汇报、演示、答辩方式进行，从创新性、实用性、可推广性三方面评分。""", DemoUnions.FINANCE, List.of(DemoUnions.CITY, "中国人民银行北京市分行工会"),
				List.of(DemoUnions.FINANCE, "中国人民银行北京市分行工会"), DemoStory.beijing(2025, 6, 16, 9),
				DemoStory.beijing(2025, 7, 31, 17));
		List<String> names = List.of("智能营销", "智能风控", "办公运营", "研发辅助", "业务创新");
		List<Long> tracks = new ArrayList<>();
		for (String name : names) {
			tracks
				.add(setup.addTrack(system, id,
						TrackDraft.team(name, 3, 15)
							.withQuota(5)
							.withRules(Set.of(), null, null, DECLARATION)
							.describedAs(name + "方向的大模型应用方案")
							.withRequirements(List.of(RequirementDraft.text("summary", "方案简介", 800),
									new RequirementDraft("proposal", "方案材料（PDF 或 PPT）", true, false,
											List.of("pdf", "pptx"), 50, null)))));
		}
		round(id, null, 1, "初赛", RoundFormat.MATERIAL_REVIEW, "专家材料评审：创新性 40 / 实用性 30 / 可推广性 30",
				Advancement.TOP_N_OVERALL, 60, DemoStory.beijing(2025, 8, 5, 9), 15);
		round(id, null, 2, "复赛", RoundFormat.MATERIAL_REVIEW, "多轮专家评审：创新性 40 / 实用性 30 / 可推广性 30",
				Advancement.TOP_N_OVERALL, 13, DemoStory.beijing(2025, 9, 1, 9), 19);
		round(id, null, 3, "决赛", RoundFormat.ONSITE_DEFENSE, "汇报 + 演示 + 答辩：创新性 40 / 实用性 30 / 可推广性 30", Advancement.NONE,
				null, DemoStory.beijing(2025, 10, 18, 9), 1);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		String[] topics = { "客户画像与精准营销助手", "信贷反欺诈识别模型", "智能公文写作助手", "代码生成与评审助手", "普惠金融智能客服", "理财产品智能推荐", "交易异常实时预警",
				"会议纪要自动生成", "测试用例智能生成", "跨境结算智能审单", "网点排队智能调度", "反洗钱可疑交易筛查", "合同条款智能比对", "运维日志根因分析", "农户授信智能评估" };
		List<EntryDraft> drafts = new ArrayList<>();
		int team = 0;
		for (int u = 0; u < DemoUnions.FINANCIAL_INSTITUTIONS.size(); u++) {
			String institution = DemoUnions.FINANCIAL_INSTITUTIONS.get(u);
			Iterator<Someone> people = roster.of(institution).iterator();
			int teams = u < 15 ? 11 : 10;
			for (int t = 0; t < teams; t++) {
				int size = 10 + (team * 5 + u) % 4;
				Someone leader = people.next();
				List<Long> members = new ArrayList<>();
				for (int i = 1; i < size && people.hasNext(); i++) {
					members.add(people.next().id());
				}
				String unit = DemoUnions.unitNameOf(institution).replaceAll("(股份有限公司|有限公司|有限责任公司)", "");
				drafts.add(new EntryDraft(tracks.get(team % tracks.size()),
						unit + "·" + topics[(team * 7 + u) % topics.length], leader.id(), members, true));
				team++;
			}
		}
		List<Long> entries = registerAll(id, drafts);
		for (int i = 0; i < entries.size(); i++) {
			long entry = entries.get(i);
			submissions.submit(system, entry, new SubmissionDraft(Map.of("summary",
					"本团队基于大模型构建" + drafts.get(i).title().substring(drafts.get(i).title().indexOf('·') + 1)
							+ "，结合行内业务数据与知识库，实现从需求识别、方案生成到人工复核的闭环，试点期间业务处理效率提升 " + (20 + random.nextInt(40)) + "%。"),
					i % 14 == 0 ? List.of(proposal(drafts.get(i).title())) : List.of()));
			registration.confirm(system, entry);
		}
		close(id);
	}

	/**
	 * Case 2: 经开区's industrial-robot maintenance final, 30 finalists from six companies,
	 * theory 30% + practical 70%.
	 */
	private void robots() {
		long id = contest(ContestKind.SKILLS, ROBOTS, "技能成才 · 技能报国", """
				决赛设理论考试（基础知识、操作规范、故障诊断）与实操考核（安装调试、编程、故障排除），\
				历时三天。决赛前为入围选手组织集中培训。设一等奖 1 名、二等奖 3 名、三等奖 6 名。""", DemoUnions.JINGKAI, List.of(DemoUnions.JINGKAI),
				List.of(), story.daysAgo(60, 9), story.daysAgo(40, 17));
		long track = setup.addTrack(system, id,
				TrackDraft.individual("工业机器人系统运维员")
					.withQuota(5)
					.withRules(Set.of(EmploymentType.EMPLOYEE), 18, 60, DECLARATION)
					.describedAs("面向区内制造企业一线职工"));
		round(id, null, 1, "决赛", RoundFormat.PRACTICAL_TEST, "理论考试 30%（基础知识、操作规范、故障诊断）+ 实操考核 70%（安装调试、编程、故障排除）",
				Advancement.NONE, null, -12, 3);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		List<EntryDraft> drafts = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			roster.of(company)
				.stream()
				.filter(age(contests.find(id).orElseThrow(), 18, 60))
				.limit(5)
				.forEach(p -> drafts.add(new EntryDraft(track, null, p.id(), List.of(), true)));
		}
		registerAll(id, drafts).forEach(entry -> registration.confirm(system, entry));
		close(id);
	}

	/** Case 3: the property-management contest of 市建筑工会, 783 entrants, still open. */
	private void property() {
		long id = contest(ContestKind.SKILLS, story.year() + "年北京市物业管理行业职业技能竞赛（物业管理员）", "匠心服务 · 品质物业", """
				竞赛分理论知识考试和实际操作考核两部分，实际操作含客户服务、设施设备管理、应急处置。\
				获得第一名的选手，按规定申报“首都建筑工匠”称号。""", DemoUnions.CONSTRUCTION, List.of(DemoUnions.CONSTRUCTION),
				List.of("北京首建物业服务有限公司工会"), story.daysAgo(20, 9), story.daysAgo(-10, 17));
		long track = setup.addTrack(system, id,
				TrackDraft.individual("物业管理员")
					.withRules(Set.of(), 18, 60, DECLARATION)
					.describedAs("物业服务企业从事客户服务、设施管理等工作的职工"));
		round(id, null, 1, "初赛", RoundFormat.THEORY_EXAM, "理论知识考试，百分制", Advancement.TOP_N_OVERALL, 60, 12, 1);
		round(id, null, 2, "决赛", RoundFormat.PRACTICAL_TEST, "理论 30% + 实操 70%（客户服务、设施设备管理、应急处置）", Advancement.NONE,
				null, 20, 2);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		List<EntryDraft> drafts = new ArrayList<>();
		ContestView contest = contests.find(id).orElseThrow();
		for (String company : DemoUnions.PROPERTY_COMPANIES) {
			roster.of(company)
				.stream()
				.filter(age(contest, 18, 60))
				.forEach(p -> drafts.add(new EntryDraft(track, null, p.id(), List.of(), true)));
		}
		List<Long> entries = registerAll(id, drafts.subList(0, Math.min(783, drafts.size())));
		for (int i = 0; i < entries.size(); i += 4) {
			registration.confirm(system, entries.get(i));
		}
	}

	/**
	 * A contest co-hosted by two industry unions from different branches: construction
	 * and transport.
	 */
	private void shieldTunnelling() {
		long id = contest(ContestKind.SKILLS, story.year() + "年北京市盾构机操作工职业技能竞赛", "地下穿行 · 毫米必争",
				"由市建筑工会与市交通运输工会联合主办，面向城市轨道交通建设与运营单位的盾构机操作、维保职工。", DemoUnions.CITY,
				List.of(DemoUnions.CONSTRUCTION, DemoUnions.TRANSPORT), List.of("北京城建集团有限责任公司工会"), story.daysAgo(15, 9),
				story.daysAgo(-10, 17));
		long track = setup.addTrack(system, id,
				TrackDraft.individual("盾构机操作工")
					.withQuota(12)
					.withRules(Set.of(EmploymentType.EMPLOYEE), 20, 55, DECLARATION));
		round(id, null, 1, "决赛", RoundFormat.PRACTICAL_TEST, "理论 30% + 实操 70%（始发掘进、姿态控制、管片拼装）", Advancement.NONE, null,
				25, 2);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		ContestView contest = contests.find(id).orElseThrow();
		List<EntryDraft> drafts = new ArrayList<>();
		for (String union : List.of("北京城建集团有限责任公司工会", "北京地铁公司工会")) {
			roster.of(union)
				.stream()
				.filter(age(contest, 20, 55))
				.limit(10)
				.forEach(p -> drafts.add(new EntryDraft(track, null, p.id(), List.of(), true)));
		}
		registerAll(id, drafts);
	}

	/**
	 * Case 4: the relief centre's second skills contest, 48 workers over five events, now
	 * in judging.
	 */
	private void relief() {
		long id = contest(ContestKind.SKILLS, RELIEF, "练精兵 · 强服务", "设会务速记、会务速录、会务保障、分装餐食、膳食服务五个项目，设个人奖 21 个、单位团体奖 5 个。",
				DemoUnions.RELIEF_CENTRE, List.of(DemoUnions.RELIEF_CENTRE), List.of(), story.daysAgo(230, 9),
				story.daysAgo(210, 17));
		List<String> events = List.of("会务速记", "会务速录", "会务保障", "分装餐食", "膳食服务");
		List<Long> tracks = new ArrayList<>();
		for (String event : events) {
			tracks.add(setup.addTrack(system, id, TrackDraft.individual(event).withRules(Set.of(), null, null, null)));
		}
		round(id, null, 1, "决赛", RoundFormat.PRACTICAL_TEST, "现场实操，按项目评分细则计分", Advancement.NONE, null, -200, 1);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		List<Someone> staff = new ArrayList<>();
		DemoUnions.RELIEF_DEPARTMENTS.forEach(d -> staff.addAll(roster.of(d)));
		List<EntryDraft> drafts = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			Someone person = staff.get((i * 7) % staff.size());
			drafts.add(new EntryDraft(tracks.get(i % tracks.size()), null, person.id(), List.of(), true));
		}
		registerAll(id, drafts).forEach(entry -> registration.confirm(system, entry));
		close(id);
	}

	/**
	 * Case 5: 北航's case call over four areas, 110 cases from the 44 department unions, in
	 * structured form.
	 */
	private void buaaCases() {
		long id = contest(ContestKind.CASE_CALL, BUAA, "数智赋能 · 智汇工惠", """
				面向全校各分工会征集工会数字化工作案例，分智慧关爱、智慧民主管理、智慧文化赋能、其他智慧服务四个方向，\
				从创新性、实效性、可推广性三方面评审，优秀案例参加现场答辩展示，并汇编为电子案例集。""", DemoUnions.BUAA, List.of(DemoUnions.BUAA), List.of(),
				story.daysAgo(50, 9), story.daysAgo(8, 17));
		List<String> areas = List.of("智慧关爱", "智慧民主管理", "智慧文化赋能", "其他智慧服务");
		List<Long> tracks = new ArrayList<>();
		List<RequirementDraft> form = new ArrayList<>(RequirementDraft.caseForm());
		form.add(new RequirementDraft("attachment", "案例材料（PDF）", true, false, List.of("pdf"), 20, null));
		for (String area : areas) {
			tracks.add(setup.addTrack(system, id, TrackDraft.individual(area).withRequirements(form)));
		}
		round(id, null, 1, "初评", RoundFormat.MATERIAL_REVIEW, "创新性 40 / 实效性 30 / 可推广性 30", Advancement.TOP_N_OVERALL,
				20, -5, 10);
		round(id, null, 2, "答辩展示", RoundFormat.ONSITE_DEFENSE, "现场汇报与答辩：创新性 40 / 实效性 30 / 可推广性 30", Advancement.NONE,
				null, 12, 1);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		List<EntryDraft> drafts = new ArrayList<>();
		List<Map<String, String>> texts = new ArrayList<>();
		DemoCases cases = new DemoCases(random);
		for (int d = 0; d < DemoUnions.BUAA_DEPARTMENTS.size(); d++) {
			String department = DemoUnions.BUAA_DEPARTMENTS.get(d);
			int count = d % 2 == 0 ? 3 : 2;
			for (int c = 0; c < count; c++) {
				int area = (d + c) % areas.size();
				DemoCases.Case filed = cases.next(area, department);
				drafts.add(new EntryDraft(tracks.get(area), filed.title(), roster.of(department).get(c).id(), List.of(),
						false));
				texts.add(filed.texts());
			}
		}
		List<Long> entries = registerAll(id, drafts);
		for (int i = 0; i < entries.size(); i++) {
			submissions.submit(system, entries.get(i), new SubmissionDraft(texts.get(i), List.of()));
			registration.confirm(system, entries.get(i));
		}
		close(id);
	}

	/**
	 * Case 8: 大兴's fourth workers' esports league, 77 teams (about 500 players) and 22
	 * teams (120), open now.
	 */
	private void esports() {
		long id = contest(ContestKind.LEAGUE, "大兴区第四届职工电竞联赛", "电竞青春 · 健康生活",
				"设《王者荣耀》《和平精英》两个项目，以企业为单位组队，小组循环赛、淘汰赛、总决赛三个阶段。", DemoUnions.DAXING, List.of(DemoUnions.DAXING),
				List.of(DemoUnions.DAXING_BIOBASE), story.daysAgo(25, 9), story.daysAgo(-10, 17));
		long honor = setup.addTrack(system, id,
				TrackDraft.team("王者荣耀", 5, 7).withRules(Set.of(), 18, null, "本人承诺遵守比赛规则与公平竞技精神，服从赛事安排。"));
		long peace = setup.addTrack(system, id,
				TrackDraft.team("和平精英", 4, 6).withRules(Set.of(), 18, null, "本人承诺遵守比赛规则与公平竞技精神，服从赛事安排。"));
		round(id, null, 1, "小组循环赛", RoundFormat.PRACTICAL_TEST, "胜场积分", Advancement.TOP_N_PER_TRACK, 16, 12, 7);
		round(id, null, 2, "淘汰赛", RoundFormat.PRACTICAL_TEST, "三局两胜", Advancement.TOP_N_PER_TRACK, 4, 20, 3);
		round(id, null, 3, "总决赛", RoundFormat.PRACTICAL_TEST, "五局三胜", Advancement.NONE, null, 25, 1);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
		ContestView contest = contests.find(id).orElseThrow();
		List<Someone> players = new ArrayList<>();
		DemoUnions.DAXING_COMPANIES
			.forEach(company -> roster.of(company).stream().filter(age(contest, 18, 200)).forEach(players::add));
		String[] names = { "破晓", "星火", "雷霆", "极光", "逐风", "赤焰", "苍穹", "凌云", "铁骑", "疾风", "锐意", "领航" };
		List<EntryDraft> drafts = new ArrayList<>();
		int at = 0;
		for (int t = 0; t < 77; t++) {
			int size = t < 38 ? 7 : 6;
			drafts.add(team(honor, names[t % names.length] + "战队" + (t / names.length + 1), players, at, size));
			at += size;
		}
		for (int t = 0; t < 22; t++) {
			int size = t < 10 ? 6 : 5;
			drafts.add(team(peace, names[(t + 5) % names.length] + "小队" + (t / names.length + 1), players, at, size));
			at += size;
		}
		List<Long> entries = registerAll(id, drafts);
		for (int i = 0; i < entries.size(); i += 3) {
			registration.confirm(system, entries.get(i));
		}
	}

	/**
	 * An open project call in 经开区 where the demo members (宗树龙, 刘旺, 白洪涛) can form a team
	 * and enter.
	 */
	private void jingkaiInnovation() {
		long id = contest(ContestKind.PROJECT_CALL, story.year() + "年经开区职工创新创效项目征集", "小发明 · 小创造 · 小革新",
				"面向区内企业职工征集技术革新、工艺改进、节能降耗等创新项目，可个人或组队申报，团队 2–5 人。", DemoUnions.JINGKAI, List.of(DemoUnions.JINGKAI),
				List.of(), story.daysAgo(10, 9), story.daysAgo(-10, 17));
		setup.addTrack(system, id, TrackDraft.team("技术革新", 2, 5)
			.withQuota(3)
			.withRules(Set.of(), null, null, DECLARATION)
			.withRequirements(List.of(RequirementDraft.text("summary", "项目简介", 500),
					RequirementDraft.text("results", "已取得的成效", 500),
					new RequirementDraft("proposal", "项目申报书（PDF）", true, false, List.of("pdf", "docx"), 20, null))));
		setup.addTrack(system, id, TrackDraft.individual("合理化建议")
			.withRequirements(List.of(RequirementDraft.text("summary", "建议内容", 800))));
		round(id, null, 1, "评审", RoundFormat.MATERIAL_REVIEW, "创新性 40 / 实用性 30 / 效益 30", Advancement.NONE, null, 12,
				10);
		setup.advance(system, id, ContestStatus.OPEN);
		registering(id);
	}

	/**
	 * Registers the entries one by one under the same rules as the pages; returns their
	 * ids in order.
	 */
	private List<Long> registerAll(long contest, List<EntryDraft> drafts) {
		List<Long> ids = new ArrayList<>(drafts.size());
		for (EntryDraft draft : drafts) {
			ids.add(registration.register(system, contest, draft));
		}
		return ids;
	}

	private EntryDraft team(long track, String title, List<Someone> players, int from, int size) {
		List<Long> members = new ArrayList<>();
		for (int i = from + 1; i < from + size; i++) {
			members.add(players.get(i).id());
		}
		return new EntryDraft(track, title, players.get(from).id(), members, true);
	}

	/**
	 * Creates a contest, five days before its registration opens, with its registration
	 * window.
	 */
	private long contest(ContestKind kind, String title, String theme, String description, String scope,
			List<String> hosts, List<String> organisers, Instant opens, Instant closes) {
		story.at(opens.minus(Duration.ofDays(5)));
		return setup.create(system, new ContestDraft(kind, title, theme, description, unions.get(scope), opens, closes,
				hosts.stream().map(unions::get).toList(), organisers.stream().map(unions::get).toList()));
	}

	/**
	 * A round starting {@code startInDays} from today (negative: in the past) and lasting
	 * {@code days}.
	 */
	private void round(long contest, Long track, int ordinal, String name, RoundFormat format, String plan,
			Advancement advancement, Integer value, int startInDays, int days) {
		round(contest, track, ordinal, name, format, plan, advancement, value, story.daysAgo(-startInDays, 9), days);
	}

	/** A round starting at {@code starts} and lasting {@code days}. */
	private void round(long contest, Long track, int ordinal, String name, RoundFormat format, String plan,
			Advancement advancement, Integer value, Instant starts, int days) {
		setup.addRound(system, contest,
				new RoundDraft(track, ordinal, name, format, starts, starts.plus(Duration.ofDays(days)), plan,
						advancement, value == null ? null : BigDecimal.valueOf(value)));
	}

	/**
	 * The story moves into the contest's registration, two days after it opened: entries
	 * come in now.
	 */
	private void registering(long id) {
		story.at(contests.find(id).orElseThrow().opensAt().plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
	}

	/**
	 * Registration ends at its closing time, and an hour later the organisers move the
	 * contest to judging.
	 */
	private void close(long id) {
		story.at(contests.find(id).orElseThrow().closesAt().plus(Duration.ofHours(1)));
		setup.advance(system, id, ContestStatus.JUDGING);
	}

	/** Someone whose age on the contest's closing day is within the range. */
	private static Predicate<Someone> age(ContestView contest, int min, int max) {
		LocalDate closing = contest.closesAt().atZone(Zones.BEIJING).toLocalDate();
		return someone -> {
			int years = Period.between(someone.birthDate(), closing).getYears();
			return years >= min && years <= max;
		};
	}

	private SubmissionDraft.FilePart proposal(String title) {
		String xhtml = """
				<html><head><style>body { font-family: %s; } h1 { color: #8e1414; }</style></head>
				<body><h1>%s</h1><p>项目方案书（演示数据）</p><p>一、业务痛点；二、技术路线；三、试点成效；四、推广计划。</p></body></html>
				""".formatted(PdfDocuments.FONT_FAMILY, title);
		return new SubmissionDraft.FilePart("proposal", title + "-方案.pdf", new ByteArrayResource(pdfs.render(xhtml)));
	}

}
