package cn.jiangxin.contest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Something every entry of a track hands in: a file (of {@code allowedKinds} such as pdf,
 * docx, pptx, jpg, png, mp4, zip, up to {@code maxMegabytes}) or a text (up to
 * {@code maxWords}; Chinese characters count one each).
 */
public record RequirementDraft(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}") String code,
		@NotBlank @Size(max = 100) String label, Boolean file, Boolean required, List<String> allowedKinds,
		@Min(1) @Max(2048) Integer maxMegabytes, @Min(1) @Max(100000) Integer maxWords) {

	/**
	 * Left out, {@code file} follows from whether kinds are given, and {@code required}
	 * is true.
	 */
	public RequirementDraft {
		allowedKinds = allowedKinds == null ? List.of() : List.copyOf(allowedKinds);
		file = file == null ? !allowedKinds.isEmpty() : file;
		required = required == null || required;
	}

	public static RequirementDraft file(String code, String label, int maxMegabytes, String... kinds) {
		return new RequirementDraft(code, label, true, true, List.of(kinds), maxMegabytes, null);
	}

	public static RequirementDraft text(String code, String label, int maxWords) {
		return new RequirementDraft(code, label, false, true, List.of(), null, maxWords);
	}

	/**
	 * The structured form of a case call (案例征集): title, background, approach, measurable
	 * results, replicability.
	 */
	public static List<RequirementDraft> caseForm() {
		return List.of(text("background", "背景与问题", 800), text("approach", "做法与创新点", 1500),
				text("results", "可量化的成效", 800), text("replicability", "可推广性", 600));
	}

}
