package cn.jiangxin.shared.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a spreadsheet row by row without holding it in memory: {@code .xlsx} with fastexcel-reader, CSV
 * with FastCSV (UTF-8, with or without BOM, or GB18030 as Excel on a Chinese Windows writes it). Every
 * cell arrives as text; Excel dates arrive as ISO dates.
 */
public final class SpreadsheetReader implements AutoCloseable {

	/** What a file is, told from its first bytes rather than its name. */
	public enum Format {

		XLSX, CSV;

		/** The format of a file, or null if it is neither an xlsx workbook nor text. */
		public static Format sniff(Path file) throws IOException {
			byte[] head = new byte[8192];
			int read;
			try (InputStream in = Files.newInputStream(file)) {
				read = in.readNBytes(head, 0, head.length);
			}
			if (read >= 4 && ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(head, Math.max(read, 8)))) {
				return XLSX;
			}
			if (read >= 8 && ReadableWorkbook.isOLE2Header(head)) {
				return null;
			}
			for (int i = 0; i < read; i++) {
				int b = head[i] & 0xff;
				if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
					return null;
				}
			}
			return read == 0 ? null : CSV;
		}

	}

	/** One row: its number in the file (the header is row 1) and its cells as text. */
	public record SheetRow(long number, List<String> cells) {

		public String cell(int index) {
			return index < 0 || index >= cells.size() ? null : cells.get(index);
		}

		public boolean isBlank() {
			return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}

	}

	private final AutoCloseable resource;

	private final Stream<SheetRow> rows;

	private SpreadsheetReader(AutoCloseable resource, Stream<SheetRow> rows) {
		this.resource = resource;
		this.rows = rows;
	}

	public static SpreadsheetReader open(Path file, Format format) throws IOException {
		if (format == Format.XLSX) {
			ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
			Stream<SheetRow> rows = workbook.getFirstSheet().openStream().map(SpreadsheetReader::xlsxRow);
			return new SpreadsheetReader(() -> {
				rows.close();
				workbook.close();
			}, rows);
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charsetOf(file)),
				1 << 16);
		CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader);
		Stream<SheetRow> rows = csv.stream()
			.map(record -> new SheetRow(record.getStartingLineNumber(), stripBom(record.getFields())));
		return new SpreadsheetReader(csv, rows);
	}

	public Stream<SheetRow> rows() {
		return rows;
	}

	@Override
	public void close() throws Exception {
		resource.close();
	}

	private static SheetRow xlsxRow(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getType()) {
			case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
			case STRING, FORMULA -> cell.getRawValue() == null ? null : cell.getText();
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			default -> null;
		};
	}

	private static boolean isDate(Cell cell) {
		String format = cell.getDataFormatString();
		Integer id = cell.getDataFormatId();
		if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
			return true;
		}
		return format != null && !format.equals("General") && !format.contains("0") && !format.contains("#")
				&& format.toLowerCase(java.util.Locale.ROOT).matches(".*[yd].*");
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static List<String> stripBom(List<String> fields) {
		if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
			List<String> copy = new ArrayList<>(fields);
			copy.set(0, copy.get(0).substring(1));
			return copy;
		}
		return fields;
	}

	/** UTF-8 where the first 64 KiB decode as UTF-8, else GB18030 (a superset of GBK). */
	public static Charset charsetOf(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int cut = head.length;
		while (cut > 0 && cut > head.length - 4 && (head[cut - 1] & 0xC0) == 0x80) {
			cut--;
		}
		if (cut > 0 && (head[cut - 1] & 0x80) != 0) {
			cut--;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, head.length < (1 << 16) ? head.length : cut));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException notUtf8) {
			return Charset.forName("GB18030");
		}
	}

}
