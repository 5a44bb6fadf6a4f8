package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.internal.bank.BankDraft;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankSheets;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.BlueprintDraft;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.HostileSheets;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Setting exams up: a blueprint the bank cannot fill is refused naming its row, an edited
 * question keeps the version a paper holds, the bank's sheet imports every row or none
 * (naming each bad row) and survives a round trip, hostile files are refused, banks are
 * shared down the tree but changed only from above, and an open quiz lets in its subtree
 * and ranks by score, then time.
 */
@IntegrationTest
class ExamSetupTests {

	@Autowired
	ExamService exams;

	@Autowired
	ExamStore store;

	@Autowired
	BankService banks;

	@Autowired
	BankStore bankStore;

	@Autowired
	BankSheets sheets;

	@Autowired
	Sittings sittings;

	@Autowired
	AttemptStore attempts;

	@Autowired
	ExamResults results;

	@Autowired
	ExamSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private Actor admin() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	private long draft(ExamSetup.Bank bank, Audience audience, Long ref, PaperKind kind) {
		Instant now = Instant.now();
		return exams.create(admin(),
				new ExamDraft("蓝图考试", null, orgs.id(Demo.JINGKAI), audience, ref, now.minusSeconds(60),
						now.plus(Duration.ofHours(1)), 30, 2, BigDecimal.ONE, true, true, true, false, null, bank.id(),
						kind, false, true, false, null));
	}

