package cn.jiangxin.exam.internal.bank;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question as written or edited. {@code answers} holds the key: for a choice question
 * the correct options' keys ("A", "C"), for true or false "T" or "F", for a fill-in one
 * entry per blank with its accepted answers separated by "|"; a short answer has a
 * reference answer instead. Images are the hashes of files handed in before.
 */
public record QuestionDraft(@NotNull QuestionType type, @NotNull Long areaId,
		@NotNull @Min(1) @Max(5) Integer difficulty, @NotBlank @Size(max = 4000) String stem,
		@Pattern(regexp = "[0-9a-f]{64}") String stemImage, @Size(max = 8) List<@Valid Option> options,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> answers, Boolean partialCredit,
		@Size(max = 4000) String referenceAnswer, @NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal points,
		@Size(max = 2000) String explanation, @Size(max = 10) List<@NotNull @Size(min = 1, max = 30) String> tags) {

	public QuestionDraft {
		options = options == null ? List.of() : List.copyOf(options);
		answers = answers == null ? List.of() : List.copyOf(answers);
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

	/** An option of a choice question, in order: its text, and an image if it has one. */
	public record Option(@NotBlank @Size(max = 1000) String text, @Pattern(regexp = "[0-9a-f]{64}") String image) {
	}

	public boolean partial() {
		return Boolean.TRUE.equals(partialCredit);
	}

}
