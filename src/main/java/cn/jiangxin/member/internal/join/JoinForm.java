package cn.jiangxin.member.internal.join;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.PersonForm;

/**
 * An application to join (入会申请): the union it goes to (a grassroots union from its QR
 * code, or the district a gig worker chose), the applicant's details and their consent to
 * the privacy notice.
 */
public record JoinForm(@NotNull Long orgId, @NotBlank @Size(max = 50) String name, Gender gender,
		@NotNull IdType idType, @NotBlank @Size(max = 24) String idNumber, LocalDate birthDate,
		@NotBlank @Size(max = 20) String phone, @Email @Size(max = 100) String email, Education education,
		@NotNull EmploymentType employmentType, @Size(max = 200) String employerName, @NotNull(
				message = "{join.consent.required}") @AssertTrue(message = "{join.consent.required}") Boolean consent) {

	static JoinForm blank(Long orgId) {
		return new JoinForm(orgId, null, null, IdType.RESIDENT_ID, null, null, null, null, null, null, null, false);
	}

	PersonForm person() {
		return new PersonForm(name, gender, idType, idNumber, birthDate, phone, email, education, employmentType,
				employerName);
	}

}
