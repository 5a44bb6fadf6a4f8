package cn.jiangxin.innovation.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoRoster.Someone;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The innovation module's demo data: 一中院's city-level studio with its 18 core members
 * (seed 003), the 25 transport studios that founded the alliance in April 2021 (seed
 * 004), and about two hundred and fifty studios across the tree at every level, so that
 * the registry's filters and counts mean something. The 13 finance studios are not
 * written here: they come from the contest's titles (see {@link StudioTitles}). Decision
 * numbers are made up in the usual form.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class InnovationDemo implements ApplicationModuleInitializer {

	private final StudioService studios;

	private final AchievementService achievements;

	private final MentoringService mentoring;

	private final AllianceService alliances;

	private final ProblemService problems;

	private final ProjectService projects;

	private final LevelService levels;

	private final ReviewService reviewing;

	private final AchievementFiles evidence;

	private long transportAlliance;

	private final Clock clock;

	/** The studios written, by name, with their people (leader first). */
	private final Map<String, Long> made = new HashMap<>();

	private final Map<String, List<Someone>> crews = new HashMap<>();

	private final Map<String, String> hosts = new HashMap<>();

	private final OrgApi orgs;

	private final JdbcClient jdbc;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	private Map<String, Long> unions;

	InnovationDemo(StudioService studios, AchievementService achievements, MentoringService mentoring,
			AllianceService alliances, ProblemService problems, ProjectService projects, LevelService levels,
			ReviewService reviewing, AchievementFiles evidence, OrgApi orgs, JdbcClient jdbc, DemoRoster roster,
			DemoSeeding seeding, DemoStory story, Clock clock) {
		this.clock = clock;
		this.problems = problems;
		this.levels = levels;
		this.reviewing = reviewing;
		this.evidence = evidence;
		this.projects = projects;
		this.studios = studios;
		this.achievements = achievements;
		this.mentoring = mentoring;
		this.alliances = alliances;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("innovation",
				() -> jdbc.sql("SELECT COUNT(*) FROM studio WHERE origin_honor_id IS NULL")
					.query(Long.class)
					.single() > 0,
				this::write);
	}

	private void write() {
		unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		story.at(DemoStory.beijing(2024, 9, 10, 10));
		court();
		transport();
		acrossTheTree();
		cityCall2025();
		story.at(DemoStory.beijing(2025, 12, 1, 10));
		achievements();
		mentoring();
		alliance();
		story.at(DemoStory.beijing(2026, 3, 2, 10));
		String merged = "北航图书馆后勤服务创新工作室";
		studios.dissolve(system, made.get(merged),
				new Dissolution(LocalDate.of(2026, 2, 27), "图书馆服务岗位调整，工作室成员并入北航图书馆科研辅助创新工作室"));
		reviews();
		cityCallNow();
		openCalls();
	}

	/**
	 * What the studios achieved: the alliance's PIS display repair and cloud voice
	 * training (seed 004) as joint outcomes of the studios that did them, 一中院's books and
	 * its clerks' gold medals (seed 003), patents of the signal and EMU studios, and a
	 * patent of every other 经开区 studio. Numbers, titles and sums are made up in the usual
	 * form.
	 */
	private void achievements() {
		String pis = "地铁乘客信息系统维修创新工作室";
		record(pis,
				new AchievementDraft(AchievementKind.STANDARD, "乘客信息显示屏维修作业规范", LocalDate.of(2022, 12, 20), List.of(),
						null, null, "Q/BJDT 0215-2022", null, null, null, cards(pis), List.of(),
						List.of("北京京港地铁有限公司")));
		record("地铁信号设备创新工作室",
				new AchievementDraft(AchievementKind.PATENT, "一种地铁信号机故障快速诊断装置", LocalDate.of(2021, 11, 2), List.of(),
						"ZL202120345678.1", PatentKind.UTILITY, null, null, new BigDecimal("150000.00"), null,
						cards("地铁信号设备创新工作室"), List.of(), List.of()));
		record("动车组检修创新工作室",
				new AchievementDraft(AchievementKind.PATENT, "动车组转向架轴承温升在线监测方法", LocalDate.of(2020, 9, 18), List.of(),
						"ZL201910876543.2", PatentKind.INVENTION, null, null, null, null, cards("动车组检修创新工作室"),
						List.of(), List.of()));
		String court = "一中院职工创新工作室";
		long gold = achievements.record(system, made.get(court),
				new AchievementDraft(AchievementKind.AWARD, "全市法院书记员技能比赛金奖 4 项（包揽前三名）", LocalDate.of(2025, 6, 20),
						List.of(), null, null, null, "北京市高级人民法院", null, "7 人参赛全部获奖，其中 4 人获金奖，获奖人数和金奖人数均居全市法院首位。",
						crews.get(court).subList(0, 7).stream().map(Someone::cardNo).toList(), List.of(), List.of()));
		evidence.attach(system, gold,
				new DemoFile("书记员技能比赛获奖证书.pdf",
						certificate("Certificate of award",
								"Clerks' skills contest of Beijing courts, 2025: 4 gold medals",
								"Beijing High People's Court", "2025-06-20")));
		for (String book : List.of("民商事审判实务精要", "合同纠纷裁判规则解析", "一槌定音：示范庭审实录", "民法典合同编司法解释理解与适用", "书记员履职能力提升读本")) {
			record(court,
					new AchievementDraft(AchievementKind.PUBLICATION, book, LocalDate.of(2024, 10, 1 + book.length()),
							List.of(), null, null, null, "人民法院出版社", null, null, cards(court), List.of(), List.of()));
		}
		int n = 0;
		for (Map.Entry<String, Long> studio : made.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
			String name = studio.getKey();
			if (name.contains("焊装工艺") || name.contains("工业机器人") || name.contains("精密加工")) {
				n++;
				record(studio.getKey(),
						new AchievementDraft(AchievementKind.PATENT, studio.getKey().replace("创新工作室", "") + "改进装置",
								LocalDate.of(2023, 1 + n % 12, 1 + n % 28), List.of(),
								String.format("2023%d%07d.%d", 2, 1000 + n, n % 10), PatentKind.UTILITY, null, null,
								new BigDecimal(20000 + 1000 * n), null, cards(studio.getKey()), List.of(), List.of()));
			}
		}
	}

	/**
	 * 一中院's 名师带徒 (one assessed after its apprentices took gold, two running) and its
	 * trainings: the 一中云梯讲堂 shared with 15 courts and organs, the 一槌定音 demonstration
	 * trials, the classes for young officers and judges' assistants (seed 003); the
	 * transport alliance's cloud voice training course.
	 */
	private void mentoring() {
		String court = "一中院职工创新工作室";
		long studio = made.get(court);
		List<Someone> crew = crews.get(court);
		List<Someone> all = roster.of(DemoUnions.COURT);
		long first = mentoring.agree(system, studio,
				new MentorshipDraft(crew.get(1).cardNo(), List.of(all.get(20).cardNo(), all.get(21).cardNo()),
						LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "庭审记录与速录技能达到全市法院书记员技能标兵水平，参加全市书记员技能比赛。"));
		mentoring.progress(system, first, new ProgressNote(LocalDate.of(2024, 6, 28), "完成速录基本功训练，每分钟录入达 180 字。"));
		mentoring.progress(system, first,
				new ProgressNote(LocalDate.of(2024, 10, 30), "跟庭记录民商事案件 40 件，庭审笔录差错率降至千分之二。"));
		mentoring.progress(system, first, new ProgressNote(LocalDate.of(2025, 2, 20), "参加院内技能比武，两人均进入前五名。"));
		for (Someone apprentice : List.of(all.get(20), all.get(21))) {
			mentoring.assess(system, first, new Assessment(apprentice.cardNo(), Assessment.GoalsMet.MET,
					"全市法院书记员技能比赛金奖", "训练刻苦，庭审记录规范准确。", LocalDate.of(2025, 6, 25)));
		}
		long second = mentoring.agree(system, studio,
				new MentorshipDraft(crew.get(2).cardNo(),
						List.of(all.get(22).cardNo(), all.get(23).cardNo(), all.get(24).cardNo()),
						LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), "法官助理掌握民商事案件庭前准备、类案检索和裁判文书辅助起草。"));
		mentoring.progress(system, second, new ProgressNote(LocalDate.of(2025, 6, 30), "完成类案检索专题训练，每人提交检索报告 10 份。"));
		mentoring.progress(system, second,
				new ProgressNote(LocalDate.of(2025, 10, 31), "辅助起草裁判文书 12 份，经审判长审核通过 11 份。"));
		mentoring.agree(system, studio, new MentorshipDraft(crew.get(0).cardNo(), List.of(all.get(25).cardNo()),
				LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), "青年法官独立主持“一槌定音”示范庭审，形成可推广的庭审规范。"));
		train(court, TrainingDraft.Kind.LECTURE, "一中云梯讲堂：民法典合同编司法解释专题", LocalDate.of(2024, 5, 16), 2, 260, 15, "3.0");
		train(court, TrainingDraft.Kind.TRAINING, "青年干警“实战实干实训”班", LocalDate.of(2024, 7, 8), 12, 120, 0, "40.0");
		train(court, TrainingDraft.Kind.DEMONSTRATION, "“一槌定音”专家示范庭审（7 名专家 6 场）", LocalDate.of(2024, 11, 20), 7, 420, 6,
				"18.0");
		train(court, TrainingDraft.Kind.TRAINING, "法官助理“履职能力提升”班", LocalDate.of(2025, 4, 14), 9, 86, 0, "32.0");
		train(court, TrainingDraft.Kind.LECTURE, "全市“百名专家讲堂”精品课程（7 讲）", LocalDate.of(2025, 9, 10), 7, 350, 15, "14.0");
		train("地铁站务服务创新工作室", TrainingDraft.Kind.TRAINING, "云端语音培训推广培训", LocalDate.of(2022, 9, 20), 4, 640, 4, "2.0");
	}

	/**
	 * 市交通运输系统职工创新工作室联盟 (seed 004): founded in April 2021 by the 25 transport studios with
	 * 北京地铁公司工会 in the chair; its December forum signed 9 joint projects; the chair passed
	 * to 北京公交集团工会 on 31 August 2022; two working groups; a logistics studio's application
	 * waits. The seven project titles besides PIS and cloud voice training are made up.
	 */
	private void alliance() {
		long transport = unions.get(DemoUnions.TRANSPORT);
		story.at(DemoStory.beijing(2021, 4, 23, 10));
		long id = alliances.found(system,
				new AllianceDrafts.Founding("市交通运输系统职工创新工作室联盟", transport, LocalDate.of(2021, 4, 23),
						"市交通运输工会成立，首批 25 家交通运输系统职工创新工作室自愿加盟，开展交流研讨、集智攻关、联合创新。", unions.get(DemoUnions.METRO), "王玉维",
						"北京公交集团工会、中国铁路北京局集团有限公司工会"));
		made.entrySet()
			.stream()
			.filter(e -> e.getValue() != null && isTransport(e.getKey()))
			.sorted(Map.Entry.comparingByValue())
			.forEach(e -> alliances.admit(system, id, e.getValue()));
		story.at(DemoStory.beijing(2021, 12, 16, 10));
		long forum = alliances.event(system, id,
				new AllianceDrafts.Event(Alliance.EventKind.FORUM, "北京市交通运输系统职工创新工作室联盟发展论坛暨创新项目合作签约发布活动",
						LocalDate.of(2021, 12, 16), "北京地铁公司",
						List.of("乘客信息显示系统（PIS）维修技术攻关", "云端语音培训", "轨道交通信号设备故障快速诊断", "新能源公交车电池热管理优化", "动车组转向架在线监测技术推广",
								"航站楼航显设备节能改造", "高速公路机电设备预防性维护", "地铁与公交换乘客流信息共享", "窗口服务标准化培训教材编写")));
		alliances.group(system, id,
				new AllianceDrafts.Group("技术攻关组", made.get("地铁乘客信息系统维修创新工作室"),
						ids("高铁旅客信息显示创新工作室", "航站楼航显设备创新工作室", "公交电子站牌创新工作室", "地铁信号设备创新工作室", "动车组检修创新工作室"),
						"针对航空、高铁、公交、地铁共性技术难题组织联合攻关"));
		alliances.group(system, id,
				new AllianceDrafts.Group("窗口服务组", made.get("地铁站务服务创新工作室"),
						ids("公交窗口服务创新工作室", "铁路客运服务创新工作室", "航站楼旅客服务创新工作室", "京港地铁乘客服务创新工作室", "收费站服务创新工作室"),
						"针对服务行业倒班、人员分散的培训难题开展协同创新"));
		signings(id, forum);
		story.at(DemoStory.beijing(2022, 8, 31, 10));
		alliances.handover(system, id, new AllianceDrafts.Handover(unions.get(DemoUnions.BUS), "张政",
				"北京地铁公司工会、中国铁路北京局集团有限公司工会", LocalDate.of(2022, 8, 31)));
		alliances.event(system, id, new AllianceDrafts.Event(Alliance.EventKind.HANDOVER, "联盟理事长单位交接暨创新项目征集启动仪式",
				LocalDate.of(2022, 8, 31), "北京公交集团", List.of()));
		call2022(id);
		story.at(DemoStory.beijing(2025, 11, 12, 10));
		alliances.apply(system, id,
				new AllianceDrafts.Application(made.get("北京大兴医药物流冷链物流创新工作室"), "医药冷链运输与交通运输行业共性问题多，申请加入联盟技术攻关组。"));
	}

	/**
	 * The forum's 9 signings as joint projects, then their course: PIS display repair
	 * (lead 北京地铁, with 中国铁路北京局, 首都机场 and 北京公交, advised from 北京交通大学) and cloud voice
	 * training with their outcomes (seed 004); of the other seven, five closed, one still
	 * running and one cancelled. Dates after the signing, ratings, advisers and
	 * milestones are made up.
	 */
	private void signings(long alliance, long forum) {
		transportAlliance = alliance;
		long pis = sign(alliance, forum, "乘客信息显示系统（PIS）维修技术攻关", "地铁乘客信息系统维修创新工作室",
				List.of("高铁旅客信息显示创新工作室", "航站楼航显设备创新工作室", "公交电子站牌创新工作室"), List.of("pis", "显示屏", "维修"),
				"航空、高铁、公交、地铁乘客信息显示终端屏更换成本高，联合攻关实现板级维修和自主维修。", LocalDate.of(2022, 12, 31));
		projects.addAdviser(system, pis, new ProjectDrafts.Adviser("刘建华", "北京交通大学电子信息工程学院", "显示驱动电路"));
		milestone(pis, "故障机理分析与板级维修方案", LocalDate.of(2022, 3, 31), LocalDate.of(2022, 3, 25));
		milestone(pis, "维修工装与检测平台研制", LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 30));
		milestone(pis, "四家单位推广应用", LocalDate.of(2022, 10, 31), LocalDate.of(2022, 10, 20));
		long voice = sign(alliance, forum, "云端语音培训", "地铁站务服务创新工作室",
				List.of("铁路客运服务创新工作室", "航站楼旅客服务创新工作室", "京港地铁乘客服务创新工作室", "公交窗口服务创新工作室"), List.of("语音", "培训", "窗口服务"),
				"服务行业倒班、人员分散，利用碎片化时间开展语音培训和自学自考。", LocalDate.of(2022, 9, 30));
		milestone(voice, "培训题库与语音课件", LocalDate.of(2022, 4, 30), LocalDate.of(2022, 4, 28));
		milestone(voice, "云端平台上线", LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 15));
		long signal = sign(alliance, forum, "轨道交通信号设备故障快速诊断", "地铁信号设备创新工作室", List.of("铁路信号维护创新工作室"),
				List.of("信号", "故障诊断", "维修"), null, LocalDate.of(2023, 6, 30));
		long battery = sign(alliance, forum, "新能源公交车电池热管理优化", "公交车辆维修创新工作室", List.of("电车供电设备创新工作室"),
				List.of("新能源", "电池"), null, LocalDate.of(2023, 3, 31));
		long bogie = sign(alliance, forum, "动车组转向架在线监测技术推广", "动车组检修创新工作室", List.of("地铁车辆检修创新工作室", "京港地铁车辆维保创新工作室"),
				List.of("转向架", "检修"), null, LocalDate.of(2023, 9, 30));
		long terminal = sign(alliance, forum, "航站楼航显设备节能改造", "航站楼航显设备创新工作室", List.of("地铁乘客信息系统维修创新工作室"),
				List.of("显示屏", "节能"), "航显屏分时分区调光与备件互换，降低能耗与备件库存。", LocalDate.of(2027, 6, 30));
		milestone(terminal, "能耗测量与调光方案", LocalDate.of(2022, 9, 30), LocalDate.of(2022, 9, 26));
		milestone(terminal, "T3 航站楼试点改造", LocalDate.of(2026, 10, 31), null);
		long highway = sign(alliance, forum, "高速公路机电设备预防性维护", "高速公路机电创新工作室", List.of("公路养护技术创新工作室"),
				List.of("机电", "etc"), null, LocalDate.of(2023, 6, 30));
		long transfer = sign(alliance, forum, "地铁与公交换乘客流信息共享", "公交智能调度创新工作室", List.of("地铁通信技术创新工作室"),
				List.of("大数据", "智能调度"), null, LocalDate.of(2023, 12, 31));
		long textbook = sign(alliance, forum, "窗口服务标准化培训教材编写", "公交窗口服务创新工作室",
				List.of("铁路客运服务创新工作室", "航站楼旅客服务创新工作室", "收费站服务创新工作室"), List.of("窗口服务", "培训"), null,
				LocalDate.of(2022, 12, 31));
		story.at(DemoStory.beijing(2022, 6, 30, 16));
		report(pis, LocalDate.of(2022, 6, 30), "四家单位完成 126 块终端显示屏的板级维修，修复率 92%。", 80);
		projects.outcome(system, pis,
				new AchievementDraft(AchievementKind.METHOD, "乘客信息显示系统（PIS）终端显示屏维修技术", LocalDate.of(2022, 6, 30),
						List.of(), null, null, null, null, new BigDecimal("3260000.00"),
						"针对航空、高铁、公交、地铁乘客信息显示终端屏更换成本高的难题，联合攻关实现显示屏板级维修，逐步实现自主维修的专业化和标准化。",
						cards("地铁乘客信息系统维修创新工作室", "高铁旅客信息显示创新工作室", "航站楼航显设备创新工作室", "公交电子站牌创新工作室"),
						List.of("北京交通大学指导专家组"), List.of("北京地铁公司", "中国铁路北京局集团有限公司", "首都机场集团有限公司", "北京公交集团")));
		long method = projects.outcomes(system, pis).get(0).id();
		evidence.attach(system, method,
				new DemoFile("PIS终端显示屏维修技术鉴定证书.pdf", certificate("Technical appraisal certificate",
						"PIS passenger information display repair method", "Beijing Subway / China Railway Beijing /",
						"Capital Airport / Beijing Public Transport", "2022-06-30")));
		story.at(DemoStory.beijing(2022, 8, 15, 16));
		projects.outcome(system, voice, new AchievementDraft(AchievementKind.SOFTWARE, "云端语音培训系统",
				LocalDate.of(2022, 8, 15), List.of(), null, null, null, null, new BigDecimal("480000.00"),
				"针对服务行业倒班、人员分散不利于集中培训的问题，职工利用碎片化时间自学自考，提高培训效率和效果。", cards("地铁站务服务创新工作室", "铁路客运服务创新工作室", "航站楼旅客服务创新工作室"),
				List.of(), List.of("北京地铁公司", "中国铁路北京局集团有限公司", "首都机场集团有限公司", "北京京港地铁有限公司", "北京公交集团")));
		story.at(DemoStory.beijing(2022, 8, 30, 16));
		close(voice, JointProject.Rating.GOOD, "云端平台覆盖五家单位窗口岗位，完成培训 1.2 万人次。", LocalDate.of(2022, 8, 30));
		story.at(DemoStory.beijing(2022, 10, 15, 16));
		projects.cancel(system, highway,
				new ProjectDrafts.Cancelling("首发集团机电系统整体升级改造，原攻关内容并入改造项目。", LocalDate.of(2022, 10, 15)));
		story.at(DemoStory.beijing(2022, 11, 30, 16));
		close(textbook, JointProject.Rating.EXCELLENT, "教材《交通运输窗口服务规范与实务》完成编写，四家单位统一使用。", LocalDate.of(2022, 11, 30));
		story.at(DemoStory.beijing(2022, 12, 28, 16));
		close(pis, JointProject.Rating.EXCELLENT, "实现终端显示屏自主维修，四家单位年节约更换费用 326 万元，形成维修作业规范。",
				LocalDate.of(2022, 12, 28));
		story.at(DemoStory.beijing(2023, 3, 31, 16));
		close(battery, JointProject.Rating.PASS, "完成两种车型电池包热管理参数优化，冬季续航提升约 8%。", LocalDate.of(2023, 3, 31));
		story.at(DemoStory.beijing(2023, 6, 30, 16));
		close(signal, JointProject.Rating.GOOD, "形成信号机、转辙机常见故障快速诊断手册，平均处置时间缩短 30%。", LocalDate.of(2023, 6, 30));
		story.at(DemoStory.beijing(2023, 9, 28, 16));
		close(bogie, JointProject.Rating.EXCELLENT, "在线监测方法推广至两家地铁车辆段。", LocalDate.of(2023, 9, 28));
		story.at(DemoStory.beijing(2023, 12, 20, 16));
		close(transfer, JointProject.Rating.GOOD, "换乘站客流信息实现分钟级共享，试点 12 座换乘站。", LocalDate.of(2023, 12, 20));
		story.at(DemoStory.beijing(2026, 9, 20, 16));
		report(terminal, LocalDate.of(2026, 9, 20), "T3 航站楼 40% 航显屏完成分时调光改造，试点区能耗下降 18%。", 55);
	}

	/**
	 * The alliance's 2022 call, opened at the handover (seed 004): three problems, two
	 * matched (one project closed, one still running with an open issue), one unmatched.
	 * The problems, applications and projects are made up.
	 */
	private void call2022(long alliance) {
		story.at(DemoStory.beijing(2022, 8, 31, 15));
		long call = problems.open(system, new ProjectDrafts.Call("2022年联盟创新项目征集", alliance, null,
				"面向联盟成员单位征集生产运营中的技术难题，公开招募成员工作室揭榜攻关。", LocalDate.of(2022, 8, 31), LocalDate.of(2022, 10, 31)));
		long door = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.METRO), "轨道交通站台门故障智能诊断",
						"站台门故障多发于高峰时段，现有人工排查平均耗时 25 分钟，影响行车。", "信号、嵌入式、数据分析", "故障自动定位与预警系统，处置时间缩短一半",
						StudioField.RAIL_TRANSIT, List.of("站台门", "故障诊断", "信号"), LocalDate.of(2022, 10, 15)));
		long charging = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.BUS), "公交场站新能源车充电调度优化", "场站夜间集中充电负荷高、排队长，影响早高峰发车。",
						"新能源、调度算法、供电", "充电排程软件，峰值负荷降低 20%", StudioField.ROAD_TRANSPORT, List.of("新能源", "充电", "智能调度"),
						LocalDate.of(2022, 10, 15)));
		long baggage = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.TRANSPORT_COMPANIES.get(1)), "行李分拣异常识别",
						"行李分拣系统卡包、错分依靠人工巡视发现。", "图像识别、机电", "分拣线异常自动识别", StudioField.AVIATION, List.of("行李", "图像识别"),
						LocalDate.of(2022, 10, 15)));
		story.at(DemoStory.beijing(2022, 9, 20, 10));
		apply(door, "地铁信号设备创新工作室", "信号设备故障诊断经验，已有快速诊断装置专利。");
		apply(door, "铁路信号维护创新工作室", "站台门与信号联锁接口维护经验。");
		apply(door, "地铁通信技术创新工作室", "车地无线通信与数据采集。");
		apply(charging, "公交车辆维修创新工作室", "新能源车电池与充电设备维修骨干 12 人。");
		apply(charging, "公交智能调度创新工作室", "智能排班系统，可扩展充电排程。");
		apply(charging, "电车供电设备创新工作室", "供电负荷监测与变电运维。");
		apply(baggage, "机坪特种车辆维修创新工作室", "机坪特种车辆与输送设备维修。");
		story.at(DemoStory.beijing(2022, 10, 31, 10));
		long doorProject = problems.select(system, door,
				new ProjectDrafts.Selection(made.get("地铁信号设备创新工作室"), ids("铁路信号维护创新工作室"),
						List.of(new ProjectDrafts.Adviser("王海峰", "北京交通大学轨道交通控制与安全国家重点实验室", "故障诊断")),
						LocalDate.of(2022, 11, 1), LocalDate.of(2027, 12, 31), null));
		milestone(doorProject, "故障样本采集与标注", LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 20));
		milestone(doorProject, "诊断模型试运行", LocalDate.of(2026, 12, 31), null);
		long chargingProject = problems.select(system, charging,
				new ProjectDrafts.Selection(made.get("公交车辆维修创新工作室"), ids("公交智能调度创新工作室", "电车供电设备创新工作室"), List.of(),
						LocalDate.of(2022, 11, 1), LocalDate.of(2023, 6, 30), null));
		story.at(DemoStory.beijing(2022, 11, 1, 9));
		problems.close(system, call);
		story.at(DemoStory.beijing(2023, 6, 28, 16));
		projects.outcome(system, chargingProject,
				new AchievementDraft(AchievementKind.SOFTWARE, "公交场站新能源车充电排程系统", LocalDate.of(2023, 6, 28), List.of(),
						null, null, null, null, new BigDecimal("920000.00"), "按发车计划与电网负荷自动排定充电顺序，场站峰值负荷下降 23%。",
						cards("公交车辆维修创新工作室", "公交智能调度创新工作室"), List.of(), List.of("北京公交集团")));
		close(chargingProject, JointProject.Rating.GOOD, "排程系统在 6 个场站上线，峰值负荷下降 23%。", LocalDate.of(2023, 6, 30));
		story.at(DemoStory.beijing(2026, 10, 12, 16));
		report(doorProject, LocalDate.of(2026, 10, 12), "诊断模型在 2 条线路试运行，定位准确率 87%。", 70);
		projects.raise(system, doorProject, new ProjectDrafts.Issue("部分老线站台门控制器不开放数据接口", LocalDate.of(2026, 10, 12)));
	}

	/**
	 * The calls open now: the alliance's call for this year with five problems and nine
	 * applications, one already matched; and 经开区's call where 宗树龙's studio may apply. All
	 * made up.
	 */
	private void openCalls() {
		int year = story.year();
		story.at(story.daysAgo(20, 9));
		long call = problems.open(system, new ProjectDrafts.Call(year + "年交通运输行业创新项目征集", transportAlliance, null,
				"面向交通运输行业生产一线征集难题，公开招募联盟成员工作室组建跨专业团队揭榜攻关，高校院所提供指导。", storyDay(), storyDay().plusDays(60)));
		LocalDate deadline = storyDay().plusDays(45);
		long pis = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.BUS), "公交车载 PIS 显示屏国产化维修",
						"新购公交车车载乘客信息屏为进口驱动板，故障后只能整屏更换，单块费用 1.2 万元。", "显示屏维修、嵌入式、电子", "驱动板国产化替代与板级维修工艺",
						StudioField.ROAD_TRANSPORT, List.of("pis", "显示屏", "维修"), deadline));
		long freight = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.TRANSPORT_COMPANIES.get(0)), "货运场站作业安全预警",
						"货场装卸作业人车混行，夜间作业安全隐患多。", "视频分析、信号、安全管理", "人车越界实时预警", StudioField.RAILWAY,
						List.of("安全", "预警", "信号"), deadline));
		long baggage = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.TRANSPORT_COMPANIES.get(1)), "行李分拣系统异常识别与预警（再次征集）",
						"2022年征集未能揭榜，分拣线卡包、错分仍靠人工巡视。", "图像识别、机电维修", "分拣线异常自动识别", StudioField.AVIATION,
						List.of("行李", "图像识别", "维修"), deadline));
		long depot = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.BUS), "公交场站充电设施运维", "场站充电桩故障率高，报修响应慢。",
						"充电设备维修、供电", "充电桩预防性维护规程与备件库", StudioField.ROAD_TRANSPORT, List.of("充电", "新能源", "维修"),
						deadline));
		long etc = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.TRANSPORT_COMPANIES.get(2)), "高速公路 ETC 门架设备故障预测",
						"门架设备分布广，故障多在通行异常后才发现。", "机电、数据分析", "门架设备故障预测模型", StudioField.ROAD_TRANSPORT,
						List.of("etc", "机电", "故障诊断"), deadline));
		story.at(story.daysAgo(12, 10));
		apply(pis, "地铁乘客信息系统维修创新工作室", "牵头完成 PIS 维修技术攻关，有板级维修工装与检测平台。");
		apply(pis, "公交电子站牌创新工作室", "公交电子站牌显示屏维修经验，熟悉车载环境。");
		apply(pis, "高铁旅客信息显示创新工作室", "高铁 PIS 显示屏维修骨干 6 人。");
		apply(freight, "铁路信号维护创新工作室", "场站信号与联锁维护。");
		apply(baggage, "机坪特种车辆维修创新工作室", "输送设备维修。");
		apply(depot, "公交车辆维修创新工作室", "新能源车与充电设备维修骨干。");
		apply(depot, "电车供电设备创新工作室", "供电设备运维。");
		apply(etc, "高速公路机电创新工作室", "门架机电设备维护十余年。");
		apply(etc, "收费站服务创新工作室", "收费站一线通行异常记录。");
		story.at(story.daysAgo(3, 10));
		long depotProject = problems.select(system, depot, new ProjectDrafts.Selection(made.get("公交车辆维修创新工作室"),
				ids("电车供电设备创新工作室"), List.of(), storyDay(), storyDay().plusMonths(10), null));
		milestone(depotProject, "充电桩故障台账与分类", storyDay().plusMonths(2), null);
		milestone(depotProject, "预防性维护规程发布", storyDay().plusMonths(8), null);
		jingkaiCall(year);
	}

	/** 经开区's own call, open to its studios: 宗树龙 leads one of them (demo login). */
	private void jingkaiCall(int year) {
		story.at(story.daysAgo(10, 9));
		long call = problems.open(system, new ProjectDrafts.Call("经开区智能制造难题揭榜（" + year + "年）", null,
				unions.get(DemoUnions.JINGKAI), "区内企业发布生产难题，区内职工创新工作室揭榜攻关。", storyDay(), storyDay().plusDays(50)));
		LocalDate deadline = storyDay().plusDays(40);
		problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.JINGKAI_COMPANIES.get(2)), "焊装机器人焊缝质量在线检测",
						"车身焊装线焊缝质量靠抽检，缺陷发现滞后。", "焊装工艺、机器人、视觉检测", "焊缝质量在线检测与报警", StudioField.MANUFACTURING,
						List.of("焊装", "机器人", "质量"), deadline));
		long tools = problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.JINGKAI_COMPANIES.get(1)), "精密加工刀具磨损预测",
						"刀具更换凭经验，过早浪费、过晚报废工件。", "数控、精密加工、数据分析", "刀具寿命预测模型", StudioField.MANUFACTURING,
						List.of("数控", "精密加工", "维修"), deadline));
		problems.post(system, call,
				new ProjectDrafts.ProblemDraft(unions.get(DemoUnions.JINGKAI_COMPANIES.get(3)), "洁净车间设备点检数字化",
						"洁净车间设备点检记录靠纸质表单。", "设备维修、信息化", "移动点检与预警", StudioField.BIOMEDICAL, List.of("设备", "点检", "维修"),
						deadline));
		String turner = made.keySet()
			.stream()
			.filter(n -> n.startsWith(DemoUnions.unitNameOf(DemoUnions.JINGKAI_COMPANIES.get(1)).replace("股份有限公司", "")))
			.sorted()
			.findFirst()
			.orElseThrow();
		story.at(story.daysAgo(5, 10));
		apply(tools, turner, "数控设备维修与工艺改进经验。");
	}

	/** The story's day now, in Beijing. */
	private LocalDate storyDay() {
		return clock.instant().atZone(Zones.BEIJING).toLocalDate();
	}

	private long sign(long alliance, long forum, String title, String lead, List<String> partners, List<String> tags,
			String goal, LocalDate planEnds) {
		return projects.sign(system, new ProjectDrafts.Signing(alliance, forum, title, made.get(lead),
				partners.stream().map(made::get).toList(), tags, goal, LocalDate.of(2021, 12, 16), planEnds));
	}

	/** A one-page PDF standing in for a scanned certificate (the words are made up). */
	private static byte[] certificate(String... lines) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A5);
			pdf.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
				text.setLineWidth(2);
				text.addRect(20, 20, page.getMediaBox().getWidth() - 40, page.getMediaBox().getHeight() - 40);
				text.stroke();
				float y = page.getMediaBox().getHeight() - 80;
				for (int i = 0; i < lines.length; i++) {
					text.beginText();
					text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), i == 0 ? 16 : 10);
					text.newLineAtOffset(40, y);
					text.showText(lines[i]);
					text.endText();
					y -= i == 0 ? 40 : 22;
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file handed to the evidence store as a page would upload it. */
	private record DemoFile(String name, byte[] bytes) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return name;
		}

		@Override
		public String getContentType() {
			return "application/pdf";
		}

		@Override
		public boolean isEmpty() {
			return bytes.length == 0;
		}

		@Override
		public long getSize() {
			return bytes.length;
		}

		@Override
		public byte[] getBytes() {
			return bytes.clone();
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void transferTo(File dest) throws IOException {
			Files.write(dest.toPath(), bytes);
		}

	}

	private void milestone(long project, String title, LocalDate due, LocalDate done) {
		projects.addMilestone(system, project, new ProjectDrafts.Milestone(title, due));
		if (done != null) {
			long id = projects.project(system, project)
				.milestones()
				.stream()
				.filter(m -> m.title().equals(title))
				.findFirst()
				.orElseThrow()
				.id();
			projects.done(system, project, id, new ProjectDrafts.Done(done));
		}
	}

	private void report(long project, LocalDate on, String progress, int percent) {
		Actor manager = new Actor(0, "jiaotong", "交通运输工会管理员", Set.of(Role.UNION_ADMIN),
				unions.get(DemoUnions.TRANSPORT));
		projects.report(manager, project, new ProjectDrafts.Report(on, progress, percent));
	}

	private void close(long project, JointProject.Rating rating, String evaluation, LocalDate on) {
		projects.close(system, project, new ProjectDrafts.Closing(rating, evaluation, on));
	}

	private void apply(long problem, String studio, String offer) {
		problems.apply(system, problem, new ProjectDrafts.Application(made.get(studio), offer));
	}

	/** An admin of the union, named as the demo's timelines show them. */
	private Actor admin(String union, String username, String name) {
		return new Actor(0, username, name, Set.of(Role.UNION_ADMIN), unions.get(union));
	}

	/**
	 * 一中院's way to the city level (seed 003): applied in March 2025, recommended by
	 * 市直机关工会, on notice for 7 days, named by 京工发〔2025〕21号 on 28 April. Dates other than
	 * the year are made up.
	 */
	private void cityCall2025() {
		Actor city = admin(DemoUnions.CITY, "bjzgh", "市总工会管理员");
		story.at(DemoStory.beijing(2025, 3, 3, 9));
		long call = levels.open(city, new LevelDrafts.Call(unions.get(DemoUnions.CITY), StudioLevel.CITY, 2025,
				"北京市级职工创新工作室申报（2025年度）", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31), 7));
		story.at(DemoStory.beijing(2025, 3, 14, 10));
		long court = levels.apply(admin(DemoUnions.COURT, "yizhongyuan", "一中院工会管理员"),
				new LevelDrafts.Application(call, made.get("一中院职工创新工作室"),
						"核心成员 18 人，其中 15 人获评全市法院司法业务技能标兵；“一中云梯讲堂”带动 120 余人走上讲台，邀请 7 位专家授课；书记员技能比赛包揽前三名。"));
		story.at(DemoStory.beijing(2025, 4, 2, 10));
		levels.recommend(admin("北京市直属机关工会", "shizhi", "市直机关工会管理员"), court, new LevelDrafts.Note("同意推荐。"));
		story.at(DemoStory.beijing(2025, 4, 15, 10));
		levels.notice(city, court, new LevelDrafts.Note("经评审委员会审核，拟命名为市级职工创新工作室，予以公示。"));
		story.at(DemoStory.beijing(2025, 4, 28, 10));
		levels.confer(city, court, new LevelDrafts.Conferral("京工发〔2025〕21号", LocalDate.of(2025, 4, 28)));
		story.at(DemoStory.beijing(2025, 5, 6, 9));
		levels.close(city, call);
	}

	/**
	 * This year's city call, its applications at every stage: waiting for the industry
	 * union's recommendation, recommended, not recommended, on notice until three days
	 * from now, refused, withdrawn. All made up.
	 */
	private void cityCallNow() {
		Actor city = admin(DemoUnions.CITY, "bjzgh", "市总工会管理员");
		Actor transport = admin(DemoUnions.TRANSPORT, "jiaotong", "交通运输工会管理员");
		int year = story.year();
		story.at(story.daysAgo(150, 9));
		long call = levels.open(city, new LevelDrafts.Call(unions.get(DemoUnions.CITY), StudioLevel.CITY, year,
				"北京市级职工创新工作室申报（" + year + "年度）", storyDay(), storyDay().plusDays(50), 7));
		story.at(story.daysAgo(140, 10));
		Map<String, Long> applied = new HashMap<>();
		for (String studio : List.of("公交智能调度创新工作室", "地铁车辆检修创新工作室", "高铁旅客信息显示创新工作室", "航站楼航显设备创新工作室", "高速公路机电创新工作室",
				"京港地铁车辆维保创新工作室")) {
			applied.put(studio, levels.apply(transport, new LevelDrafts.Application(call, made.get(studio),
					studio.replace("创新工作室", "") + "方向的创新成果、人才培养和示范推广情况。")));
		}
		story.at(story.daysAgo(120, 10));
		for (String studio : List.of("地铁车辆检修创新工作室", "航站楼航显设备创新工作室", "高速公路机电创新工作室")) {
			levels.recommend(transport, applied.get(studio), new LevelDrafts.Note("同意推荐。"));
		}
		levels.notRecommend(transport, applied.get("高铁旅客信息显示创新工作室"), new LevelDrafts.Refusal("近三年无独立完成的成果，建议明年再申报。"));
		story.at(story.daysAgo(110, 10));
		levels.withdraw(transport, applied.get("京港地铁车辆维保创新工作室"));
		story.at(story.daysAgo(60, 10));
		levels.refuse(city, applied.get("高速公路机电创新工作室"), new LevelDrafts.Refusal("核心成员不足 5 人，成果推广范围有限。"));
		story.at(story.daysAgo(4, 10));
		levels.notice(city, applied.get("航站楼航显设备创新工作室"), new LevelDrafts.Note("拟命名，予以公示。"));
	}

	/**
	 * Last year's annual reviews of city-level studios, scored by the city: 一中院 and the
	 * PIS studio keep their level, the EMU studio waits for the decision, a bank's studio
	 * is lowered to the district level; the rest have not reported and are overdue.
	 * Scores, reports and the decision's number are made up.
	 */
	private void reviews() {
		Actor city = admin(DemoUnions.CITY, "bjzgh", "市总工会管理员");
		int year = story.year() - 1;
		story.at(story.daysAgo(270, 10));
		String bank = made.entrySet()
			.stream()
			.filter(e -> DemoUnions.FINANCIAL_INSTITUTIONS.contains(hosts.get(e.getKey())))
			.filter(e -> studios.studio(system, e.getValue()).level() == StudioLevel.CITY)
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow();
		Map<String, Long> reported = new HashMap<>();
		for (String studio : List.of("一中院职工创新工作室", "地铁乘客信息系统维修创新工作室", "动车组检修创新工作室", bank)) {
			reported.put(studio, reviewing.report(system, made.get(studio),
					new LevelDrafts.Report(year, studio.replace("创新工作室", "") + "：" + year + "年度工作总结，成果、培训、带徒情况见统计。")));
		}
		story.at(story.daysAgo(240, 10));
		score(city, reported.get("一中院职工创新工作室"), "28", "29", "18", "19", "训战融合培训成效显著。");
		score(city, reported.get("地铁乘客信息系统维修创新工作室"), "26", "22", "17", "16", null);
		score(city, reported.get("动车组检修创新工作室"), "24", "20", "16", "15", null);
		score(city, reported.get(bank), "14", "14", "12", "10", "全年无新增成果，培训与带徒未开展。");
		story.at(story.daysAgo(230, 10));
		reviewing.decide(city, reported.get("一中院职工创新工作室"), new LevelDrafts.Decision(Review.Outcome.KEEP, null, null));
		reviewing.decide(city, reported.get("地铁乘客信息系统维修创新工作室"),
				new LevelDrafts.Decision(Review.Outcome.KEEP, null, null));
		reviewing.decide(city, reported.get(bank), new LevelDrafts.Decision(Review.Outcome.LOWER,
				"年度考核均分 50 分：全年无新增成果，培训与带徒活动未开展。", "京工发〔" + story.year() + "〕9号"));
	}

	private void score(Actor reviewer, long review, String output, String talent, String mechanism,
			String demonstration, String comment) {
		reviewing.score(reviewer, review, new LevelDrafts.Score(new BigDecimal(output), new BigDecimal(talent),
				new BigDecimal(mechanism), new BigDecimal(demonstration), comment));
	}

	/** Whether a studio is one of the 25 transport founders. */
	private boolean isTransport(String studio) {
		List<String> transportUnions = new ArrayList<>(DemoUnions.TRANSPORT_COMPANIES);
		transportUnions.addAll(List.of(DemoUnions.BUS, DemoUnions.METRO, "电车客运分公司第七车队工会"));
		return transportUnions.contains(hosts.get(studio));
	}

	private void train(String studio, TrainingDraft.Kind kind, String title, LocalDate on, int speakers, int attendees,
			int units, String hours) {
		mentoring.train(system, made.get(studio),
				new TrainingDraft(kind, title, on, speakers, attendees, units, new BigDecimal(hours)));
	}

	private void record(String studio, AchievementDraft draft) {
		achievements.record(system, made.get(studio), draft);
	}

	private List<Long> ids(String... names) {
		return Arrays.stream(names).map(made::get).toList();
	}

	/** The leaders of these studios, by card number. */
	private List<String> cards(String... names) {
		return Arrays.stream(names).map(name -> crews.get(name).get(0).cardNo()).toList();
	}

	/** 一中院职工创新工作室: 18 core members, named city-level this year (seed 003). */
	private void court() {
		List<Someone> people = roster.of(DemoUnions.COURT);
		long id = register(DemoUnions.COURT, "一中院职工创新工作室", people, 18, StudioField.JUDICIAL, LocalDate.of(2019, 4, 26),
				List.of("审判业务", "书记员技能", "庭审", "培训", "名师带徒"),
				"以审判业务专家和技能标兵为骨干，开展“一中云梯讲堂”“一槌定音”示范庭审等训战融合培训，15人获评全市法院司法业务技能标兵。");
		level(id, DemoUnions.COURT, StudioLevel.ENTERPRISE, LocalDate.of(2020, 3, 18), "一中院工发〔2020〕3号");
		level(id, "北京市直属机关工会", StudioLevel.DISTRICT, LocalDate.of(2022, 4, 20), "京直工发〔2022〕9号");
	}

	/** A transport studio of the alliance's first 25. */
	private record Founder(String union, String name, StudioField field, int founded, StudioLevel level,
			List<String> tags) {
	}

	/** The 25 studios that founded the transport alliance in April 2021 (seed 004). */
	private void transport() {
		String bus = DemoUnions.BUS;
		String metro = DemoUnions.METRO;
		String rail = DemoUnions.TRANSPORT_COMPANIES.get(0);
		String airport = DemoUnions.TRANSPORT_COMPANIES.get(1);
		String road = DemoUnions.TRANSPORT_COMPANIES.get(2);
		String mtr = DemoUnions.TRANSPORT_COMPANIES.get(3);
		StudioField roadField = StudioField.ROAD_TRANSPORT;
		StudioField railTransit = StudioField.RAIL_TRANSIT;
		List<Founder> founders = List.of(
				new Founder(bus, "公交智能调度创新工作室", roadField, 2016, StudioLevel.DISTRICT, List.of("智能调度", "排班", "大数据")),
				new Founder(bus, "电车供电设备创新工作室", roadField, 2014, StudioLevel.DISTRICT, List.of("供电", "触网", "维修")),
				new Founder(bus, "公交车辆维修创新工作室", roadField, 2012, StudioLevel.CITY, List.of("车辆维修", "新能源", "电池")),
				new Founder(bus, "公交电子站牌创新工作室", roadField, 2018, StudioLevel.ENTERPRISE,
						List.of("pis", "显示屏", "电子站牌", "维修")),
				new Founder(bus, "公交窗口服务创新工作室", roadField, 2017, StudioLevel.DISTRICT, List.of("窗口服务", "培训", "语音")),
				new Founder("电车客运分公司第七车队工会", "第七车队安全节能驾驶创新工作室", roadField, 2019, StudioLevel.ENTERPRISE,
						List.of("安全驾驶", "节能")),
				new Founder(metro, "地铁乘客信息系统维修创新工作室", railTransit, 2013, StudioLevel.CITY,
						List.of("pis", "显示屏", "维修", "电子")),
				new Founder(metro, "地铁信号设备创新工作室", railTransit, 2012, StudioLevel.CITY, List.of("信号", "cbtc", "维修")),
				new Founder(metro, "地铁车辆检修创新工作室", railTransit, 2013, StudioLevel.DISTRICT, List.of("车辆检修", "转向架")),
				new Founder(metro, "地铁牵引供电创新工作室", railTransit, 2015, StudioLevel.DISTRICT, List.of("供电", "变电")),
				new Founder(metro, "地铁站务服务创新工作室", railTransit, 2016, StudioLevel.DISTRICT, List.of("窗口服务", "培训", "客服")),
				new Founder(metro, "地铁通信技术创新工作室", railTransit, 2017, StudioLevel.ENTERPRISE, List.of("通信", "无线", "语音")),
				new Founder(metro, "地铁自动售检票创新工作室", railTransit, 2018, StudioLevel.ENTERPRISE,
						List.of("afc", "售检票", "维修")),
				new Founder(rail, "动车组检修创新工作室", StudioField.RAILWAY, 2014, StudioLevel.CITY, List.of("动车组", "检修")),
				new Founder(rail, "高铁旅客信息显示创新工作室", StudioField.RAILWAY, 2016, StudioLevel.DISTRICT,
						List.of("pis", "显示屏", "高铁", "电子")),
				new Founder(rail, "铁路信号维护创新工作室", StudioField.RAILWAY, 2013, StudioLevel.DISTRICT, List.of("信号", "维修")),
				new Founder(rail, "铁路客运服务创新工作室", StudioField.RAILWAY, 2018, StudioLevel.ENTERPRISE,
						List.of("窗口服务", "培训", "语音")),
				new Founder(airport, "航站楼航显设备创新工作室", StudioField.AVIATION, 2015, StudioLevel.DISTRICT,
						List.of("pis", "显示屏", "航显", "维修")),
				new Founder(airport, "机坪特种车辆维修创新工作室", StudioField.AVIATION, 2016, StudioLevel.ENTERPRISE,
						List.of("特种车辆", "维修")),
				new Founder(airport, "航站楼旅客服务创新工作室", StudioField.AVIATION, 2017, StudioLevel.DISTRICT,
						List.of("窗口服务", "培训")),
				new Founder(road, "高速公路机电创新工作室", roadField, 2015, StudioLevel.DISTRICT, List.of("机电", "etc", "电子")),
				new Founder(road, "公路养护技术创新工作室", roadField, 2014, StudioLevel.ENTERPRISE, List.of("养护", "沥青")),
				new Founder(road, "收费站服务创新工作室", roadField, 2019, StudioLevel.ENTERPRISE, List.of("窗口服务", "etc")),
				new Founder(mtr, "京港地铁车辆维保创新工作室", railTransit, 2016, StudioLevel.DISTRICT, List.of("车辆检修", "维修")),
				new Founder(mtr, "京港地铁乘客服务创新工作室", railTransit, 2018, StudioLevel.ENTERPRISE,
						List.of("窗口服务", "培训", "语音")));
		Map<String, Integer> taken = new HashMap<>();
		for (Founder founder : founders) {
			int from = taken.merge(founder.union(), 0, (a, b) -> a);
			List<Someone> people = roster.of(founder.union());
			int size = 6 + founder.name().length() % 5;
			long id = register(founder.union(), founder.name(), people.subList(from, from + size), size,
					founder.field(),
					LocalDate.of(founder.founded(), 3 + founder.name().length() % 9, 10 + founder.tags().size()),
					founder.tags(), null);
			taken.put(founder.union(), from + size);
			levels(id, founder.union(), founder.level(), founder.founded());
		}
	}

	/** A group of unions and the studios each holds in the demo. */
	private record Group(List<String> unions, int each, StudioField field, List<String> themes, List<String> tags) {
	}

	/**
	 * Studios across the tree: banks, 经开区's companies, builders, 大兴's biomedical base,
	 * 中关村's software companies and 北航's departments, at levels from none to city.
	 */
	private void acrossTheTree() {
		List<Group> groups = List.of(
				new Group(DemoUnions.FINANCIAL_INSTITUTIONS, 2, StudioField.FINTECH,
						List.of("智能风控", "运营数字化", "反欺诈", "普惠金融服务", "柜面服务"), List.of("风控", "大模型", "数据分析", "反诈", "客服")),
				new Group(DemoUnions.JINGKAI_COMPANIES, 3, StudioField.MANUFACTURING,
						List.of("焊装工艺", "工业机器人", "精密加工", "质量改进", "设备维修"), List.of("机器人", "焊装", "数控", "质量", "维修")),
				new Group(concat(DemoUnions.CONSTRUCTION_COMPANIES, DemoUnions.PROPERTY_COMPANIES), 3,
						StudioField.CONSTRUCTION, List.of("装配式建筑", "BIM技术", "安全施工", "智慧物业", "设备运维"),
						List.of("bim", "装配式", "安全", "物业", "维修")),
				new Group(DemoUnions.DAXING_COMPANIES, 2, StudioField.BIOMEDICAL,
						List.of("制剂工艺", "质量检测", "冷链物流", "设备验证"), List.of("制剂", "检测", "冷链", "gmp")),
				new Group(List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会"), 3, StudioField.IT,
						List.of("软件测试", "大模型应用", "运维自动化", "数据安全"), List.of("测试", "大模型", "运维", "安全")),
				new Group(DemoUnions.BUAA_DEPARTMENTS, 3, StudioField.EDUCATION,
						List.of("实验教学", "精密仪器", "科研辅助", "后勤服务"), List.of("实验", "仪器", "培训", "服务")),
				new Group(DemoUnions.RELIEF_DEPARTMENTS, 1, StudioField.PUBLIC_SERVICE, List.of("救助服务", "膳食保障"),
						List.of("救助", "服务")));
		int n = 0;
		for (Group group : groups) {
			for (int u = 0; u < group.unions().size(); u++) {
				String union = group.unions().get(u);
				List<Someone> people = roster.of(union);
				String unit = DemoUnions.unitNameOf(union).replace("有限责任公司", "").replace("有限公司", "");
				if (group.field() == StudioField.EDUCATION) {
					unit = "北航" + unit;
				}
				int from = 0;
				for (int i = 0; i < group.each(); i++, n++) {
					String theme = group.themes().get((u + i) % group.themes().size());
					String name = unit + theme + "创新工作室";
					int size = 3 + n % 5;
					int founded = 2014 + n % 10;
					long id = register(union, name, people.subList(from, from + size), size, group.field(),
							LocalDate.of(founded, 1 + n % 12, 1 + n % 28),
							List.of(group.tags().get((n + i) % group.tags().size()), theme.length() > 6 ? "创新" : theme),
							null);
					from += size;
					int roll = (n * 37) % 100;
					StudioLevel top = roll < 12 ? null
							: roll < 67 ? StudioLevel.ENTERPRISE : roll < 92 ? StudioLevel.DISTRICT : StudioLevel.CITY;
					if (top != null) {
						levels(id, union, top, founded);
					}
				}
			}
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * Registers a studio led by the first of {@code people}, the next few its core
	 * members.
	 */
	private long register(String union, String name, List<Someone> people, int size, StudioField field,
			LocalDate founded, List<String> tags, String description) {
		long id = studios.register(system, new StudioDraft(name, unions.get(union), DemoUnions.unitNameOf(union),
				people.get(0).cardNo(), field, founded, tags, description));
		made.put(name, id);
		hosts.put(name, union);
		crews.put(name, people.subList(0, size));
		for (int i = 1; i < size; i++) {
			studios.addMember(system, id, people.get(i).cardNo(), i <= size / 6 ? StudioRole.DEPUTY : StudioRole.CORE,
					founded.plusMonths(i % 7));
		}
		return id;
	}

	/**
	 * Confers levels up to {@code top}, one every two years after the founding: 企业级 by
	 * the host's grassroots union, 区级/产业级 by the district or industry union above it, 市级
	 * by the city.
	 */
	private void levels(long id, String union, StudioLevel top, int founded) {
		int year = Math.min(founded + 1, 2024);
		for (StudioLevel level : StudioLevel.values()) {
			if (level.compareTo(top) > 0) {
				break;
			}
			level(id, conferrer(union, level), level, LocalDate.of(year, 4, 28), null);
			year = Math.min(year + 2, 2025);
		}
	}

	private void level(long id, String conferrer, StudioLevel level, LocalDate on, String decision) {
		String kept = decision != null ? decision
				: (level == StudioLevel.CITY ? "京工发" : conferrer) + "〔" + on.getYear() + "〕" + (id % 40 + 1) + "号";
		studios.confer(system, id, new LevelDraft(level, unions.get(conferrer), kept, on));
	}

	/**
	 * The union that confers a level on a studio of {@code union}: its grassroots union,
	 * the district or industry union above, or the city.
	 */
	private String conferrer(String union, StudioLevel level) {
		List<OrgRef> path = orgs.path(unions.get(union));
		OrgLevel wanted = switch (level) {
			case ENTERPRISE -> OrgLevel.GRASSROOTS;
			case DISTRICT -> OrgLevel.INDUSTRY;
			default -> OrgLevel.CITY;
		};
		for (int i = path.size() - 1; i >= 0; i--) {
			OrgLevel at = path.get(i).level();
			if (at == wanted || (wanted == OrgLevel.INDUSTRY && at == OrgLevel.DISTRICT)) {
				return path.get(i).name();
			}
		}
		return path.get(path.size() - 1).name();
	}

}
