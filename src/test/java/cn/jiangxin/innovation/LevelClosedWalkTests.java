package cn.jiangxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.contest.internal.ContestFixtures;
import cn.jiangxin.innovation.internal.StudioSetup;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Refusals;

/**
 * Closed means closed for level calls, applications and annual reviews: a closed call
 * takes no application and does not close twice; a finished application (here refused)
 * takes no step; a decided review takes no score and no second decision. Every such
 * write, over JSON and from the pages, is refused and changes nothing.
 */
@IntegrationTest
class LevelClosedWalkTests {

	private static final AtomicInteger NAMES = new AtomicInteger(2050);

	/**
	 * Writes that make a call, or a review of a studio (walked in StudioClosedWalkTests).
	 */
	static final Set<String> MAKING = Set.of("POST /api/v1/level-calls", "POST /level-calls");

	@Autowired
	MockMvc mvc;

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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private WalkPosts posts() {
		return new WalkPosts(mvc, logins);
	}

	/** A write at something closed: its pattern, URL and JSON body. */
	record Write(String key, String url, String body) {
	}

	static List<Write> writes(long call, long application, long review, long newcomer) {
		String today = LocalDate.now().toString();
		String app = "/api/v1/studio-applications/" + application;
		String page = "/studio-applications/" + application;
		return List.of(
				new Write("POST /api/v1/studio-applications", "/api/v1/studio-applications",
						"{\"callId\": %d, \"studioId\": %d, \"summary\": \"截止后申报\"}".formatted(call, newcomer)),
				new Write("POST /level-calls/{id}/applications",
						"/level-calls/" + call + "/applications?callId=" + call + "&studioId=" + newcomer
								+ "&summary=截止后申报",
						null),
				new Write("POST /api/v1/level-calls/{id}/close", "/api/v1/level-calls/" + call + "/close", null),
				new Write("POST /level-calls/{id}/close", "/level-calls/" + call + "/close", null),
				new Write("POST /api/v1/studio-applications/{id}/recommend", app + "/recommend", "{}"),
				new Write("POST /api/v1/studio-applications/{id}/not-recommend", app + "/not-recommend",
						"{\"reason\": \"办结后\"}"),
				new Write("POST /api/v1/studio-applications/{id}/notice", app + "/notice", "{}"),
				new Write("POST /api/v1/studio-applications/{id}/refuse", app + "/refuse", "{\"reason\": \"再拒\"}"),
				new Write("POST /api/v1/studio-applications/{id}/confer", app + "/confer",
						"{\"decision\": \"办结后命名\", \"conferredOn\": \"" + today + "\"}"),
				new Write("POST /api/v1/studio-applications/{id}/withdraw", app + "/withdraw", null),
				new Write("POST /studio-applications/{id}/recommend", page + "/recommend?note=x", null),
				new Write("POST /studio-applications/{id}/not-recommend", page + "/not-recommend?reason=办结后", null),
				new Write("POST /studio-applications/{id}/notice", page + "/notice?note=x", null),
				new Write("POST /studio-applications/{id}/refuse", page + "/refuse?reason=再拒", null),
				new Write("POST /studio-applications/{id}/confer", page + "/confer?decision=办结后命名&conferredOn=" + today,
						null),
				new Write("POST /studio-applications/{id}/withdraw", page + "/withdraw", null),
				new Write("POST /api/v1/studio-reviews/{id}/scores", "/api/v1/studio-reviews/" + review + "/scores",
						"{\"output\": 1, \"talent\": 1, \"mechanism\": 1, \"demonstration\": 1}"),
				new Write("POST /api/v1/studio-reviews/{id}/decision", "/api/v1/studio-reviews/" + review + "/decision",
						"{\"outcome\": \"WITHDRAW\", \"reason\": \"再决定\", \"decision\": \"再决定\"}"),
				new Write("POST /studio-reviews/{id}/scores",
						"/studio-reviews/" + review + "/scores?output=1&talent=1&mechanism=1&demonstration=1", null),
				new Write("POST /studio-reviews/{id}/decision",
						"/studio-reviews/" + review + "/decision?outcome=WITHDRAW&reason=再决定&decision=再决定", null));
	}

	/**
	 * Every write of calls, applications and reviews, walked here or making something
	 * new.
	 */
	static Set<String> walked() {
		Set<String> walked = new TreeSet<>(MAKING);
		writes(0, 0, 0, 0).forEach(w -> walked.add(w.key()));
		return walked;
	}

