package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.StudioField;

/**
 * The registration form of a studio as a page posts it: the tags typed in one box,
 * separated by commas, 、 or spaces.
 */
record StudioForm(@NotBlank @Size(max = 100) String name, @NotNull Long hostOrgId, @Size(max = 200) String employerName,
		@NotBlank @Size(max = 30) String leaderCardNo, @NotNull StudioField field,
		@NotNull @PastOrPresent LocalDate foundedOn, @Size(max = 300) String tags,
		@Size(max = 4000) String description) {

	static StudioForm blank(Long hostOrgId, LocalDate today) {
		return new StudioForm(null, hostOrgId, null, null, null, today, null, null);
	}

	StudioDraft draft() {
		List<String> split = Texts.items(tags, Texts.WORDS);
		return new StudioDraft(name, hostOrgId, employerName, leaderCardNo, field, foundedOn, split, description);
	}

}
