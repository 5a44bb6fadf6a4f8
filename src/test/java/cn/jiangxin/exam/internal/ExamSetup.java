package cn.jiangxin.exam.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.internal.bank.AreaDraft;
import cn.jiangxin.exam.internal.bank.BankDraft;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;

/**
 * Banks and exams for tests, made through the exam module's services: a bank with a
 * question of each type per knowledge area, and a published exam with a fixed paper of
 * those questions open from a minute ago.
 */
@Component
public class ExamSetup {

	private static int serial;

	private final BankService banks;

	private final ExamService exams;

	private final ExamStore store;

	private final Clock clock;

	ExamSetup(BankService banks, ExamService exams, ExamStore store, Clock clock) {
		this.banks = banks;
		this.exams = exams;
		this.store = store;
		this.clock = clock;
	}

	/** A bank with its one area and its questions of each type. */
	public record Bank(long id, long area, Map<QuestionType, List<Long>> questions) {

		public long first(QuestionType type) {
			return questions.get(type).get(0);
		}

	}

	/**
	 * A bank of {@code perType} questions of each type (single: key A; multiple: AB;
	 * true: T; fill: 6|六).
	 */
	public Bank bank(Actor admin, long orgId, int perType) {
		long id = banks.create(admin, new BankDraft("测试题库" + next(), null, orgId));
		long area = banks.addArea(admin, id, new AreaDraft("测试知识点", null));
		Map<QuestionType, List<Long>> questions = new EnumMap<>(QuestionType.class);
		for (QuestionType type : QuestionType.values()) {
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < perType; i++) {
				ids.add(banks.addQuestion(admin, id, question(type, area, i)));
			}
			questions.put(type, ids);
		}
		return new Bank(id, area, questions);
	}

	static QuestionDraft question(QuestionType type, long area, int i) {
		List<QuestionDraft.Option> four = List.of(new QuestionDraft.Option("甲", null),
				new QuestionDraft.Option("乙", null), new QuestionDraft.Option("丙", null),
				new QuestionDraft.Option("丁", null));
		return switch (type) {
			case SINGLE -> new QuestionDraft(type, area, 3, "单选题 " + i, null, four, List.of("A"), false, null,
					BigDecimal.ONE, null, List.of());
			case MULTIPLE -> new QuestionDraft(type, area, 3, "多选题 " + i, null, four, List.of("A", "B"), true, null,
					BigDecimal.valueOf(2), null, List.of());
			case TRUE_FALSE -> new QuestionDraft(type, area, 3, "判断题 " + i, null, List.of(), List.of("T"), false, null,
					BigDecimal.ONE, null, List.of());
			case FILL -> new QuestionDraft(type, area, 3, "六轴机器人有（  ）个关节 " + i, null, List.of(), List.of("6|六"), false,
					null, BigDecimal.ONE, null, List.of());
			case SHORT -> new QuestionDraft(type, area, 3, "简述安全要点 " + i, null, List.of(), List.of(), false,
					"①断电（2分）；②挂牌（3分）", BigDecimal.valueOf(5), null, List.of());
		};
	}

	/**
	 * A published exam for a list of members, open from a minute ago for {@code window},
	 * {@code minutes} long, with a fixed paper of the bank's first question of each type
	 * given.
	 */
	public long exam(Actor admin, long orgId, Bank bank, List<Long> members, Duration window, int minutes, int attempts,
			boolean doubleMarking, QuestionType... types) {
		Instant now = Instant.now(clock);
		long id = exams.create(admin,
				new ExamDraft("测试考试" + next(), null, orgId, Audience.MEMBER_LIST, null, now.minusSeconds(60),
						now.plus(window), minutes, attempts, BigDecimal.ONE, true, true, true, false, null, bank.id(),
						PaperKind.FIXED, false, true, doubleMarking, BigDecimal.ONE));
		List<FixedDraft.Question> questions = new ArrayList<>();
		for (QuestionType type : types) {
			questions.add(new FixedDraft.Question(bank.first(type), null));
		}
		exams.fixed(admin, id, new FixedDraft(questions));
		exams.addCandidates(admin, id, members);
		exams.publish(admin, id, store.find(id).orElseThrow().version());
		return id;
	}

	/**
	 * A published exam for the entrants of a contest round, open from a minute ago for an
	 * hour, with a fixed paper of the bank's first question of each type given.
	 */
	public long forRound(Actor admin, long orgId, Bank bank, long roundId, QuestionType... types) {
		Instant now = Instant.now(clock);
		long id = exams.create(admin,
				new ExamDraft("轮次理论考试" + next(), null, orgId, Audience.CONTEST_ROUND, roundId, now.minusSeconds(60),
						now.plus(Duration.ofHours(1)), 30, 1, BigDecimal.ONE, false, false, false, false, null,
						bank.id(), PaperKind.FIXED, false, false, false, null));
		List<FixedDraft.Question> questions = new ArrayList<>();
		for (QuestionType type : types) {
			questions.add(new FixedDraft.Question(bank.first(type), null));
		}
		exams.fixed(admin, id, new FixedDraft(questions));
		exams.publish(admin, id, store.find(id).orElseThrow().version());
		return id;
	}

	/** A member signed in, as the sitting service sees them. */
	public static Actor member(long memberId) {
		return new Actor(0, "member-" + memberId, "考生", Set.of(Role.MEMBER), null, Set.of(), memberId);
	}

	private static synchronized int next() {
		return ++serial;
	}

}
