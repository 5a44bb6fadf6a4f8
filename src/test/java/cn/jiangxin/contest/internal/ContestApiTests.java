package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finance competition of the seeds set up through the API alone: a co-hosted draft,
 * five team tracks with requirements, three rounds, opened; then entries by card number
 * and in bulk, a member's own entry with invitations, materials handed in, confirmations;
 * bad input answered field by field.
 */
@IntegrationTest
class ContestApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	JsonMapper json;

	@Test
	void theFinanceCompetitionIsSetUpAndEnteredThroughTheApi() throws Exception {
		Instant now = Instant.now();
		JsonNode contest = created(post(Demo.CITY_ADMIN, "/api/v1/contests", """
				{"kind": "SKILLS", "title": "金融职工大模型技术应用创新能力职业技能大赛（API）", "theme": "以赛促学",
				 "scopeOrgId": %d, "opensAt": "%s", "closesAt": "%s",
				 "hostOrgIds": [%d, %d], "organiserOrgIds": [%d]}
				""".formatted(orgs.id(Demo.FINANCE), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(20)),
				orgs.id(Demo.CITY), orgs.id("中国人民银行北京市分行工会"), orgs.id(Demo.FINANCE))));
		long id = contest.get("id").asLong();
		assertThat(contest.get("status").asString()).isEqualTo("DRAFT");
		assertThat(contest.get("hosts")).hasSize(2);
		for (String track : List.of("智能营销", "智能风控", "办公运营", "研发辅助", "业务创新")) {
			created(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/tracks",
					"""
							{"name": "%s", "entryKind": "TEAM", "teamMin": 2, "teamMax": 15, "quotaPerUnit": 5,
							 "declaration": "本团队承诺作品原创。",
							 "requirements": [{"code": "summary", "label": "方案简介", "file": false, "required": true, "maxWords": 800},
							                  {"code": "proposal", "label": "方案材料", "file": true, "required": false,
							                   "allowedKinds": ["pdf", "pptx"], "maxMegabytes": 50}]}
							"""
						.formatted(track)));
		}
		created(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/rounds", """
				{"ordinal": 1, "name": "初赛", "format": "MATERIAL_REVIEW", "scoringPlan": "创新性 40 / 实用性 30 / 可推广性 30",
				 "advancement": "TOP_N_OVERALL", "advancementValue": 60}"""));
		created(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/rounds",
				"""
						{"ordinal": 2, "name": "复赛", "format": "MATERIAL_REVIEW", "advancement": "TOP_N_OVERALL", "advancementValue": 13}"""));
		created(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/rounds", """
				{"ordinal": 3, "name": "决赛", "format": "ONSITE_DEFENSE", "advancement": "NONE"}"""));
		assertThat(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/status", "{\"target\": \"JUDGING\"}"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/status", "{\"target\": \"OPEN\"}"))
			.hasStatusOk();

		JsonNode tracks = body(
				mvc.get().uri("/api/v1/contests/{id}/tracks", id).with(logins.as(Demo.JINGKAI_ADMIN)).exchange());
		assertThat(tracks).hasSize(5);
		long marketing = tracks.get(0).get("id").asLong();
		assertThat(
				body(mvc.get().uri("/api/v1/contests/{id}/rounds", id).with(logins.as(Demo.FINANCE_ADMIN)).exchange()))
			.hasSize(3);

		Someone leader = fixtures.member(Demo.BANK);
		Someone teammate = fixtures.member(Demo.BANK);
		JsonNode byAdmin = created(post(Demo.FINANCE_ADMIN, "/api/v1/contests/" + id + "/entries",
				"""
						{"trackId": %d, "title": "工行·客户画像助手", "leaderCardNo": "%s", "teamCardNos": ["%s"], "declarationAccepted": true}
						"""
					.formatted(marketing, leader.cardNo(), teammate.cardNo())));
		assertThat(byAdmin.get("people")).hasSize(2);

		Someone self = fixtures.member(Demo.BANK);
		Someone invitee = fixtures.member("中国农业银行北京市分行工会");
		JsonNode own = created(post(self.cardNo(), "/api/v1/contests/" + id + "/entries", """
				{"trackId": %d, "title": "风控小队", "declarationAccepted": true}"""
			.formatted(tracks.get(1).get("id").asLong())));
		long ownId = own.get("id").asLong();
		assertThat(post(self.cardNo(), "/api/v1/entries/" + ownId + "/invitations",
				"{\"invitee\": \"" + invitee.phone() + "\"}"))
			.hasStatusOk();
		assertThat(post(invitee.cardNo(), "/api/v1/entries/" + ownId + "/accept", null)).hasStatusOk();

		MvcTestResult handedIn = mvc.post()
			.uri("/api/v1/entries/{id}/submissions", ownId)
			.multipart()
			.param("text.summary", "基于大模型的信贷风险预警。")
			.file(new MockMultipartFile("file.proposal", "方案.pdf", "application/pdf", SubmissionTests.pdf()))
			.with(logins.as(self.cardNo()))
			.with(csrf())
			.exchange();
		assertThat(handedIn).hasStatus(HttpStatus.CREATED);
		assertThat(body(handedIn).get("items")).hasSize(2);
		assertThat(post(Demo.FINANCE_ADMIN, "/api/v1/entries/" + ownId + "/confirm", null)).hasStatusOk();
		assertThat(contests.entry(ownId).orElseThrow().status()).isEqualTo(EntryStatus.CONFIRMED);

		JsonNode financeView = body(
				mvc.get().uri("/api/v1/contests/{id}/entries", id).with(logins.as(Demo.FINANCE_ADMIN)).exchange());
		assertThat(financeView.get("total").asLong()).isEqualTo(2);
		JsonNode outsiderView = body(
				mvc.get().uri("/api/v1/contests/{id}/entries", id).with(logins.as(Demo.JINGKAI_ADMIN)).exchange());
		assertThat(outsiderView.get("total").asLong()).isZero();
		assertThat(mvc.get().uri("/api/v1/entries/{id}", ownId).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);

		Someone[] bulk = { fixtures.member(Demo.BANK), fixtures.member(Demo.BANK), fixtures.member(Demo.BANK) };
		byte[] sheet = workbook(List.of(List.of("赛道", "作品/队伍名称", "负责人会员卡号", "队员会员卡号", "已阅读并同意承诺"),
				List.of("办公运营", "公文助手", bulk[0].cardNo(), bulk[1].cardNo() + "、" + bulk[2].cardNo(), "是")));
		MvcTestResult imported = mvc.post()
			.uri("/api/v1/contests/{id}/entries/import", id)
			.multipart()
			.file(new MockMultipartFile("file", "entries.xlsx", "application/octet-stream", sheet))
			.with(logins.as(Demo.FINANCE_ADMIN))
			.with(csrf())
			.exchange();
		assertThat(imported).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.registered").isEqualTo(1);
	}

	@Test
	void aBulkImportWithOneBadRowRegistersNothingAndNamesEveryBadRow() throws Exception {
		long[] ids = fixtures.openWith(TrackDraft.individual("数控车工"));
		Someone good = fixtures.member(Demo.HAISITANPU);
		Someone banker = fixtures.member(Demo.BANK);
		byte[] sheet = workbook(List.of(List.of("赛道", "作品/队伍名称", "负责人会员卡号", "队员会员卡号", "已阅读并同意承诺"),
				List.of("数控车工", "", good.cardNo(), "", "是"), List.of("数控车工", "", banker.cardNo(), "", "是"),
				List.of("不存在的赛道", "", good.cardNo(), "", "是"), List.of("数控车工", "", "12345", "", "是")));
		MvcTestResult result = mvc.post()
			.uri("/api/v1/contests/{id}/entries/import", ids[0])
			.multipart()
			.file(new MockMultipartFile("file", "entries.xlsx", "application/octet-stream", sheet))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		JsonNode problem = body(result);
		assertThat(problem.get("rows")).hasSize(3);
		assertThat(problem.get("rows").get(0).get("row").asLong()).isEqualTo(3);
		assertThat(problem.get("rows").get(0).get("column").asString()).isEqualTo("负责人会员卡号");
		assertThat(problem.get("rows").get(1).get("reason").asString()).contains("不存在的赛道");
		assertThat(contests.entries(ids[0])).isEmpty();
	}

	@Test
	void badInputIsAnsweredFieldByField() {
		assertThat(post(Demo.CITY_ADMIN, "/api/v1/contests",
				"""
						{"kind": "SKILLS", "title": "", "scopeOrgId": %d, "opensAt": "2025-06-01T00:00:00Z",
						 "closesAt": "2025-05-01T00:00:00Z", "hostOrgIds": [%d]}""".formatted(orgs.id(Demo.CITY),
						orgs.id(Demo.CITY))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("title");
		assertThat(post(Demo.CITY_ADMIN, "/api/v1/contests",
				"""
						{"kind": "SKILLS", "title": "窗口颠倒", "scopeOrgId": %d, "opensAt": "2025-06-01T00:00:00Z",
						 "closesAt": "2025-05-01T00:00:00Z", "hostOrgIds": [%d]}""".formatted(orgs.id(Demo.CITY),
						orgs.id(Demo.CITY))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("closesAt");
		assertThat(post(Demo.CITY_ADMIN, "/api/v1/contests", "{\"kind\": \"BOWLING\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(Demo.CITY_ADMIN, "/api/v1/contests", "{\"kind\": ")).hasStatus(HttpStatus.BAD_REQUEST);
		long contest = fixtures.contest(Demo.JINGKAI, List.of(Demo.JINGKAI), ContestKind.SKILLS);
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + contest + "/tracks", """
				{"name": "团体", "entryKind": "TEAM", "teamMin": 5, "teamMax": 3}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("teamMax");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + contest + "/tracks",
				"""
						{"name": "文件", "entryKind": "INDIVIDUAL",
						 "requirements": [{"code": "f", "label": "可执行文件", "file": true, "required": true, "allowedKinds": ["exe"], "maxMegabytes": 1}]}"""))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("exe");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + contest + "/rounds", """
				{"ordinal": 1, "name": "初赛", "format": "MATERIAL_REVIEW", "advancement": "TOP_N_OVERALL"}"""))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("advancementValue");
		assertThat(post(Demo.JINGKAI_ADMIN, "/api/v1/contests/" + contest + "/status", "{\"target\": \"OPEN\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("contest.open.noTracks");
	}

	@Test
	void aDraftIsSeenOnlyByItsOrganisers() {
		long contest = fixtures.contest(Demo.JINGKAI, List.of(Demo.JINGKAI), ContestKind.SKILLS);
		assertThat(mvc.get().uri("/api/v1/contests/{id}", contest).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/contests/{id}", contest).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/contests/{id}", contest)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/contests?q={q}", "测试赛事").with(logins.as(Demo.FINANCE_ADMIN))).bodyText()
			.doesNotContain("\"id\":" + contest + ",");
	}

	private MvcTestResult post(String user, String uri, String body) {
		var request = mvc.post().uri(uri).with(logins.as(user)).with(csrf());
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private JsonNode created(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return body(result);
	}

	private JsonNode body(MvcTestResult result) {
		try {
			return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] workbook(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("报名");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.value(r, c, rows.get(r).get(c));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
