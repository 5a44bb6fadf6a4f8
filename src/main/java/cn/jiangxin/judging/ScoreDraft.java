package cn.jiangxin.judging;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A judge's scores for one entry, per criterion with an optional comment; {@code submit}
 * locks the sheet.
 */
public record ScoreDraft(@NotNull Long entryId, @NotNull @Size(max = 30) List<@Valid Item> items, Boolean submit) {

	public ScoreDraft {
		items = items == null ? null : List.copyOf(items);
	}

	public boolean submitting() {
		return Boolean.TRUE.equals(submit);
	}

	/** The score of one criterion; left empty in a draft. */
	public record Item(@NotBlank @Size(max = 30) String criterion, BigDecimal score, @Size(max = 1000) String comment) {
	}

}
