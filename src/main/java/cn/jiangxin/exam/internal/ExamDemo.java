package cn.jiangxin.exam.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamCandidates;
import cn.jiangxin.exam.internal.bank.AreaView;
import cn.jiangxin.exam.internal.bank.BankDraft;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankSheets;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.BlueprintDraft;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.EventKind;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.identity.AccountView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.demo.DemoContests;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;
import cn.jiangxin.shared.files.BlobStore;

/**
 * The exam module's demo data, in the order it happened: four question banks imported
 * through the real import (industrial robots, safety, the constitution and union law,
 * property management); 经开区's 安全生产月 quiz of June, finished, with its leaderboard; the
 * robot final's theory exam on site, 30 candidates with spread abilities, graded,
 * analysed and final (judging takes its 30% from it); a company's safety exam whose short
 * answers are being double marked; this week's 宪法宣传周 quiz, open now; and the property
 * contest's first-round exam, still a draft. Every answer is given through the sitting
 * service at its moment of the story.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class ExamDemo implements ApplicationModuleInitializer {

	/**
	 * The company whose staff sit its safety exam, and whose union's two graders mark it.
	 */
	static final String COMPANY = DemoUnions.JINGKAI_COMPANIES.get(0);

	private final BankService banks;

	private final BankSheets sheets;

	private final BankStore bankStore;

	private final ExamService exams;

	private final ExamStore examStore;

	private final Sittings sittings;

	private final AttemptStore attempts;

	private final QuestionVersions versions;

	private final Grading grading;

	private final ExamResults results;

	private final OrgApi orgs;

	private final AccountApi accounts;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final Actor system = Actor.system();

	private Map<String, Long> unions;

	private DemoSitter sitter;

	ExamDemo(BankService banks, BankSheets sheets, BankStore bankStore, ExamService exams, ExamStore examStore,
			Sittings sittings, AttemptStore attempts, QuestionVersions versions, Grading grading, ExamResults results,
			OrgApi orgs, AccountApi accounts, DemoRoster roster, DemoSeeding seeding, DemoStory story, JdbcClient jdbc,
			BlobStore blobs) {
		this.blobs = blobs;
		this.banks = banks;
		this.sheets = sheets;
		this.bankStore = bankStore;
		this.exams = exams;
		this.examStore = examStore;
		this.sittings = sittings;
		this.attempts = attempts;
		this.versions = versions;
		this.grading = grading;
		this.results = results;
		this.orgs = orgs;
		this.accounts = accounts;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
		this.jdbc = jdbc;
	}

	@Override
	public void initialize() {
		seeding.announce("  Exam graders of " + COMPANY + ": hstp-grader1, hstp-grader2, same password");
		seeding.seed("exam", () -> jdbc.sql("SELECT COUNT(*) FROM question_bank").query(Long.class).single() > 0,
				this::write);
	}

	private void write() {
		unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		sitter = new DemoSitter(20260612L);
		Instant june = june();
		story.at(june.minus(Duration.ofDays(20)));
		long safety = bank("安全生产知识题库", "安全生产法律法规、消防、职业健康、应急与急救、用电安全，供安全生产月竞答和企业安全考试组卷", DemoUnions.JINGKAI,
				"safety-bank.csv");
		story.at(story.daysAgo(40, 10));
		long robots = bank("工业机器人系统运维员理论题库", "依据国家职业技能标准编写：基础理论、操作规范、故障诊断与排除三部分", DemoUnions.JINGKAI, "robot-bank.csv");
		pictureQuestion(robots);
		story.at(story.daysAgo(30, 10));
		long property = bank("物业管理员理论题库", "物业管理基础、客户服务、设施设备管理、应急处置", DemoUnions.CONSTRUCTION, "property-bank.csv");
		story.at(story.daysAgo(9, 10));
		long law = bank("宪法与工会法律知识题库", "宪法、工会法、劳动法与劳动合同法，供国家宪法日和宪法宣传周学法竞答使用", DemoUnions.CITY, "law-bank.csv");
		safetyMonth(safety, june);
		robotFinal(robots);
		companySafetyExam(safety);
		lawQuiz(law);
		propertyRound(property);
	}

	/** June of this year if it is behind us by a month, else of last year. */
	private Instant june() {
		ZonedDateTime today = story.today.atZone(Zones.BEIJING);
		int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
		return DemoStory.beijing(year, 6, 1, 8);
	}

	private long bank(String name, String description, String union, String file) {
		long id = banks.create(system, new BankDraft(name, description, unions.get(union)));
		try (InputStream in = new ClassPathResource("demo/exam/" + file).getInputStream()) {
			BankSheets.Outcome outcome = sheets.load(system, id, in);
			if (!outcome.succeeded()) {
				throw new IllegalStateException(file + " does not import: " + outcome.errors());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	/** A question whose stem is a picture: the joints of a six-axis arm. */
	private void pictureQuestion(long bank) {
		String picture = blobs
			.store("file", new ByteArrayInputStream(DemoDiagram.sixAxisArm()), 1 << 20, List.of("png"))
			.hash();
		long area = area(bankStore.areas(bank), "工业机器人基础理论/机械结构");
		banks.addQuestion(system, bank,
				new QuestionDraft(QuestionType.SINGLE, area, 2, "如图所示的六轴关节型工业机器人，图中 J4、J5、J6 三个关节属于（  ）。", picture,
						List.of(new QuestionDraft.Option("基本轴（主轴）", null), new QuestionDraft.Option("腕部轴", null),
								new QuestionDraft.Option("外部轴", null), new QuestionDraft.Option("行走轴", null)),
						List.of("B"), false, null, BigDecimal.ONE, "J4～J6 为腕部轴，决定末端执行器的姿态；J1～J3 为基本轴，决定手腕中心的位置。",
						List.of("识图", "关节轴")));
	}

	// --- June: the safety-month quiz open to every member of 经开区
	// ------------------------------------

	private void safetyMonth(long bank, Instant june) {
		Instant opens = june;
		Instant closes = june.plus(Duration.ofDays(29)).plus(Duration.ofHours(14));
		story.at(opens.minus(Duration.ofDays(5)));
		Actor admin = admin("jingkai");
		long id = exams.create(admin, new ExamDraft(opens.atZone(Zones.BEIJING).getYear() + "年经开区“安全生产月”职工安全知识竞答",
				"6 月是全国“安全生产月”。经开区全体在会会员均可参加，每人可答 3 次，取最好成绩；按成绩、再按用时排名，月底公布前十名并颁发纪念品。", unions.get(DemoUnions.JINGKAI),
				Audience.SUBTREE, unions.get(DemoUnions.JINGKAI), opens, closes, 20, 3, new BigDecimal("60"), true,
				true, true, false, null, bank, PaperKind.BLUEPRINT, false, true, false, null));
		examStore.reseed(id, 20260601L);
		List<AreaView> areas = bankStore.areas(bank);
		exams.blueprint(admin, id, new BlueprintDraft(List.of(row(null, QuestionType.SINGLE, 1, 4, 15, "2"),
				row(null, QuestionType.MULTIPLE, 1, 4, 5, "4"), row(null, QuestionType.TRUE_FALSE, 1, 4, 20, "2"),
				row(area(areas, "消防安全"), QuestionType.SINGLE, 1, 5, 5, "2"))));
		publish(admin, id);
		List<DemoRoster.Someone> people = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			people.addAll(roster.of(company).subList(0, 36));
		}
		long minutes = Duration.between(opens, closes).toMinutes() - 60 * 24 * 3;
		List<Planned> plan = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			double theta = sitter.ability(0.3, 0.9);
			int tries = sitter.chance(0.25) ? sitter.between(2, 3) : 1;
			Instant at = opens
				.plus(Duration.ofMinutes((long) (minutes * (i + sitter.between(0, 9) / 10.0) / people.size())));
			for (int t = 0; t < tries; t++) {
				plan.add(new Planned(people.get(i), theta + t * 0.25, at));
				at = at.plus(Duration.ofHours(sitter.between(2, 24)));
			}
		}
		// In the order they happened, so that the story's clock only goes forward
		plan.sort((a, b) -> a.at().compareTo(b.at()));
		for (Planned sitting : plan) {
			sit(id, sitting.someone(), sitting.theta(), sitting.at(), sitter.between(6, 18), false);
		}
		story.at(closes.plus(Duration.ofMinutes(5)));
		results.closeIfOver(id);
		story.at(closes.plus(Duration.ofDays(1)));
		results.finalise(admin, id);
	}

	/** A sitting planned at its moment. */
	private record Planned(DemoRoster.Someone someone, double theta, Instant at) {
	}

	// --- The robot final's theory exam (30%), on site
	// ---------------------------------------------------------

	private void robotFinal(long bank) {
		ExamCandidates rounds = exams.source(Audience.CONTEST_ROUND).orElseThrow();
		long round = rounds.choices(system)
			.stream()
			.filter(c -> c.label().startsWith(DemoContests.ROBOTS))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the robot final's round is not there"))
			.ref();
		Instant opens = story.daysAgo(12, 9);
		Instant closes = opens.plus(Duration.ofMinutes(90));
		story.at(story.daysAgo(25, 10));
		Actor admin = admin("jingkai");
		long id = exams.create(admin,
				new ExamDraft(DemoContests.ROBOTS + " 理论考试",
						"决赛理论考试，满分 100 分，占决赛总成绩 30%。内容：工业机器人基础理论、操作规范、故障诊断与排除。闭卷，机考，90 分钟；凭准考证入场，签到后开考。",
						unions.get(DemoUnions.JINGKAI), Audience.CONTEST_ROUND, round, opens, closes, 90, 1,
						new BigDecimal("60"), false, true, false, true, "经开区职工技能实训基地 理论考场（机房 A）", bank,
						PaperKind.BLUEPRINT, false, true, false, null));
		examStore.reseed(id, 20260602L);
		List<AreaView> areas = bankStore.areas(bank);
		List<BlueprintDraft.Row> rows = new ArrayList<>();
		for (String top : List.of("工业机器人基础理论", "操作规范", "故障诊断与排除")) {
			Long area = area(areas, top);
			rows.add(row(area, QuestionType.SINGLE, 1, 5, 15, "1"));
			rows.add(row(area, QuestionType.MULTIPLE, 1, 5, 5, "2"));
			rows.add(row(area, QuestionType.TRUE_FALSE, 1, 5, top.equals("操作规范") ? 7 : 6, "1"));
			rows.add(row(area, QuestionType.FILL, 1, 5, 2, "1"));
		}
		exams.blueprint(admin, id, new BlueprintDraft(rows));
		story.at(story.daysAgo(20, 10));
		publish(admin, id);
		long champion = roster.of(DemoUnions.JINGKAI_COMPANIES.get(0)).get(0).id();
		List<ExamStore.Candidate> candidates = examStore.candidates(id);
		story.at(opens.minus(Duration.ofMinutes(25)));
		for (ExamStore.Candidate c : candidates) {
			exams.checkIn(admin, c.ticketNo());
		}
		Map<Long, String> names = new HashMap<>();
		roster.of(DemoUnions.JINGKAI_COMPANIES.get(0)).forEach(s -> names.put(s.id(), s.name()));
		for (int i = 0; i < candidates.size(); i++) {
			ExamStore.Candidate c = candidates.get(i);
			DemoRoster.Someone someone = new DemoRoster.Someone(c.memberId(), names.getOrDefault(c.memberId(), ""),
					null, null);
			double theta = c.memberId() == champion ? 1.9 : sitter.ability(0.0, 0.7);
			Instant start = opens.plus(Duration.ofSeconds(sitter.between(20, 240)));
			int minutes = c.memberId() == champion ? 62 : sitter.between(55, 88);
			// One candidate's seat loses power for eight minutes: an invigilator gives
			// the time back
			boolean powerCut = i == 7;
			// One finishes on a second computer after the first froze; one sits till the
			// bell
			boolean changesDevice = i == 12;
			boolean sweptAtTheBell = i == 21;
			sitOnSite(id, someone, theta, start, minutes, powerCut, changesDevice, sweptAtTheBell, admin);
		}
		story.at(closes.plus(Duration.ofMinutes(15)));
		results.closeIfOver(id);
		story.at(story.daysAgo(12, 15));
		results.finalise(admin, id);
		// After the final a judge pointed out a clumsy wording: the question gets its
		// second version, the papers
		// sat keep the first
		story.at(story.daysAgo(8, 11));
		QuestionView first = bankStore.all(bank).get(0);
		QuestionDraft better = draftOf(first);
		banks.edit(admin, first.id(),
				new QuestionDraft(better.type(), better.areaId(), better.difficulty(), better.stem(),
						better.stemImage(), better.options(), better.answers(), better.partialCredit(),
						better.referenceAnswer(), better.points(),
						(first.explanation() == null ? "" : first.explanation() + " ") + "（2026 年决赛后据评委意见补充解析）",
						better.tags()));
	}

	private void sitOnSite(long examId, DemoRoster.Someone someone, double theta, Instant start, int minutes,
			boolean powerCut, boolean changesDevice, boolean sweptAtTheBell, Actor invigilator) {
		Actor candidate = member(someone);
		story.at(start);
		String ip = "10.86." + sitter.between(1, 3) + "." + sitter.between(10, 90);
		CandidatePaper paper = sittings.start(candidate, examId, null, ip);
		String device = paper.device();
		List<AttemptItem> items = attempts.items(paper.attemptId());
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		long total = sweptAtTheBell ? Duration.between(start, paper.deadline()).toSeconds() + 300 : minutes * 60L;
		long seq = 0;
		for (int i = 0; i < items.size(); i++) {
			AttemptItem item = items.get(i);
			Instant at = start.plusSeconds(total * (i + 1) / (items.size() + 2));
			if (powerCut && i == items.size() / 3) {
				story.at(at);
				sittings.report(candidate, paper.attemptId(), device, EventKind.OFFLINE, "480 s", ip);
				sittings.extend(invigilator, paper.attemptId(), 8, "机房 A 第 3 排停电 8 分钟，恢复后补时");
			}
			if (changesDevice && i == items.size() / 2) {
				story.at(at);
				device = sittings.start(candidate, examId, null, "10.86.9.200").device();
			}
			if (at.isAfter(paper.deadline().plus(Duration.ofMinutes(powerCut ? 8 : 0)))) {
				break;
			}
			QuestionView q = byVersion.get(item.versionId());
			if (sitter.skips(theta)) {
				continue;
			}
			story.at(at);
			sittings.save(candidate, paper.attemptId(), item.questionId(), sitter.answer(q, theta), ++seq, device);
		}
		if (sweptAtTheBell) {
			story.at(paper.deadline().plusSeconds(20));
			sittings.sweep(paper.attemptId());
		}
		else {
			story.at(start.plusSeconds(total));
			sittings.submit(candidate, paper.attemptId(), device);
		}
	}

	// --- A company's safety exam, short answers double marked
	// ------------------------------------------

	private void companySafetyExam(long bank) {
		Instant opens = story.daysAgo(5, 14);
		Instant closes = opens.plus(Duration.ofMinutes(60));
		story.at(story.daysAgo(10, 10));
		long company = unions.get(COMPANY);
		long one = accounts.provision("hstp-grader1", "王海军（安全主管）", DemoSeeding.PASSWORD, company,
				Set.of(Role.UNION_ADMIN), Set.of());
		long two = accounts.provision("hstp-grader2", "李秀梅（安全员）", DemoSeeding.PASSWORD, company,
				Set.of(Role.UNION_ADMIN), Set.of());
		Actor admin = admin("jingkai");
		long id = exams
			.create(admin,
					new ExamDraft(
							DemoUnions.unitNameOf(COMPANY) + " " + opens.atZone(Zones.BEIJING).getYear()
									+ "年度全员安全生产知识考试",
							"年度安全培训后的闭卷考试，45 分钟；简答题由公司工会两名阅卷人双评，分差超过 2 分由区总工会复核。", company, Audience.MEMBER_LIST, null,
							opens, closes, 45, 1, new BigDecimal("80"), false, true, false, false, null, bank,
							PaperKind.BLUEPRINT, false, true, true, new BigDecimal("2")));
		examStore.reseed(id, 20260603L);
		exams.blueprint(admin, id, new BlueprintDraft(List.of(row(null, QuestionType.SINGLE, 1, 5, 20, "2"),
				row(null, QuestionType.MULTIPLE, 1, 5, 5, "4"), row(null, QuestionType.TRUE_FALSE, 1, 5, 10, "2"),
				row(null, QuestionType.SHORT, 1, 5, 2, "10"))));
		List<DemoRoster.Someone> staff = roster.of(COMPANY).subList(0, 40);
		exams.addCandidates(admin, id, staff.stream().map(DemoRoster.Someone::id).toList());
		exams.addStaff(admin, id, "hstp-grader1", StaffDuty.GRADER);
		exams.addStaff(admin, id, "hstp-grader2", StaffDuty.GRADER);
		story.at(story.daysAgo(8, 10));
		publish(admin, id);
		for (DemoRoster.Someone someone : staff) {
			sit(id, someone, sitter.ability(0.2, 0.8), opens.plus(Duration.ofSeconds(sitter.between(0, 300))),
					sitter.between(28, 44), true);
		}
		story.at(closes.plus(Duration.ofMinutes(5)));
		results.closeIfOver(id);
		Actor first = grader(one);
		Actor second = grader(two);
		List<Long> shortQuestions = new ArrayList<>();
		for (var item : grading.queue(first, id)) {
			shortQuestions.add(item.questionId());
		}
		story.at(story.daysAgo(4, 9));
		markAll(first, id, shortQuestions, 0.3, Integer.MAX_VALUE);
		story.at(story.daysAgo(3, 9));
		markAll(second, id, shortQuestions, -0.3, Integer.MAX_VALUE);
		story.at(story.daysAgo(2, 15));
		markAll(admin, id, shortQuestions, 0, 4);
	}

	/**
	 * Marks every answer of these questions the grader may claim, at most {@code limit}
	 * in all.
	 */
	private void markAll(Actor grader, long examId, List<Long> questions, double leniency, int limit) {
		int left = limit;
		for (long question : questions) {
			for (; left > 0; left--) {
				Optional<MarkTask> task = grading.claim(grader, examId, question);
				if (task.isEmpty()) {
					break;
				}
				QuestionView q = versions.get(attempts.items(attemptOf(task.get().markId()))
					.stream()
					.filter(i -> i.questionId() == question)
					.findFirst()
					.orElseThrow()
					.versionId());
				BigDecimal score = sitter.mark(q, task.get().answer(), task.get().points(), leniency);
				grading.mark(grader, task.get().markId(), score,
						score.compareTo(task.get().points()) >= 0 ? "要点齐全" : score.signum() == 0 ? "未答到要点" : "要点不全");
			}
		}
	}

	private long attemptOf(long markId) {
		return jdbc.sql("SELECT attempt_id FROM grading_mark WHERE id = ?").param(markId).query(Long.class).single();
	}

	// --- This week: the constitution week quiz, open now
	// ------------------------------------------------

	private void lawQuiz(long bank) {
		Instant opens = story.daysAgo(3, 8);
		Instant closes = story.daysAgo(-4, 22);
		story.at(story.daysAgo(6, 10));
		Actor admin = admin("jingkai");
		long id = exams.create(admin, new ExamDraft("经开区“宪法宣传周”职工学法知识竞答",
				"12 月 4 日是国家宪法日。宪法宣传周期间，经开区全体在会会员可参加学法竞答：20 道题，15 分钟，每人可答 3 次；排行榜按成绩、再按用时。",
				unions.get(DemoUnions.JINGKAI), Audience.SUBTREE, unions.get(DemoUnions.JINGKAI), opens, closes, 15, 3,
				new BigDecimal("60"), true, true, true, false, null, bank, PaperKind.FIXED, true, true, false, null));
		examStore.reseed(id, 20260604L);
		List<FixedDraft.Question> questions = new ArrayList<>();
		Map<String, Integer> wanted = new LinkedHashMap<>(Map.of("宪法", 8, "工会法", 7, "劳动法与劳动合同法", 5));
		for (QuestionView q : bankStore.all(bank)) {
			String area = q.areaPath();
			Integer left = wanted.get(area);
			if (left != null && left > 0 && q.type() != QuestionType.MULTIPLE) {
				questions.add(new FixedDraft.Question(q.id(), new BigDecimal("5")));
				wanted.put(area, left - 1);
			}
		}
		exams.fixed(admin, id, new FixedDraft(questions));
		story.at(story.daysAgo(5, 10));
		publish(admin, id);
		List<DemoRoster.Someone> people = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			// 宗树龙, 刘旺 and 白洪涛 (the first of the first three) have not taken part yet:
			// they may try it now
			people.addAll(roster.of(company)
				.subList(company.equals(DemoUnions.JINGKAI_COMPANIES.get(0))
						|| company.equals(DemoUnions.JINGKAI_COMPANIES.get(1))
						|| company.equals(DemoUnions.JINGKAI_COMPANIES.get(2)) ? 1 : 0, 22));
		}
		long minutes = Duration.between(opens, story.today).toMinutes() - 30;
		for (int i = 0; i < people.size(); i++) {
			Instant at = opens.plus(Duration.ofMinutes(minutes * i / people.size()));
			sit(id, people.get(i), sitter.ability(0.4, 0.8), at, sitter.between(4, 13), false);
		}
		// Some are answering now
		for (DemoRoster.Someone someone : roster.of(DemoUnions.JINGKAI_COMPANIES.get(3)).subList(40, 43)) {
			story.at(story.today);
			Actor candidate = member(someone);
			CandidatePaper paper = sittings.start(candidate, id, null, "10.86.20." + sitter.between(10, 90));
			List<AttemptItem> items = attempts.items(paper.attemptId());
			Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
			for (int i = 0; i < items.size() / 2; i++) {
				sittings.save(candidate, paper.attemptId(), items.get(i).questionId(),
						sitter.answer(byVersion.get(items.get(i).versionId()), 0.5), i + 1, paper.device());
			}
			sittings.report(candidate, paper.attemptId(), paper.device(), EventKind.HIDDEN, null, null);
		}
	}

	// --- The property contest's first round, still being set up
	// --------------------------------------

	private void propertyRound(long bank) {
		ExamCandidates rounds = exams.source(Audience.CONTEST_ROUND).orElseThrow();
		Optional<ExamCandidates.Choice> round = rounds.choices(system)
			.stream()
			.filter(c -> c.label().contains("物业管理员") && c.label().endsWith("初赛"))
			.findFirst();
		if (round.isEmpty()) {
			return;
		}
		story.at(story.daysAgo(1, 16));
		Actor admin = admin("jianzhu");
		Instant opens = story.daysAgo(-14, 9);
		long id = exams.create(admin,
				new ExamDraft(story.year() + "年北京市物业管理行业职业技能竞赛 初赛理论考试", "初赛为理论知识考试，百分制，按成绩取前 60 名进入决赛。线上开考，60 分钟。",
						unions.get(DemoUnions.CONSTRUCTION), Audience.CONTEST_ROUND, round.get().ref(), opens,
						opens.plus(Duration.ofHours(2)), 60, 1, new BigDecimal("60"), false, true, false, false, null,
						bank, PaperKind.BLUEPRINT, false, true, false, null));
		examStore.reseed(id, 20260605L);
		exams.blueprint(admin, id, new BlueprintDraft(List.of(row(null, QuestionType.SINGLE, 1, 5, 30, "2"),
				row(null, QuestionType.MULTIPLE, 1, 5, 10, "3"), row(null, QuestionType.TRUE_FALSE, 1, 5, 10, "1"))));
	}

	// --- Sitting
	// ---------------------------------------------------------------------------

	/**
	 * One attempt from start to hand-in: every question answered at its moment (a few
	 * left out), some glances away for the invigilator's log.
	 */
	private void sit(long examId, DemoRoster.Someone someone, double theta, Instant start, int minutes,
			boolean lookAway) {
		Actor candidate = member(someone);
		story.at(start);
		String ip = "10.86." + sitter.between(20, 60) + "." + sitter.between(2, 250);
		CandidatePaper paper = sittings.start(candidate, examId, null, ip);
		List<AttemptItem> items = attempts.items(paper.attemptId());
		Map<Long, QuestionView> byVersion = versions.get(items.stream().map(AttemptItem::versionId).toList());
		long total = Math.min(minutes * 60L, Duration.between(start, paper.deadline()).toSeconds() - 30);
		for (int i = 0; i < items.size(); i++) {
			QuestionView q = byVersion.get(items.get(i).versionId());
			if (sitter.skips(theta)) {
				continue;
			}
			story.at(start.plusSeconds(total * (i + 1) / (items.size() + 1)));
			sittings.save(candidate, paper.attemptId(), items.get(i).questionId(), sitter.answer(q, theta), i + 1,
					paper.device());
			if (lookAway && i == 3 && sitter.chance(0.15)) {
				sittings.report(candidate, paper.attemptId(), paper.device(), EventKind.FOCUS_LOST, null, ip);
			}
		}
		story.at(start.plusSeconds(total));
		sittings.submit(candidate, paper.attemptId(), paper.device());
	}

	private void publish(Actor admin, long examId) {
		exams.publish(admin, examId, examStore.find(examId).orElseThrow().version());
	}

	private static BlueprintDraft.Row row(Long area, QuestionType type, int min, int max, int count, String points) {
		return new BlueprintDraft.Row(area, type, min, max, count, new BigDecimal(points));
	}

	private static Long area(List<AreaView> areas, String path) {
		return areas.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().id();
	}

	private Actor admin(String username) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		return new Actor(account.id(), account.username(), account.displayName(), account.roles(), account.orgId(),
				account.permissions(), account.memberId());
	}

	private Actor grader(long accountId) {
		AccountView account = accounts.find(accountId).orElseThrow();
		return admin(account.username());
	}

	private static Actor member(DemoRoster.Someone someone) {
		return new Actor(0, "member-" + someone.id(), someone.name(), Set.of(Role.MEMBER), null, Set.of(),
				someone.id());
	}

	/** A question as a draft, to write its next version. */
	static QuestionDraft draftOf(QuestionView q) {
		return new QuestionDraft(q.type(), q.areaId(), q.difficulty(), q.stem(), q.stemImage(),
				q.options().stream().map(o -> new QuestionDraft.Option(o.text(), o.image())).toList(), q.answers(),
				q.partialCredit(), q.referenceAnswer(), q.points(), q.explanation(), q.tags());
	}

}
