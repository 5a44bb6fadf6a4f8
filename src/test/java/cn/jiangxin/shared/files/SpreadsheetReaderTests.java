package cn.jiangxin.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import com.sun.management.ThreadMXBean;

import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.files.SpreadsheetReader.Format;
import cn.jiangxin.shared.files.SpreadsheetReader.SheetRow;
import cn.jiangxin.support.HostileSheets;

/**
 * Hostile spreadsheets are refused fast, with little memory, and with a message naming
 * the bound they passed; ordinary ones still read.
 */
class SpreadsheetReaderTests {

	/**
	 * What a refused read may allocate at most: far below the gigabyte a bomb asks for.
	 */
	private static final long ALLOCATION = 96L << 20;

	private static final Duration FAST = Duration.ofSeconds(15);

	@TempDir
	Path dir;

	@Test
	void aSharedStringThatInflatesToAGibibyteIsRefusedAtTheCellLength() {
		refused(HostileSheets.sharedStringBomb(), Format.XLSX, SpreadsheetLimits.defaults(),
				"spreadsheet.limit.cellLength", 32_767);
	}

	@Test
	void anInlineStringThatInflatesToAGibibyteIsRefusedAtTheCellLength() {
		refused(HostileSheets.inlineStringBomb(), Format.XLSX, SpreadsheetLimits.defaults(),
				"spreadsheet.limit.cellLength", 32_767);
	}

	@Test
	void withLongerCellsTheBombsStillStopAtTheInflationRatio() {
		SpreadsheetLimits lenient = limits(100, Integer.MAX_VALUE / 16, 1_048_576, 256);
		refused(HostileSheets.sharedStringBomb(), Format.XLSX, lenient, "spreadsheet.limit.inflationRatio", 100);
		refused(HostileSheets.inlineStringBomb(), Format.XLSX, lenient, "spreadsheet.limit.inflationRatio", 100);
	}

	@Test
	void theInflatedTotalIsCountedOnTheBytesNotOnTheDeclaredSizes() throws IOException {
		SpreadsheetLimits small = new SpreadsheetLimits(DataSize.ofMegabytes(4), 1_000_000_000, Integer.MAX_VALUE / 16,
				1_048_576, 256, 1_000_000, 16_000_000, Duration.ofMinutes(1));
		Path lying = dir.resolve("lying.xlsx");
		HostileSheets.bomb(lying, 64L << 20, true);
		declareSizes(lying, 100);
		refused(lying, Format.XLSX, small, "spreadsheet.limit.inflatedSize", 4L);
	}

