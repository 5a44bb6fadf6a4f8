package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The page forms of problem calls and joint projects, where a box holds several items
 * (tags, advisers one a line): each becomes the draft the API takes.
 */
final class ProblemForms {

	private ProblemForms() {
	}

	/** A problem with its tags typed in one box. */
	record ProblemForm(@NotNull Long ownerOrgId, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 4000) String need, @NotBlank @Size(max = 500) String skills,
			@NotBlank @Size(max = 2000) String expectedOutcome, @NotNull StudioField field,
			@Size(max = 200) String tags, @NotNull LocalDate deadline) {

		static ProblemForm blank(LocalDate deadline) {
			return new ProblemForm(null, null, null, null, null, null, null, deadline);
		}

		ProjectDrafts.ProblemDraft draft() {
			List<String> items = Texts.items(tags, Texts.WORDS);
			if (items.size() > 8) {
				throw BusinessRuleException.invalid("tags", "innovation.studio.tag", 20);
			}
			return new ProjectDrafts.ProblemDraft(ownerOrgId, title, need, skills, expectedOutcome, field, items,
					deadline);
		}

	}

	/**
	 * The owner's selection with the advisers one a line: name, institution, expertise.
	 */
	record SelectionForm(@NotNull Long leadStudioId, @Size(max = 9) List<Long> partnerStudioIds,
			@Size(max = 2000) String advisers, @NotNull LocalDate startsOn, @NotNull LocalDate planEndsOn,
			@Size(max = 2000) String goal) {

		static SelectionForm blank(LocalDate today) {
			return new SelectionForm(null, List.of(), null, today, today.plusMonths(12), null);
		}

		ProjectDrafts.Selection draft() {
			List<ProjectDrafts.Adviser> experts = new ArrayList<>();
			for (String line : Texts.items(advisers, "\\n+")) {
				List<String> parts = Texts.items(line, "[,，、;；]+");
				if (parts.size() < 2 || parts.size() > 3 || parts.get(0).length() > 30 || parts.get(1).length() > 100
						|| (parts.size() == 3 && parts.get(2).length() > 100)) {
					throw BusinessRuleException.invalid("advisers", "innovation.project.adviserLine", line);
				}
				experts.add(
						new ProjectDrafts.Adviser(parts.get(0), parts.get(1), parts.size() == 3 ? parts.get(2) : null));
			}
			if (experts.size() > 10) {
				throw BusinessRuleException.invalid("advisers", "innovation.project.adviserLine", "…");
			}
			return new ProjectDrafts.Selection(leadStudioId, partnerStudioIds, experts, startsOn, planEndsOn, goal);
		}

	}

	/** An outcome of a joint project, as the page takes it. */
	record OutcomeForm(@NotNull AchievementKind kind, @NotBlank @Size(max = 200) String title,
			@NotNull @PastOrPresent LocalDate achievedOn, @Size(max = 20) String patentNo, PatentKind patentKind,
			@Size(max = 60) String standardNo,
			@DecimalMin("0") @DecimalMax("99999999999") @Digits(integer = 11, fraction = 2) BigDecimal benefit,
			@Size(max = 2000) String summary, @Size(max = 600) String adoptedBy) {

		static OutcomeForm blank(LocalDate today) {
			return new OutcomeForm(null, null, today, null, null, null, null, null, null);
		}

		AchievementDraft draft() {
			return new AchievementDraft(kind, title, achievedOn, List.of(), patentNo, patentKind, standardNo, null,
					benefit, summary, List.of(), List.of(), Texts.items(adoptedBy, Texts.LINES));
		}

	}

}
