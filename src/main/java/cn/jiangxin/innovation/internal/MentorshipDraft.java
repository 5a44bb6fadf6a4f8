package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A mentorship to agree (名师带徒): the mentor, a member of the studio, and apprentices by
 * card number, the period and the goals.
 */
record MentorshipDraft(@NotBlank @Size(max = 30) String mentorCardNo,
		@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 30) String> apprenticeCardNos, @NotNull LocalDate startsOn,
		@NotNull LocalDate endsOn, @NotBlank @Size(max = 2000) String goals) {
}
