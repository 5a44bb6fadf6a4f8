package cn.jiangxin.innovation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Problems;

/**
 * Achievements: a joint outcome counts once for every studio it belongs to; a patent
 * needs its kind and a well-formed number and is recorded once; contributors are the
 * studios' members or people named from outside; partner studios out of reach are
 * refused; the demo's PIS repair belongs to the four studios that did it; bad input over
 * JSON is a problem naming the field.
 */
@IntegrationTest
class AchievementTests {

	private static final AtomicInteger SERIAL = new AtomicInteger(100);

	@Autowired
	AchievementService achievements;

	@Autowired
	StudioSetup setup;

	@Autowired
	ContestFixtures people;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonPosts json;

	private Actor jingkai() {
		return logins.actor(Demo.JINGKAI_ADMIN);
	}

	/** A new studio of 海斯坦普 and its leader's card. */
	private record Made(long id, String leaderCard) {
	}

	private Made studio() {
		String card = people.member(Demo.HAISITANPU).cardNo();
		long id = setup.studio(jingkai(), "成果测试工作室" + SERIAL.incrementAndGet(), orgs.id(Demo.HAISITANPU), card);
		return new Made(id, card);
	}

	private static AchievementDraft draft(AchievementKind kind, String title, List<Long> partners, String patentNo,
			PatentKind patentKind, String standardNo, List<String> cards, List<String> externals) {
		return new AchievementDraft(kind, title, LocalDate.of(2025, 5, 1), partners, patentNo, patentKind, standardNo,
				null, new BigDecimal("1234.50"), null, cards, externals, List.of("北京地铁公司", "北京地铁公司"));
	}

	/** A patent number no other test uses: ZL + 12 digits + check digit. */
	private static String patentNo() {
		return "ZL 2025 1 %07d.3".formatted(SERIAL.incrementAndGet() * 7 + System.nanoTime() % 1000);
	}

	@Test
	void aJointOutcomeCountsOnceForEveryStudioItBelongsTo() {
		Made first = studio();
		Made second = studio();
		long id = achievements.record(jingkai(), first.id(),
				draft(AchievementKind.METHOD, "焊装夹具快换工艺", List.of(second.id(), first.id()), null, null, null,
						List.of(first.leaderCard(), second.leaderCard(), first.leaderCard()), List.of("北京理工大学指导专家")));
		for (Made studio : List.of(first, second)) {
			assertThat(achievements.ofStudio(jingkai(), studio.id())).singleElement().satisfies(a -> {
				assertThat(a.id()).isEqualTo(id);
				assertThat(a.studios()).hasSize(2);
				assertThat(a.contributors()).extracting(Achievement.Contributor::name)
					.as("members once each, then the outsider")
					.hasSize(3)
					.endsWith("北京理工大学指导专家");
				assertThat(a.adoptedBy()).containsExactly("北京地铁公司");
			});
			AchievementStore.Tally tally = achievements.tally(jingkai(), studio.id());
			assertThat(tally.count(AchievementKind.METHOD)).isEqualTo(1);
			assertThat(tally.benefit()).isEqualByComparingTo("1234.50");
		}
	}

