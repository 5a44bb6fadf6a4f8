package cn.jiangxin.contest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contest as it is set up: kind, title, theme, description, whose members may enter
 * (the subtree of {@code scopeOrgId}), the registration window, and the orgs that host
 * and organise it.
 */
public record ContestDraft(@NotNull ContestKind kind, @NotBlank @Size(max = 200) String title,
		@Size(max = 200) String theme, @Size(max = 20000) String description, @NotNull Long scopeOrgId,
		@NotNull Instant opensAt, @NotNull Instant closesAt, @NotEmpty List<Long> hostOrgIds,
		List<Long> organiserOrgIds) {

	public ContestDraft {
		hostOrgIds = hostOrgIds == null ? List.of() : List.copyOf(hostOrgIds);
		organiserOrgIds = organiserOrgIds == null ? List.of() : List.copyOf(organiserOrgIds);
	}

}
