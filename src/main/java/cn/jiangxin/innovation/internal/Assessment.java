package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The assessment of one apprentice at the end of a mentorship: whether the goals were
 * met, what they gained (a skills certificate, a contest result) and a comment.
 */
record Assessment(@NotBlank @Size(max = 30) String apprenticeCardNo, @NotNull GoalsMet goalsMet,
		@Size(max = 200) String achieved, @Size(max = 1000) String comment,
		@NotNull @PastOrPresent LocalDate assessedOn) {

	/** Whether an apprentice met the goals agreed. */
	enum GoalsMet {

		MET, PARTLY, NOT_MET;

		public String messageKey() {
			return "innovation.goals." + name();
		}

	}

}
