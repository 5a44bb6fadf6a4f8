package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The mentorship form on a studio's page: the apprentices' card numbers in one box. */
record MentorshipForm(@NotBlank @Size(max = 30) String mentorCardNo,
		@NotBlank @Size(max = 400) String apprenticeCardNos, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
		@NotBlank @Size(max = 2000) String goals) {

	static MentorshipForm blank(LocalDate today) {
		return new MentorshipForm(null, null, today, today.plusYears(1), null);
	}

	MentorshipDraft draft() {
		return new MentorshipDraft(mentorCardNo, Texts.items(apprenticeCardNos, Texts.WORDS), startsOn, endsOn, goals);
	}

}
