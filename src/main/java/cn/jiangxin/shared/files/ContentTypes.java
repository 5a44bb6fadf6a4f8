package cn.jiangxin.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;

import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes, never its name (Apache Tika's magic numbers, and a
 * look inside zip containers to tell Word, Excel and PowerPoint apart); and names the
 * kinds an upload may be.
 */
@Component
public class ContentTypes {

	/**
	 * The kinds a requirement may allow, by short code, with the content types each
	 * admits.
	 */
	public static final Map<String, Set<String>> KINDS;

	static {
		Map<String, Set<String>> kinds = new LinkedHashMap<>();
		kinds.put("pdf", Set.of("application/pdf"));
		kinds.put("docx", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/msword", "application/x-tika-msoffice"));
		kinds.put("pptx", Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/vnd.ms-powerpoint"));
		kinds.put("xlsx", Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.ms-excel"));
		kinds.put("jpg", Set.of("image/jpeg"));
		kinds.put("png", Set.of("image/png"));
		kinds.put("mp4", Set.of("video/mp4", "video/quicktime"));
		kinds.put("zip", Set.of("application/zip"));
		KINDS = Collections.unmodifiableMap(kinds);
	}

	/** Content types a browser may show inline: PDFs and images. */
	public static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/jpeg", "image/png");

	private final Tika tika = new Tika();

	/** The content type of a file, from its bytes alone. */
	public String detect(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			String type = tika.detect(in, new Metadata());
			if ("application/x-tika-ooxml".equals(type) || "application/zip".equals(type)) {
				return ooxml(file, type);
			}
			return type;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a detected content type is one of the kinds a requirement allows, e.g.
	 * {@code pdf,docx}.
	 */
	public static boolean allowed(String contentType, List<String> kinds) {
		return kinds.stream()
			.map(kind -> KINDS.getOrDefault(kind.strip().toLowerCase(Locale.ROOT), Set.of()))
			.anyMatch(types -> types.contains(contentType));
	}

	private static String ooxml(Path file, String fallback) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			boolean word = false;
			boolean excel = false;
			boolean powerpoint = false;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
				powerpoint |= name.startsWith("ppt/");
			}
			if (zip.getEntry("[Content_Types].xml") != null) {
				if (word) {
					return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				}
				if (excel) {
					return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				}
				if (powerpoint) {
					return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				}
			}
			return "application/zip";
		}
		catch (IOException notAZip) {
			return fallback;
		}
	}

}
