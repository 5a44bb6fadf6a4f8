package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.StudioField;

/**
 * What the endpoints of problem calls and joint projects take: a call, a problem, a
 * studio's application, the owner's selection, a project signed at a forum, and a
 * project's milestones, reports, issues, advisers and closing.
 */
final class ProjectDrafts {

	private ProjectDrafts() {
	}

	/**
	 * A call: by an alliance (then run by its managers, under its founding union) or by a
	 * union within reach; open from its first day to its last.
	 */
	record Call(@NotBlank @Size(max = 200) String title, Long allianceId, Long orgId,
			@Size(max = 4000) String description, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
	}

	/** A problem posted by its owner unit. */
	record ProblemDraft(@NotNull Long ownerOrgId, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 4000) String need, @NotBlank @Size(max = 500) String skills,
			@NotBlank @Size(max = 2000) String expectedOutcome, @NotNull StudioField field,
			@Size(max = 8) List<@NotBlank @Size(max = 20) String> tags, @NotNull LocalDate deadline) {
	}

	/** A studio's application to a problem, with what it brings. */
	record Application(@NotNull Long studioId, @NotBlank @Size(max = 2000) String offer) {
	}

	/** An adviser from a university or institute (no member record needed). */
	record Adviser(@NotBlank @Size(max = 30) String name, @NotBlank @Size(max = 100) String institution,
			@Size(max = 100) String expertise) {
	}

	/**
	 * The owner's choice: a lead and partners among the applicants, advisers, the plan's
	 * dates and goal. It makes the joint project.
	 */
	record Selection(@NotNull Long leadStudioId, @Size(max = 9) List<@NotNull Long> partnerStudioIds,
			@Size(max = 10) List<@Valid @NotNull Adviser> advisers, @NotNull LocalDate startsOn,
			@NotNull LocalDate planEndsOn, @Size(max = 2000) String goal) {

		List<Long> partners() {
			return partnerStudioIds == null ? List.of() : partnerStudioIds;
		}

		List<Adviser> experts() {
			return advisers == null ? List.of() : advisers;
		}

	}

	/** A project signed at an alliance's forum, recorded by the alliance's managers. */
	record Signing(@NotNull Long allianceId, Long eventId, @NotBlank @Size(max = 200) String title,
			@NotNull Long leadStudioId, @Size(max = 9) List<@NotNull Long> partnerStudioIds,
			@Size(max = 8) List<@NotBlank @Size(max = 20) String> tags, @Size(max = 2000) String goal,
			@NotNull LocalDate startsOn, @NotNull LocalDate planEndsOn) {

		List<Long> partners() {
			return partnerStudioIds == null ? List.of() : partnerStudioIds;
		}

	}

	/** A milestone of the plan. */
	record Milestone(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueOn) {
	}

	/** A milestone reached on a day. */
	record Done(@NotNull @PastOrPresent LocalDate doneOn) {
	}

	/** A progress report: what was done, how far along (0–100). */
	record Report(@NotNull @PastOrPresent LocalDate reportedOn, @NotBlank @Size(max = 4000) String progress,
			@NotNull @Min(0) @Max(100) Integer percent) {
	}

	/** An issue raised on a day. */
	record Issue(@NotBlank @Size(max = 200) String title, @NotNull @PastOrPresent LocalDate raisedOn) {
	}

	/** How an issue was resolved, and when. */
	record Resolution(@NotNull @PastOrPresent LocalDate resolvedOn, @NotBlank @Size(max = 1000) String resolution) {
	}

	/** The closing: a rating and an evaluation, on a day. */
	record Closing(@NotNull JointProject.Rating rating, @NotBlank @Size(max = 2000) String evaluation,
			@NotNull @PastOrPresent LocalDate closedOn) {
	}

	/** A project cancelled on a day, for a reason. */
	record Cancelling(@NotBlank @Size(max = 2000) String reason, @NotNull @PastOrPresent LocalDate cancelledOn) {
	}

}
