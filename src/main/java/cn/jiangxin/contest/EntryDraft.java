package cn.jiangxin.contest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An entry registered by a unit's admin: the track, its title (project, case or team
 * name), the leader and, for a team, the other members, all members of the admin's own
 * subtree.
 */
public record EntryDraft(@NotNull Long trackId, @NotBlank @Size(max = 200) String title, @NotNull Long leaderMemberId,
		List<Long> teamMemberIds, boolean declarationAccepted) {

	public EntryDraft {
		teamMemberIds = teamMemberIds == null ? List.of() : List.copyOf(teamMemberIds);
	}

}
