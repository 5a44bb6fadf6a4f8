package cn.jiangxin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds spreadsheets made to hurt a reader: an xlsx of about 1 MB whose one cell
 * inflates to 1 GiB (as a shared string or an inline string), sheets with too many rows
 * or columns or an over-long cell, dangling shared-string references, DTDs, and CSV files
 * with one gigantic field. The large ones are built once per test run under
 * {@code target/hostile-sheets/} and shared.
 */
public final class HostileSheets {

	/** What the one cell of a bomb inflates to. */
	public static final long GIBIBYTE = 1L << 30;

	private static final Path DIRECTORY = Paths.get("target", "hostile-sheets");

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private HostileSheets() {
	}

	/** An xlsx of about 1 MB whose one shared string inflates to 1 GiB. */
	public static synchronized Path sharedStringBomb() {
		return cached("shared-string-bomb.xlsx", file -> bomb(file, GIBIBYTE, false));
	}

	/** An xlsx of about 1 MB whose one inline string inflates to 1 GiB. */
	public static synchronized Path inlineStringBomb() {
		return cached("inline-string-bomb.xlsx", file -> bomb(file, GIBIBYTE, true));
	}

	/** A CSV file of 64 MiB whose first line is one field. */
	public static synchronized Path giganticCsvField() {
		return cached("gigantic-field.csv", file -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				repeat(out, (byte) 'A', 64L << 20);
				out.write(",90\n".getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	/**
	 * An xlsx whose one cell, the first of its header row, inflates to {@code bytes}, as
	 * a shared or an inline string.
	 */
	public static void bomb(Path file, long bytes, boolean inline) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			skeleton(zip, true);
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>"
					+ "<row r=\"1\">");
			if (inline) {
				write(zip, "<c r=\"A1\" t=\"inlineStr\"><is><t>");
				repeat(zip, (byte) 'A', bytes);
				write(zip, "</t></is></c>");
			}
			else {
				write(zip, "<c r=\"A1\" t=\"s\"><v>0</v></c>");
			}
			write(zip, "</row></sheetData></worksheet>");
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS
					+ "\" count=\"1\" uniqueCount=\"1\"><si><t>");
			if (!inline) {
				repeat(zip, (byte) 'A', bytes);
			}
			write(zip, "</t></si></sst>");
			zip.closeEntry();
		}
	}

	/**
	 * An xlsx with the given sheet data (the XML inside {@code <sheetData>}) and shared
	 * strings (or none).
	 */
	public static void xlsx(Path file, String sheetData, String sharedStrings) throws IOException {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS
				+ "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
		if (sharedStrings != null) {
			parts.put("xl/sharedStrings.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS + "\">" + sharedStrings + "</sst>");
		}
		xlsx(file, parts, sharedStrings != null);
	}

	/** An xlsx made of the standard skeleton and these parts, by name. */
	public static void xlsx(Path file, Map<String, String> parts, boolean sharedStrings) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			skeleton(zip, sharedStrings);
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				write(zip, part.getValue());
				zip.closeEntry();
			}
		}
	}

	/** A row of inline-string cells, numbered {@code row}. */
	public static String row(int row, String... cells) {
		StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
		for (int i = 0; i < cells.length; i++) {
			xml.append("<c r=\"")
				.append((char) ('A' + i))
				.append(row)
				.append("\" t=\"inlineStr\"><is><t>")
				.append(cells[i])
				.append("</t></is></c>");
		}
		return xml.append("</row>").toString();
	}

	/** A text of {@code length} copies of {@code c}. */
	public static String text(char c, int length) {
		char[] chars = new char[length];
		Arrays.fill(chars, c);
		return new String(chars);
	}

	private static void skeleton(ZipOutputStream zip, boolean sharedStrings) throws IOException {
		put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ (sharedStrings
						? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
						: "")
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ "</Types>");
		put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		put(zip, "xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
						+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
				+ (sharedStrings
						? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
						: "")
				+ "</Relationships>");
		put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + NS + "\">"
				+ "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		write(zip, text);
		zip.closeEntry();
	}

	private static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void repeat(OutputStream out, byte b, long count) throws IOException {
		byte[] chunk = new byte[1 << 20];
		Arrays.fill(chunk, b);
		for (long left = count; left > 0; left -= chunk.length) {
			out.write(chunk, 0, (int) Math.min(left, chunk.length));
		}
	}

	private static Path cached(String name, FileWriter writer) {
		Path file = DIRECTORY.resolve(name);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(DIRECTORY);
				Path partial = DIRECTORY.resolve(name + ".part");
				writer.write(partial);
				Files.move(partial, file);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one hostile file. */
	@FunctionalInterface
	private interface FileWriter {

		void write(Path file) throws IOException;

	}

	/**
	 * The three bombs whose one cell inflates past the cell bound: shared string, inline
	 * string, CSV field.
	 */
	public static List<Path> cellBombs() {
		return List.of(sharedStringBomb(), inlineStringBomb(), giganticCsvField());
	}

	/**
	 * Uploads each cell bomb as {@code file} to an API import endpoint, signed in by
	 * {@code as}, and asserts a 400 problem that names the field and the cell bound, in
	 * English.
	 */
	public static void refusedByTheApi(MockMvcTester mvc, RequestPostProcessor as, String uri, Object... variables)
			throws IOException {
		for (Path bomb : cellBombs()) {
			assertThat(mvc.post()
				.uri(uri, variables)
				.multipart()
				.file(new MockMultipartFile("file", bomb.getFileName().toString(), "application/octet-stream",
						Files.readAllBytes(bomb)))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.with(as)
				.with(csrf())).as(bomb.toString())
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.errors[0]")
				.isEqualTo(Map.of("field", "file", "message",
						"A cell of the file holds more than 32,767 characters, the limit; it was not read."));
		}
	}

}
