package cn.jiangxin.contest;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.member.EmploymentType;

/**
 * A track as it is set up: its entry form and team size, the most entries one unit may
 * send, who may enter (employment types, age range at the close of registration, a
 * declaration to accept) and what each entry hands in. Every entrant must be a member in
 * good standing within the contest's scope.
 */
public record TrackDraft(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description,
		@NotNull EntryKind entryKind, @Min(2) @Max(50) Integer teamMin, @Min(2) @Max(50) Integer teamMax,
		@Min(1) @Max(1000) Integer quotaPerUnit, Set<EmploymentType> employmentTypes, @Min(16) @Max(80) Integer minAge,
		@Min(16) @Max(80) Integer maxAge, @Size(max = 1000) String declaration,
		@Valid @Size(max = 20) List<RequirementDraft> requirements) {

	public TrackDraft {
		employmentTypes = employmentTypes == null ? Set.of() : Set.copyOf(employmentTypes);
		requirements = requirements == null ? List.of() : List.copyOf(requirements);
	}

	/** An individual track open to every member, with no requirements. */
	public static TrackDraft individual(String name) {
		return new TrackDraft(name, null, EntryKind.INDIVIDUAL, null, null, null, Set.of(), null, null, null,
				List.of());
	}

	/**
	 * A team track of {@code min} to {@code max} people, open to every member, with no
	 * requirements.
	 */
	public static TrackDraft team(String name, int min, int max) {
		return new TrackDraft(name, null, EntryKind.TEAM, min, max, null, Set.of(), null, null, null, List.of());
	}

	public TrackDraft withRequirements(List<RequirementDraft> requirements) {
		return new TrackDraft(name, description, entryKind, teamMin, teamMax, quotaPerUnit, employmentTypes, minAge,
				maxAge, declaration, requirements);
	}

	public TrackDraft withQuota(Integer quota) {
		return new TrackDraft(name, description, entryKind, teamMin, teamMax, quota, employmentTypes, minAge, maxAge,
				declaration, requirements);
	}

	public TrackDraft withRules(Set<EmploymentType> types, Integer minAge, Integer maxAge, String declaration) {
		return new TrackDraft(name, description, entryKind, teamMin, teamMax, quotaPerUnit, types, minAge, maxAge,
				declaration, requirements);
	}

	public TrackDraft describedAs(String description) {
		return new TrackDraft(name, description, entryKind, teamMin, teamMax, quotaPerUnit, employmentTypes, minAge,
				maxAge, declaration, requirements);
	}

}
