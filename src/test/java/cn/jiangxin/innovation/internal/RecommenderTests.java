package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.innovation.internal.Recommender.AchievementFact;
import cn.jiangxin.innovation.internal.Recommender.ProjectFact;
import cn.jiangxin.innovation.internal.Recommender.Reason.Code;
import cn.jiangxin.innovation.internal.Recommender.Recommendation;
import cn.jiangxin.innovation.internal.Recommender.StudioProfile;

/**
 * The recommendation on a hand-made set, every point worked out by hand: a problem in
 * rail transit tagged PIS, 显示屏维修 and 嵌入式 whose call opened on 1 September 2025, and eight
 * studios, three of which must not be shown (no relevance, not in the pool, dissolved:
 * the last two never reach the ranking, as the pool holds active studios only).
 */
class RecommenderTests {

	static final Recommender.ProblemProfile PROBLEM = new Recommender.ProblemProfile(StudioField.RAIL_TRANSIT,
			Set.of("pis", "显示屏维修", "嵌入式"), LocalDate.of(2025, 9, 1));

	/**
	 * A: 2 tags (20), field (15), 2 patents on 显示屏维修 in 2024 (12) and a PIS method of
	 * 2019, older than five years (4 / 2 = 2), partner in a closed PIS project rated good
	 * (5 + 2), city level (4): 60.
	 */
	static final StudioProfile A = new StudioProfile(1, "A", StudioField.RAIL_TRANSIT, Set.of("pis", "显示屏维修", "维修"),
			StudioLevel.CITY,
			List.of(new AchievementFact(AchievementKind.PATENT, LocalDate.of(2024, 3, 1), "一种显示屏维修工装"),
					new AchievementFact(AchievementKind.PATENT, LocalDate.of(2024, 5, 1), "显示屏维修检测台"),
					new AchievementFact(AchievementKind.METHOD, LocalDate.of(2019, 6, 1), "PIS 终端板级维修法"),
					new AchievementFact(AchievementKind.PUBLICATION, LocalDate.of(2024, 1, 1), "地铁安全读本")),
			List.of(new ProjectFact(false, JointProject.Status.CLOSED, JointProject.Rating.GOOD, Set.of("pis"),
					"PIS 维修技术攻关")),
			1, false);

	/** D: 3 tags (30), field (15), enterprise level (0): 45. */
	static final StudioProfile D = new StudioProfile(4, "D", StudioField.RAIL_TRANSIT, Set.of("pis", "显示屏维修", "嵌入式"),
			StudioLevel.ENTERPRISE, List.of(), List.of(), 0, false);

	/**
	 * B: 1 tag (10), another field, software on 嵌入式 (4) and a publication on PIS (2),
	 * lead in a running 嵌入式 project (8), district (2), three projects under way (−3): 23.
	 */
	static final StudioProfile B = new StudioProfile(2, "B", StudioField.ROAD_TRANSPORT, Set.of("嵌入式", "车载终端"),
			StudioLevel.DISTRICT,
			List.of(new AchievementFact(AchievementKind.SOFTWARE, LocalDate.of(2023, 1, 1), "嵌入式终端诊断软件"),
					new AchievementFact(AchievementKind.PUBLICATION, LocalDate.of(2022, 1, 1), "论 PIS 的国产化")),
			List.of(new ProjectFact(true, JointProject.Status.RUNNING, null, Set.of("嵌入式"), "车载终端")), 3, false);

	/** C and H: the field only (15); H has the larger id, so it comes after C. */
	static final StudioProfile C = new StudioProfile(3, "C", StudioField.RAIL_TRANSIT, Set.of(), StudioLevel.ENTERPRISE,
			List.of(), List.of(), 0, false);

	static final StudioProfile H = new StudioProfile(8, "H", StudioField.RAIL_TRANSIT, Set.of(), null, List.of(),
			List.of(), 0, true);

	/** E: national level (6), nothing relevant: not shown. */
	static final StudioProfile E = new StudioProfile(5, "E", StudioField.IT, Set.of("大模型"), StudioLevel.NATIONAL,
			List.of(), List.of(), 0, false);

