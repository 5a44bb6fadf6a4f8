package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * What the alliance's endpoints take: founding, applying, deciding, leaving, a handover,
 * a group, an event.
 */
final class AllianceDrafts {

	private AllianceDrafts() {
	}

	/** An alliance to found, with its first chair unit and person. */
	record Founding(@NotBlank @Size(max = 100) String name, @NotNull Long foundingOrgId,
			@NotNull @PastOrPresent LocalDate foundedOn, @Size(max = 2000) String description, @NotNull Long chairOrgId,
			@NotBlank @Size(max = 60) String chairPerson, @Size(max = 600) String viceChairs) {
	}

	/** A studio's application to join. */
	record Application(@NotNull Long studioId, @Size(max = 500) String note) {
	}

	/** The managers' decision on an application. */
	record Decision(@NotNull Boolean approve, @Size(max = 500) String note) {
	}

	/** A member studio leaving, on a day. */
	record Leaving(@NotNull @PastOrPresent LocalDate leftOn) {
	}

	/**
	 * A chair handover (理事长单位交接): the new chair unit and person, vice-chairs, the day.
	 */
	record Handover(@NotNull Long chairOrgId, @NotBlank @Size(max = 60) String chairPerson,
			@Size(max = 600) String viceChairs, @NotNull @PastOrPresent LocalDate on) {
	}

	/** A working group of member studios with a lead studio. */
	record Group(@NotBlank @Size(max = 60) String name, @NotNull Long leadStudioId,
			@Size(max = 40) List<@NotNull Long> memberStudioIds, @Size(max = 500) String purpose) {
	}

	/** A forum or signing event, with the projects signed at it. */
	record Event(@NotNull Alliance.EventKind kind, @NotBlank @Size(max = 200) String title,
			@NotNull @PastOrPresent LocalDate heldOn, @Size(max = 200) String venue,
			@Size(max = 50) List<@NotBlank @Size(max = 200) String> projects) {
	}

	/** An event as the alliance page takes it: the projects signed one a line. */
	record EventForm(@NotNull Alliance.EventKind kind, @NotBlank @Size(max = 200) String title,
			@NotNull @PastOrPresent LocalDate heldOn, @Size(max = 200) String venue,
			@Size(max = 10000) String projects) {

		Event draft() {
			List<String> signed = Texts.items(projects, "\\n+");
			if (signed.size() > 50 || signed.stream().anyMatch(t -> t.length() > 200)) {
				throw BusinessRuleException.invalid("projects", "innovation.alliance.projectLines", 50, 200);
			}
			return new Event(kind, title, heldOn, venue, signed);
		}

	}

}
