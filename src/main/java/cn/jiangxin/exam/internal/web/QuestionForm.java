package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;

/**
 * A question as its page form holds it: up to eight option rows (text and picture), the
 * answer as the form gives it (the keys ticked, "T" or "F", one line per blank with its
 * accepted answers separated by "|"), tags in one line.
 */
record QuestionForm(@NotNull QuestionType type, @NotNull Long areaId, @NotNull @Min(1) @Max(5) Integer difficulty,
		@NotBlank @Size(max = 4000) String stem, String stemImage, List<@Size(max = 1000) String> options,
		List<String> optionImages, List<@Size(max = 500) String> answers, Boolean partialCredit,
		@Size(max = 4000) String referenceAnswer, @NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal points,
		@Size(max = 2000) String explanation, @Size(max = 400) String tags) {

	/** How many option rows the form shows. */
	static final int OPTION_ROWS = 8;

	static QuestionForm blank(QuestionType type, Long areaId) {
		List<String> options = new ArrayList<>(List.of("", "", "", ""));
		while (options.size() < OPTION_ROWS) {
			options.add("");
		}
		return new QuestionForm(
				type, areaId, 3, null, null, options, emptyRows(), List.of(), false, null, type == QuestionType.MULTIPLE
						? BigDecimal.valueOf(2) : type == QuestionType.SHORT ? BigDecimal.valueOf(5) : BigDecimal.ONE,
				null, null);
	}

	static QuestionForm of(QuestionView q) {
		List<String> options = new ArrayList<>();
		List<String> images = new ArrayList<>();
		q.options().forEach(o -> {
			options.add(o.text());
			images.add(o.image() == null ? "" : o.image());
		});
		while (options.size() < OPTION_ROWS) {
			options.add("");
			images.add("");
		}
		return new QuestionForm(q.type(), q.areaId(), q.difficulty(), q.stem(), q.stemImage(), options, images,
				q.answers(), q.partialCredit(), q.referenceAnswer(), q.points(), q.explanation(),
				String.join("；", q.tags()));
	}

	private static List<String> emptyRows() {
		List<String> images = new ArrayList<>();
		while (images.size() < OPTION_ROWS) {
			images.add("");
		}
		return images;
	}

	/** The draft the form stands for, with the pictures as handed in. */
	QuestionDraft draft(String stemPicture, List<String> optionPictures) {
		List<QuestionDraft.Option> chosen = new ArrayList<>();
		if (type.choice()) {
			List<String> texts = options == null ? List.of() : options;
			for (int i = 0; i < texts.size() && i < OPTION_ROWS; i++) {
				String text = texts.get(i);
				if (text != null && !text.isBlank()) {
					String picture = i < optionPictures.size() ? optionPictures.get(i) : null;
					chosen.add(new QuestionDraft.Option(text.strip(), picture));
				}
			}
		}
		List<String> key = answers == null ? List.of()
				: answers.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
		if (type == QuestionType.SHORT) {
			key = List.of();
		}
		List<String> tagList = tags == null || tags.isBlank() ? List.of()
				: Arrays.stream(tags.split("[；;,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new QuestionDraft(type, areaId, difficulty, stem, stemPicture, chosen, key,
				type == QuestionType.MULTIPLE && Boolean.TRUE.equals(partialCredit), referenceAnswer, points,
				explanation, tagList);
	}

	/** Whether an option key is ticked, for a choice question's form. */
	public boolean ticked(int index) {
		return answers != null && answers.contains(String.valueOf(Answers.KEYS.charAt(index)));
	}

	/** Whether the answer holds this value ("T", "F"), for a true-or-false form. */
	public boolean answered(String value) {
		return answers != null && answers.contains(value);
	}

	/** The answer line of a blank, for a fill-in's form. */
	public String blankLine(int index) {
		return answers != null && index < answers.size() ? answers.get(index) : "";
	}

}
