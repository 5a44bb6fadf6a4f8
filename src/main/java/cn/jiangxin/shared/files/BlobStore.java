package cn.jiangxin.shared.files;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * Keeps uploaded files on the filesystem (under {@code ./data/blobs} by default) named by
 * the SHA-256 of their content, so the same file is stored once however often it is
 * handed in. A file is measured, typed from its bytes and passed through the virus-scan
 * hook before it is kept.
 */
@Component
public class BlobStore {

	private final Path root;

	private final JdbcClient jdbc;

	private final ContentTypes types;

	private final List<VirusScanner> scanners;

	private final Clock clock;

	public BlobStore(@Value("${jiangxin.blobs.directory:./data/blobs}") String root, JdbcClient jdbc,
			ContentTypes types, List<VirusScanner> scanners, Clock clock) {
		this.clock = clock;
		this.root = Paths.get(root);
		this.jdbc = jdbc;
		this.types = types;
		this.scanners = scanners;
	}

	/**
	 * Stores a file of at most {@code maxBytes} whose detected type is among
	 * {@code allowedKinds} (empty: any); refuses with a field error otherwise, keeping
	 * nothing.
	 */
	public StoredBlob store(String field, InputStream content, long maxBytes, List<String> allowedKinds) {
		Path temp = null;
		try {
			Files.createDirectories(root.resolve("tmp"));
			temp = root.resolve("tmp").resolve(UUID.randomUUID() + ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size = 0;
			byte[] buffer = new byte[1 << 16];
			try (InputStream in = content;
					OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
				int read;
				while ((read = in.read(buffer)) > 0) {
					size += read;
					if (size > maxBytes) {
						throw BusinessRuleException.invalid(field, "file.tooLarge",
								Math.max(1, maxBytes / (1024 * 1024)));
					}
					out.write(buffer, 0, read);
				}
			}
			if (size == 0) {
				throw BusinessRuleException.invalid(field, "file.empty");
			}
			String contentType = types.detect(temp);
			if (!allowedKinds.isEmpty() && !ContentTypes.allowed(contentType, allowedKinds)) {
				throw BusinessRuleException.invalid(field, "file.typeNotAllowed", String.join("、", allowedKinds));
			}
			for (VirusScanner scanner : scanners) {
				VirusScanner.Verdict verdict = scanner.scan(temp, contentType);
				if (!verdict.clean()) {
					throw BusinessRuleException.invalid(field, "file.infected");
				}
			}
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = pathOf(hash);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			jdbc.sql(
					"INSERT INTO blob (hash, size_bytes, content_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(hash, size, contentType, Timestamp.from(Instant.now(clock)))
				.update();
			return new StoredBlob(hash, size, contentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a leftover part file is harmless
				}
			}
		}
	}

	/** The bytes of a stored file. */
	public InputStream open(String hash) throws IOException {
		return Files.newInputStream(pathOf(hash));
	}

	public long size(String hash) throws IOException {
		return Files.size(pathOf(hash));
	}

	private Path pathOf(String hash) {
		if (!hash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a blob hash");
		}
		return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}

}
