package cn.jiangxin.member.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.internal.imports.ImportService.Mode;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * Bulk import and export of members, through the service and the API, with a small size
 * limit (4 KB, set on the shared context's import service for each test and put back
 * after it, as {@code jiangxin.import.max-size=4KB} would set it).
 */
@IntegrationTest
class ImportExportTests {

	static final DataSize MAX_SIZE = DataSize.ofKilobytes(4);

	static final String HEADER = "姓名,性别,证件类型,证件号码,出生日期,手机号码,电子邮箱,学历,就业类型,工作单位,所属工会,入会日期,标签";

	@Autowired
	ImportService imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	MemberApi members;

	@Autowired
	MemberSheets sheets;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private Object maxBytes;

	@BeforeEach
	void lowerTheSizeLimit() {
		ImportService service = AopTestUtils.getUltimateTargetObject(imports);
		maxBytes = ReflectionTestUtils.getField(service, "maxBytes");
		ReflectionTestUtils.setField(service, "maxBytes", MAX_SIZE.toBytes());
	}

	@AfterEach
	void restoreTheSizeLimit() {
		ImportService service = AopTestUtils.getUltimateTargetObject(imports);
		ReflectionTestUtils.setField(service, "maxBytes", maxBytes);
	}

	@Test
	void importsTheValidRowsReportsTheOthersAndReimportsWithoutDuplicates() throws Exception {
		String a = People.idNumber(true);
		String b = People.idNumber(false);
		String c = People.idNumber();
		String csv = "\uFEFF" + HEADER + "\n" + row("韩立新", a, "快递员", "") + "\n"
				+ row("许晓燕", b, "外卖配送员", Demo.HAISITANPU) + "\n"
				+ row("坏校验", a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0'), "快递员", "") + "\n"
				+ row("蒋伟", c, "EMPLOYEE", "") + "\n" + row("未知类", People.idNumber(), "宇航员", "") + "\n";
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "members.csv", csv.getBytes(StandardCharsets.UTF_8),
				Mode.VALID_ONLY);
		assertThat(job.status().name()).isEqualTo("DONE");
		assertThat(job.inserted()).isEqualTo(3);
		assertThat(job.errorCount()).isEqualTo(2);
		assertThat(jobs.errorsOf(job.id(), 10)).extracting(ImportJobs.RowError::row, ImportJobs.RowError::column)
			.containsExactly(Tuple.tuple(4L, "证件号码"), Tuple.tuple(6L, "就业类型"));
		assertThat(members.findByIdNumber(IdType.RESIDENT_ID, b).orElseThrow().orgId())
			.isEqualTo(orgs.id(Demo.HAISITANPU));

		ImportJobView again = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "members.csv", csv.getBytes(StandardCharsets.UTF_8),
				Mode.VALID_ONLY);
		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isEqualTo(3);
		long copies = jdbc.sql("SELECT COUNT(*) FROM member WHERE name = '韩立新'").query(Long.class).single();
		assertThat(copies).isEqualTo(1);

