package cn.jiangxin.award.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.UnitTies;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.demo.DemoContests;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;

/**
 * The award module's demo data, at the dates the judged cases ended: case 1 (awards,
 * 优秀组织奖 to 7 units, the studio title for all 13, final, its case collection), case 4 (21
 * individual awards, 5 unit team awards, final) and case 2 (1/3/6 prizes, 宗树龙 first, on
 * public notice). Publishing and finalising move each contest on.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class AwardDemo implements ApplicationModuleInitializer {

	private final AwardFacade awards;

	private final ContestApi contests;

	private final JdbcClient jdbc;

	private final DemoContests ids;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	AwardDemo(AwardFacade awards, ContestApi contests, JdbcClient jdbc, DemoContests ids, DemoSeeding seeding,
			DemoStory story) {
		this.awards = awards;
		this.contests = contests;
		this.jdbc = jdbc;
		this.ids = ids;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("award", () -> jdbc.sql("SELECT COUNT(*) FROM award_tier").query(Long.class).single() > 0,
				this::award);
	}

	/** The awards in the order they were given. */
	private void award() {
		finance();
		relief();
		robots();
	}

	/**
	 * Case 1: tiers on the final and the second round, 优秀组织奖 to 7 units, final, and the
	 * case collection.
	 */
	private void finance() {
		long contest = ids.id(DemoContests.FINANCE);
		List<RoundView> rounds = contests.rounds(contest);
		String studio = "金融科技职工创新工作室";
		story.at(DemoStory.beijing(2025, 10, 20, 10));
		awards.addTier(system, contest, new TierDraft("十佳应用奖", rounds.get(2).id(), false, 10, null, studio));
		awards.addTier(system, contest, new TierDraft("创新方案奖", rounds.get(2).id(), false, 3, null, studio));
		awards.addTier(system, contest, new TierDraft("探索实践奖", rounds.get(1).id(), false, 20, null, null));
		story.at(DemoStory.beijing(2025, 10, 22, 10));
		awards.publish(system, contest,
				new PublishDraft(7, 0, 7, BigDecimal.ONE, new BigDecimal("3"), UnitTies.FIRST_ROUND_RESULTS));
		story.at(DemoStory.beijing(2025, 10, 30, 10));
		awards.finalise(system, contest);
		story.at(DemoStory.beijing(2025, 11, 20, 10));
		awards.compileCases(system, contest, "2025北京市金融职工大模型技术应用创新能力职业技能大赛 优秀案例集",
				"本案例集收录决赛入围的 13 个项目和探索实践奖项目，展示金融职工运用大模型技术赋能营销、风控、运营、研发与业务创新的实践。", null, true);
	}

	/** Case 4: per-event prizes, 最佳风采奖 and unit team awards, final. */
	private void relief() {
		long contest = ids.id(DemoContests.RELIEF);
		RoundView round = contests.rounds(contest).get(0);
		story.at(story.daysAgo(197, 10));
		awards.addTier(system, contest, new TierDraft("一等奖", round.id(), true, 1, null, null));
		awards.addTier(system, contest, new TierDraft("二等奖", round.id(), true, 1, null, null));
		awards.addTier(system, contest, new TierDraft("三等奖", round.id(), true, 2, null, null));
		awards.addTier(system, contest, new TierDraft("最佳风采奖", round.id(), false, 1, null, null));
		story.at(story.daysAgo(196, 10));
		awards.publish(system, contest, new PublishDraft(7, 5, 0, BigDecimal.ONE, new BigDecimal("3")));
		story.at(story.daysAgo(188, 10));
		awards.finalise(system, contest);
	}

	/** Case 2: prizes 1/3/6, on public notice. */
	private void robots() {
		long contest = ids.id(DemoContests.ROBOTS);
		RoundView round = contests.rounds(contest).get(0);
		story.at(story.daysAgo(5, 10));
		awards.addTier(system, contest, new TierDraft("一等奖", round.id(), false, 1, null, null));
		awards.addTier(system, contest, new TierDraft("二等奖", round.id(), false, 3, null, null));
		awards.addTier(system, contest, new TierDraft("三等奖", round.id(), false, 6, null, null));
		story.at(story.daysAgo(3, 10));
		awards.publish(system, contest, new PublishDraft(7, 0, 0, BigDecimal.ONE, new BigDecimal("3")));
	}

}
