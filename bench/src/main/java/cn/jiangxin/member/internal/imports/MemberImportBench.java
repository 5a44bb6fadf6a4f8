package cn.jiangxin.member.internal.imports;

import cn.jiangxin.member.internal.BenchMembers;
import cn.jiangxin.org.internal.BenchOrgs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.shared.files.SpreadsheetReader;
import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.BenchPeople;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;

/**
 * Imports 1,000,000 generated members from CSV and from xlsx through the real import pipeline (parsing,
 * checks, encryption, lookup hashes, cards, counts), and compares with a raw {@code COPY} of the very
 * rows the import wrote into the same table with the same indexes, in the same run. Reports the peak heap
 * of the importing JVM.
 */
public final class MemberImportBench {

	static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

	static final int UNIONS = 100;

	private MemberImportBench() {
	}

	public static void run(ConfigurableApplicationContext context) {
		try {
			measure(context);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void measure(ConfigurableApplicationContext context) throws Exception {
		OrgApi orgs = context.getBean(OrgApi.class);
		ImportService imports = context.getBean(ImportService.class);
		ImportJobs jobs = context.getBean(ImportJobs.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		Actor system = Actor.system();

		long city = BenchOrgs.create(context, null, "基准市总工会", OrgLevel.CITY);
		long district = BenchOrgs.create(context, city, "基准区总工会", OrgLevel.DISTRICT);
		List<String> unions = new ArrayList<>();
		for (int u = 0; u < UNIONS; u++) {
			String name = "基准公司" + u + "工会";
			BenchOrgs.create(context, district, name, OrgLevel.GRASSROOTS);
			unions.add(name);
		}
		Path dir = Files.createTempDirectory("jiangxin-import-bench");
		Path csv = dir.resolve("members.csv");
		Path xlsx = dir.resolve("members.xlsx");
		long started = System.nanoTime();
		writeFiles(csv, xlsx, unions);
		Bench.result("import_generate_files", (System.nanoTime() - started) / 1e9, "s");
		Bench.result("import_csv_file_size", Files.size(csv) / 1048576.0, "MiB");
		Bench.result("import_xlsx_file_size", Files.size(xlsx) / 1048576.0, "MiB");
		Bench.result("import_max_heap", Runtime.getRuntime().maxMemory() / 1048576.0, "MiB");

		double csvRate = importOnce(imports, jobs, system, district, csv, SpreadsheetReader.Format.CSV, "csv", jdbc);
		Path copied = dir.resolve("copy.csv");
		copyOut(dataSource, copied);
		truncate(jdbc);
		double xlsxRate = importOnce(imports, jobs, system, district, xlsx, SpreadsheetReader.Format.XLSX, "xlsx", jdbc);
		truncate(jdbc);

		long copyStart = System.nanoTime();
		copyIn(dataSource, copied);
		double copySeconds = (System.nanoTime() - copyStart) / 1e9;
		double copyRate = ROWS / copySeconds;
		Bench.result("import_copy_baseline_seconds", copySeconds, "s");
		Bench.result("import_copy_baseline_rows_per_s", copyRate, "rows/s");
		Bench.result("import_csv_ratio_to_copy", csvRate / copyRate, "ratio");
		Bench.result("import_xlsx_ratio_to_copy", xlsxRate / copyRate, "ratio");
		truncate(jdbc);
		try (var files = Files.list(dir)) {
			files.forEach(file -> file.toFile().delete());
		}
		Files.deleteIfExists(dir);
	}

	private static double importOnce(ImportService imports, ImportJobs jobs, Actor actor, long root, Path source,
			SpreadsheetReader.Format format, String label, JdbcClient jdbc) throws IOException {
		Path copy = source.resolveSibling("run-" + source.getFileName());
		Files.copy(source, copy);
		long job = jobs.create(actor, root, source.getFileName().toString(), format.name(), "VALID_ONLY", ROWS);
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		imports.run(job, actor, root, copy, format, ImportService.Mode.VALID_ONLY, Locale.SIMPLIFIED_CHINESE);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		ImportJobView done = jobs.find(job).orElseThrow();
		if (!"DONE".equals(done.status()) || done.inserted() != ROWS) {
			throw new IllegalStateException("import " + label + " ended " + done.status() + " with " + done.inserted()
					+ " inserted, " + done.errorCount() + " errors: " + jobs.errorsOf(job, 3));
		}
		long stored = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
		Bench.result("import_" + label + "_rows", stored, "rows");
		Bench.result("import_" + label + "_seconds", seconds, "s");
		Bench.result("import_" + label + "_rows_per_s", ROWS / seconds, "rows/s");
		Bench.result("import_" + label + "_peak_heap", peak / 1048576.0, "MiB");
		return ROWS / seconds;
	}

	private static void writeFiles(Path csv, Path xlsx, List<String> unions) throws IOException {
		BenchPeople people = new BenchPeople(11);
		String[] employment = { "在岗职工", "在岗职工", "在岗职工", "快递员", "外卖配送员", "网约车司机" };
		String[] education = { "高中/中专", "大专", "本科", "本科", "硕士" };
		String header = "姓名,性别,证件类型,证件号码,出生日期,手机号码,电子邮箱,学历,就业类型,工作单位,所属工会,入会日期,标签";
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				OutputStream xout = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(xout, "bench", "1.0");
			Worksheet sheet = workbook.newWorksheet("会员");
			String[] headers = header.split(",");
			for (int c = 0; c < headers.length; c++) {
				sheet.inlineString(0, c, headers[c]);
			}
			out.write(header);
			out.write('\n');
			for (int i = 0; i < ROWS; i++) {
				String union = unions.get(i % unions.size());
				String[] cells = { people.name(), "", "", BenchPeople.idNumber(i), "", people.phone(), "",
						education[i % education.length], employment[i % employment.length], union.replace("工会", ""),
						union, "20" + (10 + i % 15) + "-0" + (1 + i % 9) + "-1" + (i % 9), "" };
				out.write(String.join(",", cells));
				out.write('\n');
				for (int c = 0; c < cells.length; c++) {
					if (!cells[c].isEmpty()) {
						sheet.inlineString(i + 1, c, cells[c]);
					}
				}
				if (i % 10_000 == 0) {
					sheet.flush();
				}
			}
			workbook.finish();
		}
	}

	private static void copyOut(DataSource dataSource, Path file) throws Exception {
		try (Connection connection = dataSource.getConnection(); BufferedWriter out = Files.newBufferedWriter(file)) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("COPY member (" + BenchMembers.COLUMNS.replace("\n", " ") + ") TO STDOUT WITH (FORMAT csv)",
						new java.io.Writer() {
							@Override
							public void write(char[] buffer, int offset, int length) throws IOException {
								out.write(buffer, offset, length);
							}

							@Override
							public void flush() throws IOException {
								out.flush();
							}

							@Override
							public void close() {
							}
						});
		}
	}

	private static void copyIn(DataSource dataSource, Path file) throws Exception {
		try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file)) {
			connection.setAutoCommit(false);
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY member (" + BenchMembers.COLUMNS.replace("\n", " ") + ") FROM STDIN WITH (FORMAT csv)", in);
			connection.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void truncate(JdbcClient jdbc) {
		jdbc.sql("TRUNCATE member CASCADE").update();
		jdbc.sql("UPDATE org_member_count SET active = 0").update();
	}

}
