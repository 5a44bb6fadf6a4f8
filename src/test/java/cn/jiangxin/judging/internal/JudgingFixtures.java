package cn.jiangxin.judging.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;

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
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;

/**
 * A 经开区 contest in judging with one round of individual entries from one company, a panel
 * of experts from the district union, a rubric of 创新性 40 / 实用性 30 / 可推广性 30, assigned and
 * open for scores.
 */
@TestComponent
public class JudgingFixtures {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	/**
	 * A round ready for scoring: its contest, the entries, the experts and their
	 * sign-ins.
	 */
	public record Judged(long contest, long track, long round, List<Long> entries, List<ExpertView> experts) {
	}

	private final ContestFixtures contests;

	private final ContestApi contestApi;

	private final JudgingFacade judging;

	private final DemoOrgs orgs;

	private final Logins logins;

	private final Actor system = Actor.system();

	private final ContestSetup contestSetup;

	JudgingFixtures(ContestFixtures contests, ContestApi contestApi, JudgingFacade judging, DemoOrgs orgs,
			Logins logins, ContestSetup contestSetup) {
		this.contestSetup = contestSetup;
		this.contests = contests;
		this.contestApi = contestApi;
		this.judging = judging;
		this.orgs = orgs;
		this.logins = logins;
	}

	static RubricDraft rubric() {
		return RubricDraft.single(List.of(criterion("innovation", "创新性", 40, true),
				criterion("practicality", "实用性", 30, false), criterion("scalability", "可推广性", 30, false)));
	}

	static RubricDraft.Criterion criterion(String code, String label, int max, boolean comment) {
		return new RubricDraft.Criterion(code, "review", label, CriterionKind.JUDGED, BigDecimal.valueOf(max),
				BigDecimal.ZERO, BigDecimal.valueOf(max), null, comment);
	}

	/**
	 * A contest in judging with {@code entries} confirmed entries and a round with the
	 * rule given, not set up.
	 */
	long[] contestInJudging(int entries, Advancement advancement, Integer cut, List<Long> entryIds) {
		long[] ids = contests.openWith(TrackDraft.individual("评审测试赛道"));
		for (int i = 0; i < entries; i++) {
			ContestFixtures.Someone someone = contests.member(Demo.HAISITANPU);
			long entry = contestSetup.register(system, ids[0],
					new EntryDraft(ids[1], null, someone.id(), List.of(), true));
			contestSetup.confirm(system, entry);
			entryIds.add(entry);
		}
		long round = contestSetup.addRound(system, ids[0], new RoundDraft(null, 1, "初赛", RoundFormat.MATERIAL_REVIEW,
				null, null, null, advancement, cut == null ? null : BigDecimal.valueOf(cut)));
		contestSetup.addRound(system, ids[0],
				new RoundDraft(null, 2, "决赛", RoundFormat.ONSITE_DEFENSE, null, null, null, Advancement.NONE, null));
		contestApi.advance(system, ids[0], ContestStatus.JUDGING);
		return new long[] { ids[0], ids[1], round };
	}

	ExpertView expert(String union, List<String> tags) {
		int n = SEQUENCE.incrementAndGet();
		long id = judging.addExpert(system, new ExpertDraft("judge-t" + n + "-" + System.nanoTime() % 100000, "评委" + n,
				null, orgs.id(union), null, null, tags, Demo.PASSWORD + "-9"));
		return judging.expert(id).orElseThrow();
	}

	/**
	 * A round of {@code entries} entries, {@code judges} experts, {@code perEntry} judges
	 * each, open for scores.
	 */
	public Judged judged(int entries, int judges, int perEntry, Advancement advancement, Integer cut) {
		List<Long> entryIds = new ArrayList<>();
		long[] ids = contestInJudging(entries, advancement, cut, entryIds);
		List<ExpertView> experts = new ArrayList<>();
		for (int i = 0; i < judges; i++) {
			experts.add(expert(Demo.JINGKAI, List.of("评审测试赛道")));
		}
		judging.configure(system, ids[2], new JudgingSettings(perEntry, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, new BigDecimal("20"), null, "CRITERION:innovation,HIGHER_MINIMUM", true));
		judging.defineRubric(system, ids[2], rubric());
		judging.setPanel(system, ids[2], experts.stream().map(ExpertView::id).toList());
		judging.assign(system, ids[2]);
		judging.startScoring(system, ids[2]);
		return new Judged(ids[0], ids[1], ids[2], entryIds, experts);
	}

	/**
	 * A round in scoring whose total is theory 30 recorded or imported per entry and
	 * practical 70 from the rubric.
	 */
	public long roundWithImportedTheory(List<Long> entries) {
		long round = contestInJudging(1, Advancement.NONE, null, entries)[2];
		theoryAndPractical(round, null);
		return round;
	}

	/**
	 * A contest in judging with {@code entries} confirmed individual entries and a first
	 * round not set up: contest, track and round.
	 */
	public long[] roundInJudging(int entries, List<Long> entryIds) {
		return contestInJudging(entries, Advancement.NONE, null, entryIds);
	}

	/**
	 * Sets a round up as theory 30, imported (from the exam given, if any), and practical
	 * 70 from the rubric, with one judge, open for scores.
	 */
	public void theoryAndPractical(long round, Long examId) {
		ExpertView judge = expert(Demo.JINGKAI, List.of());
		judging.configure(system, round, new JudgingSettings(1, null, null, false, AggregationMethod.MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, round,
				new RubricDraft(
						List.of(new RubricDraft.Part("theory", "理论", new BigDecimal("30"), PartSource.IMPORTED, examId),
								new RubricDraft.Part("practical", "实操", new BigDecimal("70"), PartSource.RUBRIC)),
						List.of(new RubricDraft.Criterion("skill", "practical", "操作", CriterionKind.JUDGED,
								new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("30"), null, false))));
		judging.setPanel(system, round, List.of(judge.id()));
		judging.assign(system, round);
		judging.startScoring(system, round);
	}

	public Actor judge(ExpertView expert) {
		return logins.actor(expert.username());
	}

	static ScoreDraft sheet(long entry, int innovation, int practicality, int scalability, boolean submit) {
		return new ScoreDraft(entry,
				List.of(new ScoreDraft.Item("innovation", BigDecimal.valueOf(innovation), "有新意"),
						new ScoreDraft.Item("practicality", BigDecimal.valueOf(practicality), null),
						new ScoreDraft.Item("scalability", BigDecimal.valueOf(scalability), null)),
				submit);
	}

}
