package cn.jiangxin.contest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.files.ContentTypes;

/** One version of what an entry handed in, with its items. */
public record SubmissionView(long id, long entryId, int versionNo, String submittedBy, Instant createdAt,
		List<Item> items) {

	public Optional<Item> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** A text, or a file kept in the blob store with the type detected from its bytes. */
	public record Item(long id, String code, String text, String fileName, String contentType, Long sizeBytes,
			String blobHash) {

		public boolean file() {
			return blobHash != null;
		}

		/** Whether a browser can show the file itself: PDFs and images. */
		public boolean previewable() {
			return file() && ContentTypes.PREVIEWABLE.contains(contentType);
		}

		public boolean image() {
			return file() && contentType.startsWith("image/");
		}

	}

}