	@Test
	void theHandMadeSetRanksAsWorkedOut() {
		List<Recommendation> ranked = Recommender.rank(PROBLEM, List.of(A, B, C, D, E, H));
		assertThat(ranked).extracting(Recommendation::name).containsExactly("A", "D", "B", "C", "H");
		assertThat(ranked).extracting(Recommendation::score).containsExactly(60, 45, 23, 15, 15);
		assertThat(ranked.get(0).reasons()).extracting(Recommender.Reason::code, Recommender.Reason::points)
			.containsExactly(tuple(Code.TAGS, 20), tuple(Code.FIELD, 15), tuple(Code.ACHIEVEMENTS, 14),
					tuple(Code.PROJECTS, 7), tuple(Code.LEVEL, 4));
		assertThat(ranked.get(2).reasons()).extracting(Recommender.Reason::code)
			.as("B's load costs it 3")
			.contains(Code.LOAD);
		assertThat(ranked.get(4).applied()).as("a studio that applied stays, with its badge").isTrue();
	}

	@Test
	void theReasonsReadInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/innovation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Reasons reasons = new Reasons(messages);
		Recommendation a = Recommender.score(PROBLEM, A);
		try {
			LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
			assertThat(reasons.view(a).reasons()).extracting(Reasons.Line::text)
				.containsExactly("标签相符 2 项：pis、显示屏维修（+20）", "同一领域：轨道交通（+15）", "相关成果：2 项专利（显示屏维修）、1 项新方法新工艺（pis）（+14）",
						"参与过 1 个相关联合攻关项目：pis（+7）", "市级工作室（+4）");
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(reasons.view(a).reasons().get(2).text())
				.isEqualTo("2 patents on 显示屏维修; 1 new method on pis (+14)");
			assertThat(reasons.view(a).reasons().get(3).text()).isEqualTo("took part in 1 joint project on pis (+7)");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void pointsAreCapped() {
		List<AchievementFact> patents = new ArrayList<>();
		List<ProjectFact> projects = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			patents.add(new AchievementFact(AchievementKind.PATENT, LocalDate.of(2024, 1, 1 + i), "显示屏维修装置 " + i));
			projects.add(new ProjectFact(true, JointProject.Status.CLOSED, JointProject.Rating.EXCELLENT, Set.of("pis"),
					"项目 " + i));
		}
		StudioProfile many = new StudioProfile(9, "many", StudioField.IT, Set.of("pis", "显示屏维修", "嵌入式", "x"), null,
				patents, projects, 0, false);
		Recommendation scored = Recommender.score(PROBLEM, many);
		assertThat(scored.reasons()).extracting(Recommender.Reason::code, Recommender.Reason::points)
			.containsExactly(tuple(Code.TAGS, 30), tuple(Code.ACHIEVEMENTS, 30), tuple(Code.PROJECTS, 20));
	}

	@Test
	void theOrderDoesNotDependOnTheInputOrder() {
		List<StudioProfile> pool = new ArrayList<>(List.of(A, B, C, D, E, H));
		List<Recommendation> first = Recommender.rank(PROBLEM, pool);
		Random random = new Random(7);
		for (int i = 0; i < 20; i++) {
			Collections.shuffle(pool, random);
			assertThat(Recommender.rank(PROBLEM, pool)).isEqualTo(first);
		}
	}

	@Test
	void cancelledProjectsAndUnrelatedAchievementsCountNothing() {
		StudioProfile cancelled = new StudioProfile(10, "X", StudioField.IT, Set.of("pis"), null,
				List.of(new AchievementFact(AchievementKind.PATENT, LocalDate.of(2024, 1, 1), "沥青摊铺装置")),
				List.of(new ProjectFact(true, JointProject.Status.CANCELLED, null, Set.of("pis"), "PIS")), 0, false);
		assertThat(Recommender.score(PROBLEM, cancelled).reasons()).extracting(Recommender.Reason::code)
			.containsExactly(Code.TAGS);
	}

}
