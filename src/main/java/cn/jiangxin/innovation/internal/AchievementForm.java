package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * The achievement form on a studio's page: the lists (contributors' card numbers, people
 * from outside, adopting units) typed in boxes, separated by commas or 、.
 */
record AchievementForm(@NotNull AchievementKind kind, @NotBlank @Size(max = 200) String title,
		@NotNull @PastOrPresent LocalDate achievedOn, @Size(max = 20) String patentNo, PatentKind patentKind,
		@Size(max = 60) String standardNo, @Size(max = 200) String venue,
		@DecimalMin("0") @DecimalMax("99999999999") @Digits(integer = 11, fraction = 2) BigDecimal benefit,
		@Size(max = 2000) String summary, @Size(max = 600) String contributorCardNos,
		@Size(max = 400) String externalContributors, @Size(max = 2000) String adoptedBy) {

	static AchievementForm blank(LocalDate today) {
		return new AchievementForm(null, null, today, null, null, null, null, null, null, null, null, null);
	}

	AchievementDraft draft() {
		return new AchievementDraft(kind, title, achievedOn, List.of(), patentNo, patentKind, standardNo, venue,
				benefit, summary, Texts.items(contributorCardNos, Texts.LINES),
				Texts.items(externalContributors, Texts.LINES), Texts.items(adoptedBy, Texts.LINES));
	}

}
