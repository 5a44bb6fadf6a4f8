package cn.jiangxin.shared.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Reads an xlsx once, as a stream and within its {@link SpreadsheetLimits}, before
 * fastexcel-reader reads it for real: fastexcel holds in memory whatever a part makes it
 * hold (a cell's whole text, a row's cells up to the highest column named, the shared
 * strings up to the highest index referenced), so a small file can make it build
 * gigabytes. This pass opens the zip the way fastexcel does (commons-compress, the
 * central directory), counts the real inflated bytes of every part as they stream,
 * whatever sizes the entries declare, and parses every XML part with the same StAX parser
 * behind a {@link MarkupGuard}, refusing the file at the first bound it passes. Nothing
 * it reads is kept.
 */
final class XlsxInspection {

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final long CENTRAL_DIRECTORY_BYTES = 4L * 1024 * 1024;

	private static final long GRACE_BYTES = 1024 * 1024;

	private static final int MARKUP_BYTES = 64 * 1024;

	private static final int DEPTH = 64;

	private static final int NAMES = 10_000;

	private static final int FORMULA_RANGES = 10_000;

	private static final int LISTED = 100_000;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private static final Set<String> WORKBOOK_TYPES = Set.of(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			"application/vnd.ms-excel.sheet.macroEnabled.main+xml");

	private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

	private final Path file;

	private final Refusals refusals;

	private final SpreadsheetLimits limits;

	private final XMLInputFactory xml;

	private long inflated;

	private XlsxInspection(Path file, Refusals refusals) {
		this.file = file;
		this.refusals = refusals;
		this.limits = refusals.limits();
		this.xml = new InputFactoryImpl();
		this.xml.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		this.xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		this.xml.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
	}

	/**
	 * Refuses the file (a field error on {@code file} naming the bound) if reading it
	 * would pass a bound, and as unreadable if it is no zip at all or its compressed data
	 * is damaged.
	 */
	static void inspect(Path file, Refusals refusals) {
		try {
			new XlsxInspection(file, refusals).run();
		}
		catch (IOException ex) {
			throw Refusals.unreadable();
		}
	}

