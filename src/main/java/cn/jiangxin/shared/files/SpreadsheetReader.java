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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * Reads a spreadsheet row by row without holding it in memory: {@code .xlsx} with
 * fastexcel-reader, CSV with FastCSV (UTF-8, with or without BOM, or GB18030 as Excel on
 * a Chinese Windows writes it). Every cell arrives as text; Excel dates arrive as ISO
 * dates. Every read keeps within {@link SpreadsheetLimits}, whatever the file holds.
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

	/** The most digits a number is written out with, before or after the point. */
	private static final int PLAIN_DIGITS = 40;

	/** 9999-12-31 as an Excel serial day, the last date Excel knows. */
	private static final BigDecimal LAST_EXCEL_DAY = BigDecimal.valueOf(2_958_465);

	private final AutoCloseable resource;

	private final Stream<SheetRow> rows;

	private SpreadsheetReader(AutoCloseable resource, Stream<SheetRow> rows) {
		this.resource = resource;
		this.rows = rows;
	}

	/**
	 * Opens a file for reading within {@code limits}. An xlsx is first read through once
	 * as a stream (see {@link XlsxInspection}); a file past a bound, then or while its
	 * rows are read, is refused with a field error on {@code file} naming the bound, and
	 * a file the libraries cannot read with {@code spreadsheet.unreadable}.
	 */
	public static SpreadsheetReader open(Path file, Format format, SpreadsheetLimits limits) throws IOException {
		Refusals refusals = new Refusals(limits);
		if (format == Format.XLSX) {
			XlsxInspection.inspect(file, refusals);
			ReadableWorkbook workbook = null;
			try {
				workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
				Stream<Row> sheet = workbook.getFirstSheet().openStream();
				ReadableWorkbook opened = workbook;
				return new SpreadsheetReader(() -> {
					sheet.close();
					opened.close();
				}, bounded(sheet.map(SpreadsheetReader::xlsxRow).iterator(), refusals));
			}
			catch (IOException | RuntimeException ex) {
				if (workbook != null) {
					workbook.close();
				}
				throw translated(ex, refusals);
			}
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charsetOf(file)),
				1 << 16);
		CsvReader<CsvRecord> csv = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.maxBufferSize(Integer.highestOneBit(Math.max(limits.cellLength(), 1 << 12)) << 2)
			.build(CsvRecordHandler.builder()
				.maxFieldSize(limits.cellLength())
				.maxFields(limits.columns())
				.maxRecordSize((int) Math.min(Integer.MAX_VALUE, (long) limits.cellLength() * limits.columns()))
				.build(), reader);
		return new SpreadsheetReader(csv,
				bounded(csv.stream()
					.map(record -> new SheetRow(record.getStartingLineNumber(), stripBom(record.getFields())))
					.iterator(), refusals));
	}

	public Stream<SheetRow> rows() {
		return rows;
	}

	@Override
	public void close() throws Exception {
		resource.close();
	}

	/**
	 * The rows, each checked against the bounds as it is read, and library failures
	 * turned into refusals.
	 */
	private static Stream<SheetRow> bounded(Iterator<SheetRow> source, Refusals refusals) {
		SpreadsheetLimits limits = refusals.limits();
		Iterator<SheetRow> rows = new Iterator<>() {

			private long count;

			@Override
			public boolean hasNext() {
				try {
					return source.hasNext();
				}
				catch (RuntimeException ex) {
					throw translated(ex, refusals);
				}
			}

			@Override
			public SheetRow next() {
				SheetRow row;
				try {
					row = source.next();
				}
				catch (NoSuchElementException end) {
					throw end;
				}
				catch (RuntimeException ex) {
					// fastexcel and FastCSV fail with their own exceptions (or a refusal
					// from our guarded streams).
					throw translated(ex, refusals);
				}
				if (++count > limits.rows()) {
					throw refusals.rows();
				}
				if (row.cells().size() > limits.columns()) {
					throw refusals.columns();
				}
				for (String cell : row.cells()) {
					if (cell != null && cell.length() > limits.cellLength()) {
						throw refusals.cellLength();
					}
				}
				refusals.checkTime();
				return row;
			}

		};
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/**
	 * A failure of the reading libraries as the refusal it carries, or else as an
	 * unreadable file.
	 */
	private static BusinessRuleException translated(Exception failure, Refusals refusals) {
		BusinessRuleException refusal = Refusals.within(failure);
		if (refusal != null) {
			return refusal;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CsvParseException && cause.getMessage() != null) {
				String message = cause.getMessage();
				if (message.contains("fields")) {
					return refusals.columns();
				}
				if (message.contains("size")) {
					return refusals.cellLength();
				}
			}
		}
		return Refusals.unreadable();
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
			case NUMBER -> number(cell);
			case STRING, FORMULA -> cell.getRawValue() == null ? null : cell.getText();
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			default -> null;
		};
	}

	/**
	 * A number as plain digits, or as a date where its format is one; a number too large
	 * or too small to write out in a cell (such as {@code 1E+999999999}) is given as the
	 * file wrote it.
	 */
	private static String number(Cell cell) {
		BigDecimal number = cell.asNumber();
		if (number.precision() - number.scale() > PLAIN_DIGITS || number.scale() > PLAIN_DIGITS) {
			return cell.getRawValue();
		}
		if (isDate(cell) && number.signum() >= 0 && number.compareTo(LAST_EXCEL_DAY) <= 0) {
			return cell.asDate().toLocalDate().toString();
		}
		return plain(number);
	}

	private static boolean isDate(Cell cell) {
		String format = cell.getDataFormatString();
		Integer id = cell.getDataFormatId();
		if (id != null
				&& (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
			return true;
		}
		return format != null && !format.equals("General") && !format.contains("0") && !format.contains("#")
				&& format.toLowerCase(Locale.ROOT).matches(".*[yd].*");
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
