package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.setup.Rerank;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;

/**
 * A final judged as 汇报 + 答辩 by five judges with the trimmed mean: the parts of every
 * standing add up to its score as shown, ranked on raw totals and again on normalised
 * ones.
 */
@IntegrationTest
class StandingPartsTests {

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JudgingFacade judging;

	@Autowired
	RoundSettings service;

	private final Actor system = Actor.system();

	@Test
	void thePartsOfEveryStandingAddUpToItsScoreWithTheTrimmedMeanRawOrNormalised() {
		List<Long> entries = new ArrayList<>();
		long round = fixtures.contestInJudging(4, Advancement.NONE, null, entries)[2];
		List<ExpertView> panel = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			panel.add(fixtures.expert(Demo.JINGKAI, List.of()));
		}
		judging.configure(system, round, new JudgingSettings(5, null, null, false, AggregationMethod.TRIMMED_MEAN, 5,
				RankingBasis.RAW, null, null, "", false));
		judging.defineRubric(system, round,
				new RubricDraft(
						List.of(new RubricDraft.Part("report", "汇报", new BigDecimal("60"), PartSource.RUBRIC),
								new RubricDraft.Part("defence", "答辩", new BigDecimal("40"), PartSource.RUBRIC)),
						List.of(criterion("clarity", "report", 30), criterion("depth", "report", 20),
								criterion("answers", "defence", 40))));
		judging.setPanel(system, round, panel.stream().map(ExpertView::id).toList());
		judging.assign(system, round);
		judging.startScoring(system, round);
		int[][][] given = { { { 28, 12, 35 }, { 20, 19, 22 }, { 25, 15, 38 }, { 15, 18, 30 }, { 29, 20, 12 } },
				{ { 22, 11, 31 }, { 27, 9, 17 }, { 18, 17, 39 }, { 24, 14, 26 }, { 21, 16, 33 } },
				{ { 30, 20, 40 }, { 12, 8, 20 }, { 26, 13, 29 }, { 23, 19, 36 }, { 19, 14, 21 } },
				{ { 17, 15, 27 }, { 25, 10, 34 }, { 20, 20, 18 }, { 28, 11, 39 }, { 16, 18, 25 } } };
		for (int e = 0; e < entries.size(); e++) {
			for (int j = 0; j < panel.size(); j++) {
				int[] s = given[e][j];
				judging.score(fixtures.judge(panel.get(j)), round,
						new ScoreDraft(entries.get(e),
								List.of(new ScoreDraft.Item("clarity", BigDecimal.valueOf(s[0]), null),
										new ScoreDraft.Item("depth", BigDecimal.valueOf(s[1]), null),
										new ScoreDraft.Item("answers", BigDecimal.valueOf(s[2]), null)),
								true));
			}
		}
		assertPartsAddUp(round);
		service.rerank(system, round, new Rerank(AggregationMethod.TRIMMED_MEAN, 5, RankingBasis.NORMALISED, null, null,
				"", "评委宽严不一，按标准化分排名"));
		assertPartsAddUp(round);
	}

	private void assertPartsAddUp(long round) {
		List<RoundStanding> standings = judging.results(round).standings();
		assertThat(standings).hasSize(4).allSatisfy(s -> {
			assertThat(s.parts()).containsOnlyKeys("report", "defence");
			assertThat(s.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(s.title())
				.isEqualByComparingTo(s.score());
		});
	}

	private static RubricDraft.Criterion criterion(String code, String part, int max) {
		return new RubricDraft.Criterion(code, part, code, CriterionKind.JUDGED, BigDecimal.valueOf(max),
				BigDecimal.ZERO, BigDecimal.valueOf(max), null, false);
	}

}