	@Test
	void aBlueprintTheBankCannotFillIsRefusedNamingItsRow() {
		ExamSetup.Bank bank = setup.bank(admin(), orgs.id(Demo.JINGKAI), 2);
		long exam = draft(bank, Audience.SUBTREE, orgs.id(Demo.JINGKAI), PaperKind.BLUEPRINT);
		exams.blueprint(admin(), exam,
				new BlueprintDraft(List.of(new BlueprintDraft.Row(null, QuestionType.SINGLE, 1, 5, 2, BigDecimal.ONE),
						new BlueprintDraft.Row(bank.area(), QuestionType.TRUE_FALSE, 1, 5, 3, BigDecimal.ONE))));
		assertThat(exams.shortfall(exams.exam(exam))).containsExactly(Map.entry(2, 1));
		assertThatThrownBy(() -> exams.publish(admin(), exam, store.find(exam).orElseThrow().version()))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("rows[1]");
				assertThat(ex.code()).isEqualTo("exam.blueprint.short");
				assertThat(ex.args()).containsExactly(2, 1);
			});
		assertThatThrownBy(() -> exams.blueprint(admin(), exam,
				new BlueprintDraft(
						List.of(new BlueprintDraft.Row(null, QuestionType.SINGLE, 4, 2, 1, BigDecimal.ONE)))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.field()).isEqualTo("rows[0].difficultyMax"));
		exams.blueprint(admin(), exam,
				new BlueprintDraft(List.of(new BlueprintDraft.Row(null, QuestionType.SINGLE, 1, 5, 2, BigDecimal.ONE),
						new BlueprintDraft.Row(bank.area(), QuestionType.TRUE_FALSE, 1, 5, 2, new BigDecimal("1.5")))));
		exams.publish(admin(), exam, store.find(exam).orElseThrow().version());
		assertThat(store.find(exam).orElseThrow().maxScore()).isEqualByComparingTo("5");
		assertThatThrownBy(() -> exams.blueprint(admin(), exam,
				new BlueprintDraft(
						List.of(new BlueprintDraft.Row(null, QuestionType.SINGLE, 1, 5, 1, BigDecimal.ONE)))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("exam.notDraft"));
	}

	@Test
	void anEditedQuestionKeepsTheVersionAPaperHolds() {
		ExamSetup.Bank bank = setup.bank(admin(), orgs.id(Demo.JINGKAI), 1);
		Actor candidate = logins.actor(people.member(Demo.HAISITANPU).cardNo());
		long exam = setup.exam(admin(), orgs.id(Demo.JINGKAI), bank, List.of(candidate.memberId()), Duration.ofHours(1),
				30, 1, false, QuestionType.SINGLE);
		long question = bank.first(QuestionType.SINGLE);
		QuestionView before = banks.question(admin(), question);
		QuestionDraft edited = new QuestionDraft(QuestionType.SINGLE, bank.area(), 4, "改过的题干", null,
				List.of(new QuestionDraft.Option("子", null), new QuestionDraft.Option("丑", null)), List.of("B"), false,
				null, BigDecimal.ONE, null, List.of("改"));
		banks.edit(admin(), question, edited);
		CandidatePaper paper = sittings.start(candidate, exam, null, null);
		assertThat(paper.items().get(0).stem()).as("the paper keeps the version it was published with")
			.isEqualTo(before.stem());
		assertThat(paper.items().get(0).options()).hasSize(4);
		assertThat(banks.question(admin(), question).stem()).isEqualTo("改过的题干");
		assertThat(bankStore.history(question)).extracting(QuestionView::number).containsExactly(2, 1);
		sittings.save(candidate, paper.attemptId(), question, List.of("A"), 1, paper.device());
		assertThat(sittings.submit(candidate, paper.attemptId(), paper.device()).score())
			.as("graded against the version's own key")
			.isEqualByComparingTo("1");
		assertThatThrownBy(() -> banks.edit(admin(), question,
				new QuestionDraft(QuestionType.TRUE_FALSE, bank.area(), 3, "改题型", null, List.of(), List.of("T"), false,
						null, BigDecimal.ONE, null, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("type"));
	}

	@Test
	void theBanksSheetImportsEveryRowOrNoneNamingEachBadRowAndReadsBackItsOwnExport() throws Exception {
		long bank = banks.create(admin(), new BankDraft("导入测试题库" + System.nanoTime(), null, orgs.id(Demo.JINGKAI)));
		String csv = """
				题型,知识点,难度,题干,选项A,选项B,选项C,选项D,选项E,选项F,选项G,选项H,答案,多选计分,参考答案,分值,解析,标签
				单选,机器人/机械结构,2,J1 轴是（ ）,腰部,肩部,,,,,,,A,,,,,
				多选,机器人/安全,9,安全装置有（ ）,急停,围栏,,,,,,,AB,,,,,
				判断,机器人/安全,3,示教可以高速运行,,,,,,,,,也许,,,,,
				填空,机器人,3,六轴机器人有（  ）个关节,,,,,,,,,6|六,,,,,
				单选,机器人,3,选项有空,甲,,丙,,,,,,A,,,,,
				""";
		BankSheets.Outcome refused = sheets.load(admin(), bank,
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.errors()).extracting(BankSheets.RowError::row).containsExactly(3L, 4L, 6L);
		assertThat(refused.errors()).extracting(BankSheets.RowError::column).containsExactly("难度", "答案", "选项");
		assertThat(bankStore.bank(bank).orElseThrow().questions()).as("nothing imported").isZero();
		assertThat(bankStore.areas(bank)).as("nor any area made").isEmpty();

		String good = csv.lines()
			.filter(l -> !l.contains(",9,") && !l.contains("也许") && !l.contains("选项有空"))
			.reduce("", (a, b) -> a + b + "\n");
		BankSheets.Outcome imported = sheets.load(admin(), bank,
				new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)));
		assertThat(imported.succeeded()).isTrue();
		assertThat(imported.questionIds()).hasSize(2);
		assertThat(bankStore.areas(bank)).extracting(a -> a.path()).containsExactly("机器人", "机器人/机械结构");

		ByteArrayOutputStream export = new ByteArrayOutputStream();
		sheets.export(bankStore.all(bank), export);
		long copy = banks.create(admin(), new BankDraft("导入测试副本" + System.nanoTime(), null, orgs.id(Demo.JINGKAI)));
		BankSheets.Outcome back = sheets.load(admin(), copy, new ByteArrayInputStream(export.toByteArray()));
		assertThat(back.succeeded()).as(String.valueOf(back.errors())).isTrue();
		assertThat(bankStore.all(copy)).extracting(QuestionView::stem)
			.containsExactlyInAnyOrderElementsOf(bankStore.all(bank).stream().map(QuestionView::stem).toList());
	}

	@Test
	void hostileFilesAreRefusedWithTheBoundTheyPassed() throws Exception {
		long bank = banks.create(admin(), new BankDraft("炸弹测试题库" + System.nanoTime(), null, orgs.id(Demo.JINGKAI)));
		HostileSheets.refusedByTheApi(mvc, logins.as(Demo.JINGKAI_ADMIN), "/api/v1/question-banks/{id}/import", bank);
		assertThat(bankStore.bank(bank).orElseThrow().questions()).isZero();
	}

	@Test
	void aBankIsUsedDownTheTreeButChangedOnlyFromItsUnionUp() {
		long cityBank = banks.create(logins.actor(Demo.CITY_ADMIN),
				new BankDraft("市级共享题库" + System.nanoTime(), null, orgs.id(Demo.CITY)));
		assertThat(banks.usable(admin(), cityBank)).isNotNull();
		assertThat(banks.banks(admin())).extracting(b -> b.id()).contains(cityBank);
		assertThatThrownBy(() -> banks.managed(admin(), cityBank)).isInstanceOf(OutOfScopeException.class);
		long jingkaiBank = banks.create(admin(),
				new BankDraft("区级题库" + System.nanoTime(), null, orgs.id(Demo.JINGKAI)));
		assertThatThrownBy(() -> banks.usable(logins.actor(Demo.FINANCE_ADMIN), jingkaiBank))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> banks.rename(admin(), jingkaiBank, new BankDraft("改", null, orgs.id(Demo.FINANCE))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("orgId"));
	}

	@Test
	void anOpenQuizLetsItsSubtreeInAndRanksByScoreThenTime() {
		ExamSetup.Bank bank = setup.bank(admin(), orgs.id(Demo.JINGKAI), 1);
		long quiz = draft(bank, Audience.SUBTREE, orgs.id(Demo.JINGKAI), PaperKind.FIXED);
		exams.fixed(admin(), quiz,
				new FixedDraft(List.of(new FixedDraft.Question(bank.first(QuestionType.SINGLE), null),
						new FixedDraft.Question(bank.first(QuestionType.TRUE_FALSE), null))));
		exams.publish(admin(), quiz, store.find(quiz).orElseThrow().version());
		Actor fast = logins.actor(people.member(Demo.HAISITANPU).cardNo());
		Actor slow = logins.actor(people.member(Demo.HAISITANPU).cardNo());
		Actor wrong = logins.actor(people.member(Demo.HAISITANPU).cardNo());
		sit(slow, quiz, "A", "T", 3);
		sit(fast, quiz, "A", "T", 0);
		sit(wrong, quiz, "B", "T", 0);
		List<ExamResults.Place> board = results.leaderboard(exams.exam(quiz), 10);
		assertThat(board).extracting(ExamResults.Place::memberId)
			.containsExactly(fast.memberId(), slow.memberId(), wrong.memberId());
		assertThat(board).extracting(ExamResults.Place::rank).containsExactly(1, 2, 3);
		Actor outsider = logins.actor(people.member("中国工商银行北京市分行工会").cardNo());
		assertThatThrownBy(() -> sittings.start(outsider, quiz, null, null)).isInstanceOf(OutOfScopeException.class);
	}

	/**
	 * A sitting of the two-question quiz, taking {@code seconds} longer than the
	 * quickest.
	 */
	private void sit(Actor candidate, long quiz, String single, String trueFalse, int seconds) {
		CandidatePaper paper = sittings.start(candidate, quiz, null, null);
		for (CandidatePaper.Item item : paper.items()) {
			sittings.save(candidate, paper.attemptId(), item.questionId(),
					List.of(item.type() == QuestionType.SINGLE ? single : trueFalse), 1, paper.device());
		}
		sittings.submit(candidate, paper.attemptId(), paper.device());
		if (seconds > 0) {
			Instant started = jdbc.sql("SELECT started_at FROM exam_attempt WHERE id = ?")
				.param(paper.attemptId())
				.query(Timestamp.class)
				.single()
				.toInstant();
			jdbc.sql("UPDATE exam_attempt SET started_at = ? WHERE id = ?")
				.params(Timestamp.from(started.minusSeconds(seconds)), paper.attemptId())
				.update();
		}
	}

}
