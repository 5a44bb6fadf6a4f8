package cn.jiangxin.contest;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamSource;

/**
 * What an entry hands in at once: texts by requirement code, and files. Requirements not
 * named keep what the previous version had; an empty text clears one.
 */
public record SubmissionDraft(Map<String, String> texts, List<FilePart> files) {

	public SubmissionDraft {
		texts = texts == null ? Map.of() : Map.copyOf(texts);
		files = files == null ? List.of() : List.copyOf(files);
	}

	/**
	 * A file for a requirement: its name as the person's computer knows it, and its
	 * bytes.
	 */
	public record FilePart(String code, String fileName, InputStreamSource content) {
	}

}
