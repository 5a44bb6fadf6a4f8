package cn.jiangxin.contest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.jiangxin.shared.files.BlobStore;

/**
 * Streams a handed-in file from the blob store: inline when a browser can show it, else
 * as a download.
 */
public final class SubmissionFiles {

	private SubmissionFiles() {
	}

	public static ResponseEntity<InputStreamResource> stream(BlobStore blobs, SubmissionView.Item item,
			boolean download) throws IOException {
		boolean inline = item.previewable() && !download;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.contentType()))
			.contentLength(item.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(item.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
			.body(new InputStreamResource(blobs.open(item.blobHash())));
	}

}
