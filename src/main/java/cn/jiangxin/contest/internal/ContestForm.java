package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Zones;

/**
 * The first step of the setup wizard: what the contest is, who may enter, when, and who
 * hosts it.
 */
record ContestForm(@NotNull ContestKind kind, @NotBlank @Size(max = 200) String title, @Size(max = 200) String theme,
		@Size(max = 20000) String description, @NotNull Long scopeOrgId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt, List<Long> hostOrgIds,
		List<Long> organiserOrgIds, Integer version) {

	static ContestForm blank(Long scopeOrgId, Clock clock) {
		LocalDateTime today = LocalDateTime.ofInstant(clock.instant(), Zones.BEIJING)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		return new ContestForm(ContestKind.SKILLS, null, null, null, scopeOrgId, today, today.plusDays(30).withHour(17),
				scopeOrgId == null ? List.of() : List.of(scopeOrgId), List.of(), null);
	}

	static ContestForm of(ContestView contest) {
		return new ContestForm(contest.kind(), contest.title(), contest.theme(), contest.description(),
				contest.scopeOrgId(), LocalDateTime.ofInstant(contest.opensAt(), Zones.BEIJING),
				LocalDateTime.ofInstant(contest.closesAt(), Zones.BEIJING),
				contest.hosts().stream().map(ContestView.Party::orgId).toList(),
				contest.organisers().stream().map(ContestView.Party::orgId).toList(), contest.version());
	}

	ContestDraft draft() {
		return new ContestDraft(kind, title, theme, description, scopeOrgId, opensAt.atZone(Zones.BEIJING).toInstant(),
				closesAt.atZone(Zones.BEIJING).toInstant(), ids(hostOrgIds), ids(organiserOrgIds));
	}

	private static List<Long> ids(List<Long> ids) {
		return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
	}

}
