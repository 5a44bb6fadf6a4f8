package cn.jiangxin.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.support.IntegrationTest;

/**
 * Standings are computed once per change, not on every view, and never serve what a
 * change left behind: a submitted sheet shows at once, and what a transaction wrote and
 * then rolled back never shows.
 */
@IntegrationTest
class StandingsCacheTests {

	@Autowired
	JudgingFixtures fixtures;

	@Autowired
	JudgingFacade judging;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void standingsAreKeptUntilAChangeAndAChangeShowsAtOnce() {
		JudgingFixtures.Judged round = fixtures.judged(2, 2, 2, Advancement.NONE, null);
		RoundResults before = judging.results(round.round());
		assertThat(before.sheetsSubmitted()).isZero();
		assertThat(judging.results(round.round())).as("the same view twice is one computation").isSameAs(before);
		judging.score(fixtures.judge(round.experts().get(0)), round.round(),
				JudgingFixtures.sheet(round.entries().get(0), 30, 20, 20, true));
		RoundResults after = judging.results(round.round());
		assertThat(after.sheetsSubmitted()).as("a submitted sheet shows on the next view").isEqualTo(1);
	}

	@Test
	void whatARolledBackChangeWroteNeverShows() {
		JudgingFixtures.Judged round = fixtures.judged(2, 2, 2, Advancement.NONE, null);
		assertThat(judging.results(round.round()).sheetsSubmitted()).isZero();
		transactions.executeWithoutResult(status -> {
			judging.score(fixtures.judge(round.experts().get(1)), round.round(),
					JudgingFixtures.sheet(round.entries().get(1), 35, 25, 25, true));
			assertThat(judging.results(round.round()).sheetsSubmitted()).as("inside the change").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(judging.results(round.round()).sheetsSubmitted()).as("after it rolled back").isZero();
	}

}