	@Test
	void anOverlongCellIsRefusedInXlsxAndCsv() throws IOException {
		Path xlsx = dir.resolve("long.xlsx");
		HostileSheets.xlsx(xlsx, HostileSheets.row(1, "卡号") + HostileSheets.row(2, HostileSheets.text('长', 40_000)),
				null);
		refused(xlsx, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.cellLength", 32_767);
		Path csv = dir.resolve("long.csv");
		Files.writeString(csv, "卡号,成绩\n" + HostileSheets.text('长', 40_000) + ",1\n");
		refused(csv, Format.CSV, SpreadsheetLimits.defaults(), "spreadsheet.limit.cellLength", 32_767);
	}

	@Test
	void aSharedStringMadeOfManyRunsCountsAsOneCell() throws IOException {
		Path xlsx = dir.resolve("runs.xlsx");
		String runs = "<r><t>" + HostileSheets.text('x', 1_000) + "</t></r>";
		HostileSheets.xlsx(xlsx, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
				"<si>" + runs.repeat(40) + "</si>");
		refused(xlsx, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.cellLength", 32_767);
	}

	@Test
	void aGiganticCsvFieldIsRefusedAtTheCellLength() {
		refused(HostileSheets.giganticCsvField(), Format.CSV, SpreadsheetLimits.defaults(),
				"spreadsheet.limit.cellLength", 32_767);
	}

	@Test
	void tooManyRowsAreRefusedInXlsxAndCsv() throws IOException {
		SpreadsheetLimits tenRows = limits(100, 32_767, 10, 256);
		StringBuilder sheet = new StringBuilder();
		StringBuilder csv = new StringBuilder();
		for (int i = 1; i <= 11; i++) {
			sheet.append(HostileSheets.row(i, "r" + i));
			csv.append("r").append(i).append('\n');
		}
		Path xlsx = dir.resolve("rows.xlsx");
		HostileSheets.xlsx(xlsx, sheet.toString(), null);
		refused(xlsx, Format.XLSX, tenRows, "spreadsheet.limit.rows", 10L);
		Path text = dir.resolve("rows.csv");
		Files.writeString(text, csv);
		refused(text, Format.CSV, tenRows, "spreadsheet.limit.rows", 10L);
	}

	@Test
	void tooManyColumnsOrAFarColumnAreRefused() throws IOException {
		Path far = dir.resolve("far.xlsx");
		HostileSheets.xlsx(far, "<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null);
		refused(far, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.columns", 256);
		Path wide = dir.resolve("wide.xlsx");
		HostileSheets.xlsx(wide, "<row>" + "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(300) + "</row>", null);
		refused(wide, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.columns", 256);
		Path csv = dir.resolve("wide.csv");
		Files.writeString(csv, "x,".repeat(300) + "x\n");
		refused(csv, Format.CSV, SpreadsheetLimits.defaults(), "spreadsheet.limit.columns", 256);
	}

	@Test
	void aReferenceToASharedStringThatDoesNotExistIsRefused() throws IOException {
		Path xlsx = dir.resolve("dangling.xlsx");
		HostileSheets.xlsx(xlsx, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>", "<si><t>a</t></si>");
		refused(xlsx, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.structure");
	}

	@Test
	void tooManySharedStringsAreRefused() throws IOException {
		SpreadsheetLimits few = new SpreadsheetLimits(DataSize.ofGigabytes(1), 100, 32_767, 1_048_576, 256, 1_000,
				16_000_000, Duration.ofMinutes(1));
		Path xlsx = dir.resolve("strings.xlsx");
		HostileSheets.xlsx(xlsx, HostileSheets.row(1, "x"), "<si><t>s</t></si>".repeat(1_001));
		refused(xlsx, Format.XLSX, few, "spreadsheet.limit.sharedStrings", 1_000);
	}

	@Test
	void aDtdDeepNestingAndManyPartsAreRefused() throws IOException {
		Path dtd = dir.resolve("dtd.xlsx");
		HostileSheets.xlsx(dtd,
				Map.of("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]>"
						+ "<worksheet><sheetData/></worksheet>"),
				false);
		refused(dtd, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.structure");
		Path deep = dir.resolve("deep.xlsx");
		HostileSheets.xlsx(deep, "<x>".repeat(100_000) + "</x>".repeat(100_000), null);
		refused(deep, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.structure");
		Map<String, String> parts = new LinkedHashMap<>();
		for (int i = 0; i < 1_200; i++) {
			parts.put("xl/media/part" + i + ".bin", "x");
		}
		Path many = dir.resolve("many.xlsx");
		HostileSheets.xlsx(many, parts, false);
		refused(many, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.limit.parts", 1_000);
	}

	@Test
	void aReadPastItsTimeIsStopped() throws IOException {
		SpreadsheetLimits instant = new SpreadsheetLimits(DataSize.ofGigabytes(1), 100, 32_767, 1_048_576, 256,
				1_000_000, 16_000_000, Duration.ofNanos(1));
		Path csv = dir.resolve("slow.csv");
		Files.writeString(csv, "a\nb\n");
		refused(csv, Format.CSV, instant, "spreadsheet.limit.time", 1L);
	}

	@Test
	void aNumberWithAHugeExponentArrivesAsWrittenNotExpanded() throws Exception {
		Path xlsx = dir.resolve("exponent.xlsx");
		HostileSheets.xlsx(xlsx, "<row r=\"1\"><c r=\"A1\"><v>1E+999999999</v></c><c r=\"B1\"><v>1E-999999999</v></c>"
				+ "<c r=\"C1\"><v>90.50</v></c></row>", null);
		assertThat(rows(xlsx, Format.XLSX)).singleElement()
			.extracting(SheetRow::cells)
			.isEqualTo(List.of("1E+999999999", "1E-999999999", "90.5"));
	}

	@Test
	void ordinarySpreadsheetsStillRead() throws Exception {
		Path xlsx = dir.resolve("ordinary.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("成绩");
			sheet.value(0, 0, "卡号");
			sheet.value(0, 1, "成绩");
			sheet.value(1, 0, "110000000001");
			sheet.value(1, 1, 92.5);
			sheet.value(2, 0, "110000000002");
			sheet.value(2, 1, 88);
			workbook.finish();
		}
		assertThat(rows(xlsx, Format.XLSX)).extracting(SheetRow::cells)
			.containsExactly(List.of("卡号", "成绩"), List.of("110000000001", "92.5"), List.of("110000000002", "88"));
		Path csv = dir.resolve("ordinary.csv");
		Files.write(csv, "\uFEFF卡号,成绩\n110000000001,92.5\n".getBytes(StandardCharsets.UTF_8));
		assertThat(rows(csv, Format.CSV)).extracting(SheetRow::cells)
			.containsExactly(List.of("卡号", "成绩"), List.of("110000000001", "92.5"));
	}

	@Test
	void aDamagedFileIsUnreadableNotAnError() throws IOException {
		Path xlsx = dir.resolve("damaged.xlsx");
		Files.write(xlsx, new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 });
		refused(xlsx, Format.XLSX, SpreadsheetLimits.defaults(), "spreadsheet.unreadable");
	}

	private static SpreadsheetLimits limits(int ratio, int cellLength, long rows, int columns) {
		return new SpreadsheetLimits(DataSize.ofGigabytes(8), ratio, cellLength, rows, columns, 1_000_000, 16_000_000,
				Duration.ofMinutes(1));
	}

	private static List<SheetRow> rows(Path file, Format format) throws Exception {
		try (SpreadsheetReader reader = SpreadsheetReader.open(file, format, SpreadsheetLimits.defaults())) {
			return new ArrayList<>(reader.rows().toList());
		}
	}

	/**
	 * Reading the whole file is refused with this code and these arguments, quickly and
	 * in little memory.
	 */
	private static void refused(Path file, Format format, SpreadsheetLimits limits, String code, Object... args) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long started = System.nanoTime();
		assertThatThrownBy(() -> {
			try (SpreadsheetReader reader = SpreadsheetReader.open(file, format, limits)) {
				reader.rows().forEach(row -> {
				});
			}
		}).isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
			assertThat(refusal.field()).isEqualTo("file");
			assertThat(refusal.code()).isEqualTo(code);
			assertThat(refusal.args()).containsExactly(args);
		});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused fast").isLessThan(FAST);
		assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated")
			.isLessThan(ALLOCATION);
	}

	/**
	 * Rewrites the sizes an xlsx's entries declare (local headers and central directory)
	 * as {@code size}.
	 */
	private static void declareSizes(Path file, int size) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		for (int i = 0; i + 30 < bytes.length; i++) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
				int32(bytes, i + 24, size);
			}
		}
		Files.write(file, bytes);
	}

	private static void int32(byte[] bytes, int at, int value) {
		bytes[at] = (byte) value;
		bytes[at + 1] = (byte) (value >>> 8);
		bytes[at + 2] = (byte) (value >>> 16);
		bytes[at + 3] = (byte) (value >>> 24);
	}

}