		MvcTestResult report = mvc.get()
			.uri("/members/import/{id}/errors.xlsx", job.id())
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		assertThat(report).hasStatusOk();
		List<String> lines = readXlsx(report.getResponse().getContentAsByteArray());
		assertThat(lines.get(0)).isEqualTo("行号|列|原因");
		assertThat(lines.get(1)).startsWith("4|证件号码|居民身份证号码校验位不正确");
	}

	@Test
	void allOrNothingWritesNothingWhenOneRowIsBad() throws Exception {
		long before = members.countActiveInSubtree(orgs.id(Demo.JINGKAI));
		String csv = HEADER + "\n" + row("全有甲", People.idNumber(), "快递员", "") + "\n" + row("全有乙", "123", "快递员", "")
				+ "\n";
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "all.csv", csv.getBytes(StandardCharsets.UTF_8),
				Mode.ALL_OR_NOTHING);
		assertThat(job.status().name()).isEqualTo("FAILED");
		assertThat(job.inserted()).isZero();
		assertThat(job.message()).contains("1");
		assertThat(jdbc.sql("SELECT after_state FROM audit_event WHERE entity_type = 'import' AND entity_id = ?")
			.param(String.valueOf(job.id()))
			.query(String.class)
			.single()).contains("\"status\":\"FAILED\"").contains("import.rejectedAll");
		assertThat(members.countActiveInSubtree(orgs.id(Demo.JINGKAI))).isEqualTo(before);
		long written = jdbc.sql("SELECT COUNT(*) FROM member WHERE name = '全有甲'").query(Long.class).single();
		assertThat(written).isZero();
	}

	@Test
	void readsGbkCsvAndConvertsLegacyIdNumbers() throws Exception {
		String id = People.idNumber();
		String legacy = id.substring(0, 6) + id.substring(8, 17);
		boolean twentiethCentury = id.startsWith("19", 6);
		String csv = HEADER + "\n" + row("冯老会员", twentiethCentury ? legacy : id, "在岗职工", "") + "\n";
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "gbk.csv", csv.getBytes(Charset.forName("GB18030")),
				Mode.VALID_ONLY);
		assertThat(job.inserted()).isEqualTo(1);
		assertThat(members.findByIdNumber(IdType.RESIDENT_ID, id).orElseThrow().name()).isEqualTo("冯老会员");
	}

	@Test
	void importsAnXlsxFileAndAFileFullOfErrors() throws Exception {
		String id = People.idNumber();
		byte[] xlsx = workbook(List
			.of(List.of("褚晓东", "", "居民身份证", id, "", People.phone(), "", "本科", "在岗职工", "", "", "2020-05-01", "")));
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "members.xlsx", xlsx, Mode.VALID_ONLY);
		assertThat(job.format()).isEqualTo("XLSX");
		assertThat(job.inserted()).isEqualTo(1);

		StringBuilder bad = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 10; i++) {
			bad.append("X,,,bad-").append(i).append(",,12,,,?,,不存在的工会,明天,\n");
		}
		ImportJobView errors = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "bad.csv",
				bad.toString().getBytes(StandardCharsets.UTF_8), Mode.VALID_ONLY);
		assertThat(errors.inserted()).isZero();
		assertThat(errors.errorCount()).isEqualTo(10);
	}

	@Test
	void refusesEmptyOversizedMalformedAndNonSpreadsheetFiles() throws Exception {
		long jingkai = orgs.id(Demo.JINGKAI);
		assertThat(upload(Demo.JINGKAI_ADMIN, jingkai, "empty.csv", new byte[0])).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("文件是空的。");
		assertThat(upload(Demo.JINGKAI_ADMIN, jingkai, "big.csv", new byte[5 * 1024])).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("file");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };
		assertThat(upload(Demo.JINGKAI_ADMIN, jingkai, "members.xlsx", png)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("不是 Excel");
		byte[] broken = "PK\u0003\u0004 this is no workbook at all".getBytes(StandardCharsets.ISO_8859_1);
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "broken.xlsx", broken, Mode.VALID_ONLY);
		assertThat(job.status().name()).isEqualTo("FAILED");
		assertThat(job.message()).contains("无法读取");
		ImportJobView headerless = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "other.csv",
				"a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), Mode.VALID_ONLY);
		assertThat(headerless.status().name()).isEqualTo("FAILED");
		assertThat(headerless.message()).contains("姓名");
	}

	@Test
	void anotherSubtreesAdminCannotImportThereNorSeeTheJob() throws Exception {
		assertThat(upload(Demo.JINGKAI_ADMIN, orgs.id(Demo.FINANCE), "x.csv",
				(HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
			.hasStatus(HttpStatus.FORBIDDEN);
		ImportJobView job = run(Demo.FINANCE_ADMIN, Demo.FINANCE, "finance.csv",
				(HEADER + "\n" + row("银行甲", People.idNumber(), "在岗职工", "") + "\n").getBytes(StandardCharsets.UTF_8),
				Mode.VALID_ONLY);
		assertThat(mvc.get().uri("/api/v1/imports/{id}", job.id()).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/imports/{id}", job.id()).with(logins.as(Demo.FINANCE_ADMIN))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.job.inserted")
			.isEqualTo(1);
	}

	@Test
	void someoneWhoIsAMemberOutsideReachIsAnErrorRow() throws Exception {
		String id = People.idNumber();
		run(Demo.FINANCE_ADMIN, Demo.FINANCE, "f.csv",
				(HEADER + "\n" + row("跨区人", id, "在岗职工", "") + "\n").getBytes(StandardCharsets.UTF_8), Mode.VALID_ONLY);
		ImportJobView job = run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "j.csv",
				(HEADER + "\n" + row("跨区人", id, "在岗职工", "") + "\n").getBytes(StandardCharsets.UTF_8), Mode.VALID_ONLY);
		assertThat(job.inserted()).isZero();
		assertThat(jobs.errorsOf(job.id(), 1).get(0).reason()).contains(Demo.FINANCE).contains("转会");
	}

	@Test
	void exportsMaskedUnlessAllowedAndAsked() throws Exception {
		String id = People.idNumber();
		run(Demo.JINGKAI_ADMIN, Demo.JINGKAI, "e.csv",
				(HEADER + "\n" + row("导出人", id, "在岗职工", "") + "\n").getBytes(StandardCharsets.UTF_8), Mode.VALID_ONLY);
		long jingkai = orgs.id(Demo.JINGKAI);
		MvcTestResult masked = mvc.get()
			.uri("/members/export?org={id}", jingkai)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		String maskedText = String.join("\n", readXlsx(masked.getResponse().getContentAsByteArray()));
		assertThat(maskedText).contains("导出人").doesNotContain(id).contains(id.substring(0, 6) + "********");
		MvcTestResult clear = mvc.get()
			.uri("/members/export?org={id}&clear=true", jingkai)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		assertThat(String.join("\n", readXlsx(clear.getResponse().getContentAsByteArray()))).contains(id);
		assertThat(mvc.get()
			.uri("/members/export?org={id}&clear=true", orgs.id(Demo.FINANCE))
			.with(logins.as(Demo.FINANCE_ADMIN))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/members/export?org={id}", orgs.id(Demo.FINANCE)).with(logins.as(Demo.JINGKAI_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		long exports = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND org_id = ?")
			.params(jingkai)
			.query(Long.class)
			.single();
		assertThat(exports).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theTemplateHasTheHeadersAndDropdowns() throws Exception {
		MvcTestResult template = mvc.get()
			.uri("/members/import/template.xlsx")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		byte[] bytes = template.getResponse().getContentAsByteArray();
		assertThat(readXlsx(bytes).get(0)).startsWith("姓名*|性别|证件类型|证件号码*");
		String sheetXml = zipEntry(bytes, "xl/worksheets/sheet1.xml");
		assertThat(sheetXml).contains("type=\"list\"").contains("!$A$1:$A$2").contains("请从下拉列表中选择");
	}

	private ImportJobView run(String user, String orgName, String file, byte[] content, Mode mode) throws Exception {
		Actor actor = logins.actor(user);
		long id = imports.start(actor, orgs.id(orgName), file, new ByteArrayInputStream(content), mode);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		ImportJobView job = jobs.find(id).orElseThrow();
		while (job.running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = jobs.find(id).orElseThrow();
		}
		return job;
	}

	private MvcTestResult upload(String user, long org, String name, byte[] content) {
		return mvc.post()
			.uri("/api/v1/imports/members")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("org", String.valueOf(org))
			.with(logins.as(user))
			.with(csrf())
			.exchange();
	}

	static String row(String name, String id, String employment, String union) {
		return String.join(",", name, "", "", id, "", People.phone(), "", "", employment, "", union, "", "");
	}

	static byte[] workbook(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("会员");
		String[] header = HEADER.split(",");
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.value(r + 1, c, rows.get(r).get(c));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	static List<String> readXlsx(byte[] bytes) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows.map(ImportExportTests::line).toList();
		}
	}

	private static String line(Row row) {
		return row.stream().map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.joining("|"));
	}

	private static String zipEntry(byte[] zip, String name) throws IOException {
		Path file = Files.createTempFile("template", ".xlsx");
		try {
			Files.write(file, zip);
			try (ZipFile archive = new ZipFile(file.toFile())) {
				return new String(archive.getInputStream(archive.getEntry(name)).readAllBytes(),
						StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