	private void run() throws IOException {
		checkCentralDirectory();
		try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
			ZipArchiveEntry sharedStrings = sharedStringsEntry(zip);
			long strings = -1;
			if (sharedStrings != null) {
				strings = scan(zip, sharedStrings, -1).sharedStrings;
			}
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				if (entry != sharedStrings && !entry.isDirectory()) {
					scan(zip, entry, strings);
				}
			}
		}
	}

	/**
	 * Bounds what commons-compress builds when it opens the zip: it makes an object of
	 * every central-directory record it finds, so the records the file could hold (every
	 * {@code PK\1\2} and the lengths after it) are counted first, without trusting the
	 * directory's own totals.
	 */
	private void checkCentralDirectory() throws IOException {
		byte[] window = new byte[1 << 20];
		int carried = 0;
		long records = 0;
		long bytes = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int filled = carried;
				int read;
				while (filled < window.length && (read = in.read(window, filled, window.length - filled)) > 0) {
					filled += read;
				}
				end = filled < window.length;
				int last = end ? filled - 4 : filled - 34;
				for (int i = 0; i <= last; i++) {
					if (window[i] == 'P' && int32(window, i) == CENTRAL_HEADER) {
						records++;
						bytes += 46;
						if (i + 34 <= filled) {
							bytes += int16(window, i + 28) + int16(window, i + 30) + int16(window, i + 32);
						}
						if (records > Refusals.PARTS) {
							throw refusals.tooManyParts();
						}
						if (bytes > CENTRAL_DIRECTORY_BYTES) {
							throw refusals.structure();
						}
					}
				}
				carried = end ? 0 : filled - (last + 1);
				System.arraycopy(window, last + 1, window, 0, carried);
			}
		}
	}

	/**
	 * The shared-strings part fastexcel-reader 0.20 takes: the one named in
	 * {@code [Content_Types].xml}.
	 */
	private ZipArchiveEntry sharedStringsEntry(ZipFile zip) throws IOException {
		ZipArchiveEntry types = entry(zip, CONTENT_TYPES);
		if (types == null) {
			return null;
		}
		String workbook = null;
		String sharedStrings = null;
		String styles = null;
		try (InputStream in = xmlStream(zip, types)) {
			if (in == null) {
				return null;
			}
			XMLStreamReader reader = xml.createXMLStreamReader(in);
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(reader.getLocalName())) {
					String type = reader.getAttributeValue(null, "ContentType");
					String part = reader.getAttributeValue(null, "PartName");
					if (type == null || part == null) {
						return null;
					}
					if (WORKBOOK_TYPES.contains(type)) {
						workbook = part;
					}
					else if (SHARED_STRINGS_TYPE.equals(type)) {
						sharedStrings = part;
					}
					else if (STYLES_TYPE.equals(type)) {
						styles = part;
					}
					if (workbook != null && sharedStrings != null && styles != null) {
						break;
					}
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			rethrowRefusal(ex);
			return null;
		}
		return sharedStrings == null ? null : entry(zip, sharedStrings);
	}

	/**
	 * The entry fastexcel-reader opens for a part name: exact, else the first that
	 * matches ignoring case.
	 */
	private static ZipArchiveEntry entry(ZipFile zip, String name) {
		String path = name.startsWith("/") ? name.substring(1) : name;
		ZipArchiveEntry entry = zip.getEntry(path);
		if (entry != null) {
			return entry;
		}
		Enumeration<ZipArchiveEntry> entries = zip.getEntries();
		while (entries.hasMoreElements()) {
			ZipArchiveEntry candidate = entries.nextElement();
			if (candidate.getName().equalsIgnoreCase(path)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Reads one part to its end within the bounds; XML parts are parsed and checked as
	 * fastexcel would see them. {@code sharedStrings} is the number of strings in the
	 * shared-strings part, or -1 where there is none.
	 */
	private Counts scan(ZipFile zip, ZipArchiveEntry entry, long sharedStrings) throws IOException {
		Counts counts = new Counts(sharedStrings);
		try (InputStream in = xmlStream(zip, entry)) {
			if (in == null) {
				return counts;
			}
			XMLStreamReader reader = xml.createXMLStreamReader(in);
			while (reader.hasNext()) {
				counts.accept(reader, reader.next());
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			// A part the parser cannot read stops fastexcel at the same place; only a
			// passed bound refuses.
			rethrowRefusal(ex);
		}
		return counts;
	}

	/**
	 * The part's bytes behind the inflation count and, if they look like XML, the markup
	 * guard; a part that is not XML is read through (counted) and null is returned.
	 */
	private InputStream xmlStream(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		InputStream raw = zip.getInputStream(entry);
		if (raw == null) {
			return null;
		}
		BufferedInputStream in = new BufferedInputStream(new Inflation(raw, entry), 8192);
		in.mark(16);
		int first;
		int looked = 0;
		do {
			first = in.read();
		}
		while (++looked < 16 && (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xef
				|| first == 0xbb || first == 0xbf));
		in.reset();
		if (first != '<') {
			if (first == 0 || first == 0xfe || first == 0xff) {
				in.close();
				throw refusals.structure();
			}
			in.transferTo(OutputStream.nullOutputStream());
			in.close();
			return null;
		}
		return new MarkupGuard(in, (long) limits.cellLength() * 8 + 64, MARKUP_BYTES, refusals);
	}

	private static void rethrowRefusal(Exception ex) {
		var refusal = Refusals.within(ex);
		if (refusal != null) {
			throw refusal;
		}
	}

	private static int int32(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
	}

	private static int int16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	/**
	 * Counts a part's real inflated bytes as they stream, against the file's total and
	 * the part's ratio.
	 */
	private final class Inflation extends InputStream {

		private final InputStream in;

		private final long declaredCompressed;

		private long bytes;

		private long sinceClock;

		Inflation(InputStream in, ZipArchiveEntry entry) {
			this.in = in;
			this.declaredCompressed = Math.max(1, entry.getCompressedSize());
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = in.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

		private void count(int read) {
			bytes += read;
			inflated += read;
			sinceClock += read;
			if (inflated > limits.inflatedSize().toBytes()) {
				throw refusals.inflatedSize();
			}
			if (bytes > GRACE_BYTES) {
				long compressed = in instanceof InputStreamStatistics statistics
						? Math.max(1, statistics.getCompressedCount()) : declaredCompressed;
				if (bytes / compressed > limits.inflationRatio()) {
					throw refusals.inflationRatio();
				}
			}
			if (sinceClock > GRACE_BYTES) {
				sinceClock = 0;
				refusals.checkTime();
			}
		}

	}

	/** What one XML part holds, counted event by event against the bounds. */
	private final class Counts {

		private final long sharedStringsAvailable;

		private final Set<String> names = new HashSet<>();

		private final StringBuilder index = new StringBuilder(16);

		private int depth;

		private long rows;

		private int cellsInRow;

		private int cellDepth;

		private long cellChars;

		private boolean sharedCell;

		private int valueDepth;

		private int stringDepth;

		private long stringChars;

		private long sharedStrings;

		private long sharedChars;

		private int formulaRanges;

		private int listed;

		Counts(long sharedStringsAvailable) {
			this.sharedStringsAvailable = sharedStringsAvailable;
		}

		void accept(XMLStreamReader reader, int event) {
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> start(reader);
				case XMLStreamConstants.END_ELEMENT -> end(reader.getLocalName());
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
						XMLStreamConstants.ENTITY_REFERENCE ->
					text(reader);
				default -> {
				}
			}
		}

		private void start(XMLStreamReader reader) {
			if (++depth > DEPTH) {
				throw refusals.structure();
			}
			String name = reader.getLocalName();
			names.add(name);
			for (int i = 0; i < reader.getAttributeCount(); i++) {
				names.add(reader.getAttributeLocalName(i));
			}
			if (names.size() > NAMES) {
				throw refusals.structure();
			}
			switch (name) {
				case "row" -> {
					if (++rows > limits.rows()) {
						throw refusals.rows();
					}
				}
				case "c" -> cell(reader);
				case "v" -> {
					if (valueDepth == 0) {
						valueDepth = depth;
						index.setLength(0);
					}
				}
				case "si" -> {
					if (++sharedStrings > limits.sharedStrings()) {
						throw refusals.sharedStrings();
					}
					if (stringDepth == 0) {
						stringDepth = depth;
						stringChars = 0;
					}
				}
				case "f" -> {
					if (reader.getAttributeValue(null, "ref") != null && ++formulaRanges > FORMULA_RANGES) {
						throw refusals.structure();
					}
				}
				case "sheet", "Relationship", "xf", "numFmt", "Override", "definedName" -> {
					if (++listed > LISTED) {
						throw refusals.structure();
					}
				}
				default -> {
				}
			}
		}

		private void cell(XMLStreamReader reader) {
			if (++cellsInRow > limits.columns()) {
				throw refusals.columns();
			}
			String reference = reader.getAttributeValue(null, "r");
			if (reference != null && column(reference) >= limits.columns()) {
				throw refusals.columns();
			}
			sharedCell = "s".equals(reader.getAttributeValue(null, "t"));
			if (cellDepth == 0) {
				cellDepth = depth;
				cellChars = 0;
			}
		}

		private void end(String name) {
			switch (name) {
				case "row" -> cellsInRow = 0;
				case "c" -> {
					if (depth == cellDepth) {
						cellDepth = 0;
					}
				}
				case "v" -> {
					if (depth == valueDepth) {
						valueDepth = 0;
						checkSharedIndex();
					}
				}
				case "si" -> {
					if (depth == stringDepth) {
						stringDepth = 0;
					}
				}
				default -> {
				}
			}
			depth--;
		}

		private void text(XMLStreamReader reader) {
			int length = reader.getTextLength();
			if (cellDepth > 0 && (cellChars += length) > limits.cellLength()) {
				throw refusals.cellLength();
			}
			if (stringDepth > 0) {
				if ((stringChars += length) > limits.cellLength()) {
					throw refusals.cellLength();
				}
				if ((sharedChars += length) > limits.sharedStringsLength()) {
					throw refusals.sharedStringsLength();
				}
			}
			if (valueDepth > 0 && index.length() < 16) {
				index.append(reader.getTextCharacters(), reader.getTextStart(), Math.min(length, 16));
			}
		}

		/**
		 * A shared-string cell must name a string that exists: fastexcel pads its table
		 * up to the index.
		 */
		private void checkSharedIndex() {
			if (!sharedCell || sharedStringsAvailable < 0 || index.isEmpty()) {
				return;
			}
			long at;
			try {
				at = Long.parseLong(index.toString());
			}
			catch (NumberFormatException notANumber) {
				return;
			}
			if (at >= sharedStringsAvailable) {
				throw refusals.structure();
			}
		}

		/** The zero-based column of a cell reference such as {@code AB12}. */
		private static long column(String reference) {
			long column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
					column = Math.min(column * 26 + (Character.toUpperCase(c) - 'A' + 1), Integer.MAX_VALUE);
				}
				else {
					break;
				}
			}
			return column - 1;
		}

	}

}