	@Test
	void everyWriteOfLevelsAndReviewsIsWalked() {
		Set<String> writes = new TreeSet<>();
		Refusals.writes(mappings, "cn.jiangxin.innovation")
			.stream()
			.filter(w -> w.contains("level-call") || w.contains("studio-application") || w.contains("studio-review"))
			.forEach(writes::add);
		assertThat(walked()).as("every write of levels and reviews is walked").containsAll(writes);
		assertThat(writes).as("every walked write still exists").containsAll(walked());
	}

	private long studio() {
		return setup.studio(logins.actor(Demo.JINGKAI_ADMIN), "关闭申报测试" + NAMES.incrementAndGet(),
				orgs.id(Demo.HAISITANPU), people.member(Demo.HAISITANPU).cardNo());
	}

	private Map<String, Object> state(long call, long review) {
		return Map.of("call",
				jdbc.sql("SELECT status, version FROM level_call WHERE id = ?")
					.param(call)
					.query()
					.singleRow()
					.toString(),
				"applications",
				jdbc.sql(
						"SELECT id, status, reason, decision, version FROM studio_application WHERE call_id = ? ORDER BY id")
					.param(call)
					.query()
					.listOfRows()
					.toString(),
				"steps", jdbc.sql("""
						SELECT COUNT(*) FROM application_step s JOIN studio_application a ON a.id = s.application_id
						WHERE a.call_id = ?""").param(call).query(Long.class).single(), "review",
				jdbc.sql("SELECT status, outcome, version FROM studio_review WHERE id = ?")
					.param(review)
					.query()
					.singleRow()
					.toString(),
				"scores",
				jdbc.sql("SELECT COUNT(*) FROM review_score WHERE review_id = ?")
					.param(review)
					.query(Long.class)
					.single(),
				"levels",
				jdbc.sql("SELECT COUNT(*) FROM studio_level WHERE ended_on IS NULL").query(Long.class).single(),
				"audit",
				jdbc.sql("""
						SELECT COUNT(*) FROM audit_event
						WHERE entity_type IN ('level-call', 'studio-application', 'studio-review', 'studio')""")
					.query(Long.class)
					.single());
	}

	@Test
	void nothingChangesInAClosedCallAFinishedApplicationOrADecidedReview() throws Exception {
		long call = posts().created("/api/v1/level-calls", """
				{"conferringOrgId": %d, "level": "DISTRICT", "year": %d, "title": "关闭测试", "opensOn": "%s",
				 "closesOn": "%s", "noticeDays": 7}""".formatted(orgs.id(Demo.JINGKAI), NAMES.incrementAndGet(),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(10)));
		long refused = posts().created("/api/v1/studio-applications",
				"{\"callId\": %d, \"studioId\": %d, \"summary\": \"申报\"}".formatted(call, studio()));
		posts().ok("/api/v1/studio-applications/" + refused + "/recommend", "{}");
		posts().ok("/api/v1/studio-applications/" + refused + "/refuse", "{\"reason\": \"成果不足\"}");
		posts().ok("/api/v1/level-calls/" + call + "/close", null);
		long leveled = studio();
		posts().ok("/api/v1/studios/" + leveled + "/levels", """
				{"level": "DISTRICT", "conferringOrgId": %d, "decision": "经开工发〔2024〕8号", "conferredOn": "2024-05-01"}"""
			.formatted(orgs.id(Demo.JINGKAI)));
		long review = posts().created("/api/v1/studios/" + leveled + "/reviews",
				"{\"year\": " + (LocalDate.now().getYear() - 1) + ", \"report\": \"年度总结\"}");
		posts().ok("/api/v1/studio-reviews/" + review + "/scores",
				"{\"output\": 25, \"talent\": 25, \"mechanism\": 15, \"demonstration\": 15}");
		posts().ok("/api/v1/studio-reviews/" + review + "/decision", "{\"outcome\": \"KEEP\"}");
		long newcomer = studio();
		Map<String, Object> before = state(call, review);
		for (Write write : writes(call, refused, review, newcomer)) {
			MvcResult result = posts().send(write.url(), write.body());
			Refusals.refused(result, write.url().startsWith("/api/"), write.key());
			assertThat(state(call, review)).as(write.key() + " changes nothing").isEqualTo(before);
		}
	}

}
