package cn.jiangxin.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.benefit.BenefitApi;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settlement: a union's summary agrees with what the fund audit will book
 * ({@link BenefitApi#subsidy}), month by month and merchant by merchant; a merchant's
 * statement lists every coupon used at its outlets, as JSON and as a workbook with the
 * same totals, for its plan's admins and its own clerks only; periods are checked.
 */
@IntegrationTest
class SettlementTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BenefitApi subsidies;

	private final JsonMapper json = JsonMapper.builder().build();

	private MvcTestResult get(String who, String uri) {
		return mvc.get().uri(uri).with(logins.as(who)).header("Accept-Language", "zh-CN").exchange();
	}

	private Map<?, ?> body(MvcTestResult result) {
		return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
	}

	@Test
	void aUnionsSummaryAgreesWithTheSubsidyItBooksByMonthAndByMerchant() {
		LocalDate to = LocalDate.now(Zones.BEIJING);
		LocalDate from = to.minusDays(60);
		long jingkai = orgs.id(Demo.JINGKAI);
		MvcTestResult result = get(Demo.JINGKAI_ADMIN,
				"/api/v1/settlements?orgId=" + jingkai + "&from=" + from + "&to=" + to);
		assertThat(result).hasStatus(200);
		Map<?, ?> summary = body(result);
		BigDecimal total = new BigDecimal(summary.get("unionPays").toString());
		assertThat(total).isPositive().isEqualByComparingTo(subsidies.subsidy(jingkai, from, to));
		BigDecimal byMonth = ((List<?>) summary.get("months")).stream()
			.map(m -> new BigDecimal(((Map<?, ?>) m).get("unionPays").toString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal byMerchant = ((List<?>) summary.get("merchants")).stream()
			.map(m -> new BigDecimal(((Map<?, ?>) m).get("unionPays").toString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(byMonth).isEqualByComparingTo(total);
		assertThat(byMerchant).isEqualByComparingTo(total);
		assertThat(result).bodyJson().extractingPath("$.merchants[*].name").asArray().contains("乡村振兴经开区协同中心");
		// the page shows the same total
		assertThat(get(Demo.JINGKAI_ADMIN, "/settlements?orgId=" + jingkai + "&from=" + from + "&to=" + to))
			.hasStatus(200)
			.bodyText()
			.contains("乡村振兴经开区协同中心");
	}

	@Test
	void aPeriodIsCheckedAndAUnionOutOfReachIsRefusedByItsField() {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/settlements?orgId=" + jingkai + "&from=2026-03-01&to=2026-02-01"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/settlements?orgId=" + jingkai + "&from=2024-01-01&to=2026-02-01"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/settlements?orgId=" + jingkai + "&from=yesterday&to=2026-02-01"))
			.hasStatus(400);
		assertThat(get(Demo.JINGKAI_ADMIN,
				"/api/v1/settlements?orgId=" + orgs.id(Demo.FINANCE) + "&from=2026-01-01&to=2026-02-01"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("orgId");
		assertThat(get(BenefitDemo.CLERK, "/api/v1/settlements?orgId=" + jingkai + "&from=2026-01-01&to=2026-02-01"))
			.hasStatus(403);
	}

	@Test
	void aMerchantsStatementListsItsCouponsAsJsonAndAsAWorkbookForItsOwnClerk() throws Exception {
		long centre = jdbc.sql("SELECT id FROM merchant WHERE name = '乡村振兴经开区协同中心'").query(Long.class).single();
		long other = jdbc.sql("SELECT id FROM merchant WHERE name = '亦庄职工之家餐厅'").query(Long.class).single();
		LocalDate to = LocalDate.now(Zones.BEIJING);
		LocalDate from = to.minusDays(30);
		String period = "?from=" + from + "&to=" + to;
		MvcTestResult statement = get(BenefitDemo.CLERK, "/api/v1/settlements/merchants/" + centre + period);
		assertThat(statement).hasStatus(200);
		Map<?, ?> s = body(statement);
		int used = ((Number) s.get("used")).intValue();
		assertThat(used).isPositive().isEqualTo(((List<?>) s.get("lines")).size());
		assertThat(get(BenefitDemo.CLERK, "/api/v1/settlements/merchants/" + other + period)).hasStatus(404);
		assertThat(get(BenefitDemo.CLERK, "/settlements/merchants/" + other + "/statement.xlsx" + period))
			.hasStatus(404);
		MvcTestResult file = get(BenefitDemo.CLERK, "/settlements/merchants/" + centre + "/statement.xlsx" + period);
		assertThat(file).hasStatus(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).contains("乡村振兴经开区协同中心");
			long codes = rows.stream()
				.filter(r -> r.getCellCount() > 2 && r.getCellText(2).matches("[A-Z0-9]{12}"))
				.count();
			assertThat(codes).isEqualTo(used);
			Row total = rows.stream().filter(r -> "工会补贴".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(new BigDecimal(total.getCellText(1))).isEqualByComparingTo(s.get("unionPays").toString());
		}
		assertThat(get(Demo.JINGKAI_ADMIN, "/api/v1/settlements/merchants/" + centre + "/statement.xlsx" + period))
			.hasStatus(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'merchant' AND action = 'EXPORT'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

}
