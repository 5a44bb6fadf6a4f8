package cn.jiangxin.judging;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An expert as an admin enters them: a sign-in, their name and title, the union and unit
 * they belong to (conflicts follow from these), their member card if they are a member,
 * and expertise tags.
 */
public record ExpertDraft(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
		@NotBlank @Size(max = 60) String name, @Size(max = 60) String title, @NotNull Long orgId,
		@Size(max = 200) String unitName, @Size(max = 30) String cardNo,
		@Size(max = 12) List<@Size(max = 20) String> tags, @Size(min = 10, max = 128) String password) {

	public ExpertDraft {
		tags = tags == null ? List.of()
				: tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
	}

}
