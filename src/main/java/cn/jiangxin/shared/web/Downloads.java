package cn.jiangxin.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated document as a response: shown in the browser, or downloaded under its
 * (Chinese) file name.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String name, boolean inline) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(name, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
