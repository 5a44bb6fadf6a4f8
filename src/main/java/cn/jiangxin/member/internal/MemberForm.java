package cn.jiangxin.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;

/** A member as an admin enters or edits them, on a page or through the API. */
record MemberForm(@NotNull Long orgId, @NotBlank @Size(max = 50) String name, Gender gender, @NotNull IdType idType,
		@NotBlank @Size(max = 24) String idNumber, LocalDate birthDate, @Size(max = 20) String phone,
		@Email @Size(max = 100) String email, Education education, @NotNull EmploymentType employmentType,
		@Size(max = 200) String employerName, @PastOrPresent LocalDate joinDate, @Size(max = 200) String tags,
		Integer version) {

	static MemberForm blank(Long orgId, LocalDate today) {
		return new MemberForm(orgId, null, null, IdType.RESIDENT_ID, null, null, null, null, null,
				EmploymentType.EMPLOYEE, null, today, null, null);
	}

	PersonForm person() {
		return new PersonForm(name, gender, idType, idNumber, birthDate, phone, email, education, employmentType,
				employerName);
	}

}
