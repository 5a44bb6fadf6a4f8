package cn.jiangxin.exam.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.internal.bank.AreaDraft;
import cn.jiangxin.exam.internal.bank.BankDraft;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.files.BlobStore;

/**
 * The exam records the scope walk aims at: in the finance subtree a bank with a picture,
 * a draft, and an exam whose candidate handed in an attempt whose short answer the
 * finance admin claimed; in 经开区 a bank, a draft by blueprint, a draft fixed paper and a
 * published exam.
 */
@Component
public class ExamFixtures {

	/** What was made, by kind (0 or null where a side has none). */
	public record Made(long bank, long area, long question, long shortQuestion, long draft, long fixedDraft, long exam,
			long attempt, long mark, String ticket, String image) {
	}

	private final BankService banks;

	private final ExamService exams;

	private final ExamStore store;

	private final Sittings sittings;

	private final Grading grading;

	private final BlobStore blobs;

	private final Clock clock;

	ExamFixtures(BankService banks, ExamService exams, ExamStore store, Sittings sittings, Grading grading,
			BlobStore blobs, Clock clock) {
		this.banks = banks;
		this.exams = exams;
		this.store = store;
		this.sittings = sittings;
		this.grading = grading;
		this.blobs = blobs;
		this.clock = clock;
	}

	public Made finance(Actor admin, long org, long entrant, String bankName, String examTitle) {
		long bank = banks.create(admin, new BankDraft(bankName, null, org));
		long area = banks.addArea(admin, bank, new AreaDraft("金融科技", null));
		String image = blobs.store("file", new ByteArrayInputStream(Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")),
				1 << 20, List.of("png"))
			.hash();
		QuestionDraft single = ExamSetup.question(QuestionType.SINGLE, area, 0);
		long question = banks.addQuestion(admin, bank, new QuestionDraft(single.type(), area, 3, "看图作答", image,
				single.options(), single.answers(), false, null, BigDecimal.ONE, null, List.of()));
		long shortQuestion = banks.addQuestion(admin, bank, ExamSetup.question(QuestionType.SHORT, area, 0));
		long draft = exam(admin, org, bank, "金融草稿考试", PaperKind.BLUEPRINT);
		long exam = exam(admin, org, bank, examTitle, PaperKind.FIXED);
		exams.fixed(admin, exam, new FixedDraft(
				List.of(new FixedDraft.Question(question, null), new FixedDraft.Question(shortQuestion, null))));
		exams.addCandidates(admin, exam, List.of(entrant));
		exams.publish(admin, exam, store.find(exam).orElseThrow().version());
		Actor member = ExamSetup.member(entrant);
		CandidatePaper paper = sittings.start(member, exam, null, "10.1.1.1");
		sittings.save(member, paper.attemptId(), question, List.of("A"), 1, paper.device());
		sittings.save(member, paper.attemptId(), shortQuestion, List.of("先断电，再挂牌上锁"), 2, paper.device());
		sittings.submit(member, paper.attemptId(), paper.device());
		long mark = grading.claim(admin, exam, shortQuestion).orElseThrow().markId();
		String ticket = store.candidate(exam, entrant).orElseThrow().ticketNo();
		return new Made(bank, area, question, shortQuestion, draft, 0, exam, paper.attemptId(), mark, ticket, image);
	}

	public Made jingkai(Actor admin, long org, long member) {
		long bank = banks.create(admin, new BankDraft("经开探针题库", null, org));
		long area = banks.addArea(admin, bank, new AreaDraft("安全", null));
		long question = banks.addQuestion(admin, bank, ExamSetup.question(QuestionType.SINGLE, area, 0));
		long draft = exam(admin, org, bank, "经开草稿考试", PaperKind.BLUEPRINT);
		long fixed = exam(admin, org, bank, "经开固定试卷", PaperKind.FIXED);
		exams.fixed(admin, fixed, new FixedDraft(List.of(new FixedDraft.Question(question, null))));
		long exam = exam(admin, org, bank, "经开探针考试", PaperKind.FIXED);
		exams.fixed(admin, exam, new FixedDraft(List.of(new FixedDraft.Question(question, null))));
		exams.addCandidates(admin, exam, List.of(member));
		exams.publish(admin, exam, store.find(exam).orElseThrow().version());
		return new Made(bank, area, question, 0, draft, fixed, exam, 0, 0, null, null);
	}

	private long exam(Actor admin, long org, long bank, String title, PaperKind kind) {
		Instant now = Instant.now(clock);
		return exams.create(admin,
				new ExamDraft(title, null, org, Audience.MEMBER_LIST, null, now.minusSeconds(60),
						now.plus(Duration.ofHours(2)), 60, 1, BigDecimal.ONE, true, true, true, true, "考场", bank, kind,
						false, false, false, null));
	}

}
