package cn.jiangxin.judging.internal.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jiangxin.judging.ExpertDraft;

/** The add-an-expert form: tags typed as one line separated by commas or spaces. */
record ExpertForm(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
		@NotBlank @Size(max = 60) String name, @Size(max = 60) String title, @NotNull Long orgId,
		@Size(max = 200) String unitName, @Size(max = 30) String cardNo, @Size(max = 300) String tags,
		@NotBlank @Size(min = 10, max = 128) String password) {

	static ExpertForm empty() {
		return new ExpertForm(null, null, null, null, null, null, null, null);
	}

	List<String> tagList() {
		return tags == null ? List.of()
				: Arrays.stream(tags.split("[,，、\\s]+"))
					.map(String::strip)
					.filter(t -> !t.isEmpty())
					.distinct()
					.toList();
	}

	ExpertDraft toDraft() {
		return new ExpertDraft(username, name, title, orgId, unitName, cardNo, tagList(), password);
	}

}
