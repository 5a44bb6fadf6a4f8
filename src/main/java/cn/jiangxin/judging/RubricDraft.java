package cn.jiangxin.judging;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A round's scoring plan: weighted parts adding up to 100 (one part of weight 100 when
 * there is only a rubric), and the criteria of the rubric parts, each with a weight, a
 * range and level descriptors.
 */
public record RubricDraft(@NotEmpty @Size(max = 6) List<@Valid Part> parts,
		@NotEmpty @Size(max = 30) List<@Valid Criterion> criteria) {

	public RubricDraft {
		parts = parts == null ? List.of() : List.copyOf(parts);
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	/**
	 * A part of the total, e.g. 理论 30 imported (from a file, or from the exam set for the
	 * round, {@code examId}) or 实操 70 from the rubric.
	 */
	public record Part(@NotBlank @Size(max = 30) @Pattern(regexp = "[a-z][a-z0-9_]*") String code,
			@NotBlank @Size(max = 60) String label, @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal weight,
			@NotNull PartSource source, Long examId) {

		/** A part that takes no scores from an exam. */
		public Part(String code, String label, BigDecimal weight, PartSource source) {
			this(code, label, weight, source, null);
		}

	}

	/** A criterion of a rubric part; its weight counts within the part. */
	public record Criterion(@NotBlank @Size(max = 30) @Pattern(regexp = "[a-z][a-z0-9_]*") String code,
			@NotBlank @Size(max = 30) String part, @NotBlank @Size(max = 60) String label, @NotNull CriterionKind kind,
			@NotNull @DecimalMin("0.01") @DecimalMax("1000") BigDecimal weight,
			@NotNull @DecimalMin("-10000") @DecimalMax("10000") BigDecimal min,
			@NotNull @DecimalMin("-10000") @DecimalMax("10000") BigDecimal max, @Size(max = 2000) String descriptors,
			Boolean commentRequired) {

		public boolean requiresComment() {
			return Boolean.TRUE.equals(commentRequired);
		}

	}

	/**
	 * One rubric part of 100 with these criteria, the common case of a material review.
	 */
	public static RubricDraft single(List<Criterion> criteria) {
		return new RubricDraft(List.of(new Part("review", "评审", new BigDecimal("100"), PartSource.RUBRIC)), criteria);
	}

}