	@Test
	void aPatentNeedsItsKindAWellFormedNumberAndIsRecordedOnce() {
		Made studio = studio();
		List<String> cards = List.of(studio.leaderCard());
		String number = patentNo();
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.PATENT, "无类型", List.of(), number, null, null, cards, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("patentKind"));
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.PATENT, "坏号", List.of(), "ZL2025-12", PatentKind.UTILITY, null, cards,
						List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("patentNo"));
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.METHOD, "方法带专利号", List.of(), number, null, null, cards, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("patentNo"));
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.STANDARD, "无标准号", List.of(), null, null, " ", cards, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("standardNo"));
		achievements.record(jingkai(), studio.id(), draft(AchievementKind.PATENT, "一种焊枪清理装置", List.of(), number,
				PatentKind.UTILITY, null, cards, List.of()));
		String kept = "ZL" + number.substring(2).replace(" ", "");
		assertThat(achievements.search(jingkai(), AchievementKind.PATENT, kept)).singleElement()
			.satisfies(a -> assertThat(a.title()).isEqualTo("一种焊枪清理装置"));
		Made other = studio();
		assertThatThrownBy(() -> achievements.record(jingkai(), other.id(),
				draft(AchievementKind.PATENT, "同一专利", List.of(), kept, PatentKind.UTILITY, null,
						List.of(other.leaderCard()), List.of())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("patentTaken");
	}

	@Test
	void contributorsComeFromTheStudiosAndPartnersFromReach() {
		Made studio = studio();
		String stranger = people.member(Demo.HAISITANPU).cardNo();
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.OTHER, "外人", List.of(), null, null, null, List.of(stranger), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("contributorCardNos"));
		long finance = setup.studio(logins.actor(Demo.FINANCE_ADMIN), "成果越权工作室" + SERIAL.incrementAndGet(),
				orgs.id(Demo.FINANCE), people.member(Demo.BANK).cardNo());
		assertThatThrownBy(() -> achievements.record(jingkai(), studio.id(),
				draft(AchievementKind.OTHER, "越权合作", List.of(finance), null, null, null, List.of(), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.field()).isEqualTo("partnerStudioIds"));
		assertThatThrownBy(() -> achievements.record(jingkai(), finance,
				draft(AchievementKind.OTHER, "越权", List.of(), null, null, null, List.of(), List.of())))
			.isInstanceOf(NotFoundException.class);
		assertThat(achievements.ofStudio(jingkai(), studio.id())).isEmpty();
		assertThat(achievements.search(logins.actor(Demo.FINANCE_ADMIN), null, "焊装")).as("out of reach").isEmpty();
	}

	@Test
	void theDemosPisRepairBelongsToTheFourStudiosThatDidIt() {
		List<String> owners = jdbc.sql("""
				SELECT st.name FROM achievement a JOIN achievement_studio s ON s.achievement_id = a.id
				JOIN studio st ON st.id = s.studio_id WHERE a.title = '乘客信息显示系统（PIS）终端显示屏维修技术' ORDER BY st.name""")
			.query(String.class)
			.list();
		assertThat(owners).containsExactlyInAnyOrder("地铁乘客信息系统维修创新工作室", "高铁旅客信息显示创新工作室", "航站楼航显设备创新工作室", "公交电子站牌创新工作室");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM studio_member m JOIN studio s ON s.id = m.studio_id "
					+ "WHERE s.name = '一中院职工创新工作室' AND m.left_on IS NULL")
			.query(Long.class)
			.single()).isEqualTo(18);
		assertThat(jdbc.sql("SELECT level FROM studio WHERE name = '一中院职工创新工作室'").query(String.class).single())
			.isEqualTo("CITY");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM studio").query(Long.class).single()).isGreaterThanOrEqualTo(250);
	}

	private MvcTestResult post(String uri, String body) {
		return json.post(Demo.JINGKAI_ADMIN, uri, body);
	}

	@Test
	void overJsonAnAchievementIsRecordedAndBadInputNamesTheField() {
		Made studio = studio();
		String uri = "/api/v1/studios/" + studio.id() + "/achievements";
		long before = jdbc.sql("SELECT COUNT(*) FROM achievement").query(Long.class).single();
		Problems.field(post(uri, """
				{"kind": "METHOD", "title": "x", "achievedOn": "2025-01-01", "benefit": "很多"}"""), "benefit");
		Problems.field(post(uri, """
				{"kind": "METHOD", "title": "x", "achievedOn": "2025-01-01", "benefit": 1e20}"""), "benefit");
		Problems.field(post(uri, """
				{"kind": "METHOD", "title": "x", "achievedOn": "2025-01-01", "benefit": -1}"""), "benefit");
		Problems.field(post(uri, """
				{"kind": "INVENTION", "title": "x", "achievedOn": "2025-01-01"}"""), "kind");
		Problems.field(post(uri, """
				{"kind": "METHOD", "title": "x", "achievedOn": "2025-01-01", "partnerStudioIds": ["a"]}"""),
				"partnerStudioIds[0]");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM achievement").query(Long.class).single()).isEqualTo(before);
		assertThat(post(uri, """
				{"kind": "SOFTWARE", "title": "焊装参数管理软件", "achievedOn": "2025-01-01", "benefit": 88000,
				 "contributorCardNos": ["%s"]}""".formatted(studio.leaderCard()))).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$[0].contributors[0].name")
			.isNotNull();
	}

	@Test
	void achievementsAreCountedPerUnionAndMemberWithinReach() {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		ContestFixtures.Someone leader = people.member(Demo.HAISITANPU);
		long studio = setup.studio(jingkai, "计数测试工作室" + System.nanoTime() % 100000, orgs.id(Demo.HAISITANPU),
				leader.cardNo());
		List<AchievementStore.Count> before = achievements.counts(jingkai, AchievementStore.CountBy.UNION);
		long haisitanpu = before.stream()
			.filter(c -> c.id() == orgs.id(Demo.HAISITANPU))
			.mapToLong(AchievementStore.Count::count)
			.sum();
		achievements.record(jingkai, studio,
				new AchievementDraft(AchievementKind.METHOD, "计数用新方法", LocalDate.of(2025, 3, 1), List.of(), null, null,
						null, null, null, null, List.of(leader.cardNo()), List.of(), List.of()));
		assertThat(achievements.counts(jingkai, AchievementStore.CountBy.UNION))
			.as("the 经开区 admin counts their own unions only")
			.allSatisfy(c -> assertThat(c.name()).isNotEqualTo(Demo.FINANCE))
			.filteredOn(c -> c.id() == orgs.id(Demo.HAISITANPU))
			.singleElement()
			.satisfies(c -> assertThat(c.count()).isEqualTo(haisitanpu + 1));
		assertThat(achievements.counts(jingkai, AchievementStore.CountBy.MEMBER)).filteredOn(c -> c.id() == leader.id())
			.singleElement()
			.satisfies(c -> assertThat(c.name()).isEqualTo(leader.name()));
	}

	@Autowired
	AchievementFiles evidence;

	@Test
	void evidenceIsAttachedAsPdfOrImageReadInReachAndRefusedOnADissolvedStudio() throws Exception {
		Actor jingkai = logins.actor(Demo.JINGKAI_ADMIN);
		long studio = setup.studio(jingkai, "证明测试工作室" + System.nanoTime() % 100000, orgs.id(Demo.HAISITANPU),
				people.member(Demo.HAISITANPU).cardNo());
		long achievement = setup.achievement(jingkai, studio, "有证明的成果");
		assertThat(evidence.attach(jingkai, achievement, StudioSetup.pdf("专利证书.pdf"))).singleElement()
			.satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
		assertThatThrownBy(() -> evidence.attach(jingkai, achievement,
				new MockMultipartFile("file", "说明.txt", "text/plain", "只是文字".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("file.typeNotAllowed");
		assertThat(json.post(Demo.JINGKAI_ADMIN, "/api/v1/achievements/" + achievement + "/files", "{}"))
			.as("a JSON body is no file")
			.hasStatus4xxClientError();
		assertThatThrownBy(() -> evidence.list(logins.actor(Demo.FINANCE_ADMIN), achievement))
			.isInstanceOf(NotFoundException.class);
		setup.dissolve(jingkai, studio, LocalDate.of(2025, 1, 2), "并入其他工作室");
		assertThatThrownBy(() -> evidence.attach(jingkai, achievement, StudioSetup.pdf("撤销后.pdf")))
			.hasMessageContaining("innovation.studio.dissolved");
		assertThat(evidence.list(jingkai, achievement)).as("the dissolved studio keeps its evidence, unchanged")
			.extracting(AchievementFiles.File::name)
			.containsExactly("专利证书.pdf");
	}

}
