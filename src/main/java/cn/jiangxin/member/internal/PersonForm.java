package cn.jiangxin.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;

/**
 * A person as typed into a join form, an admin's form, the API or a row of an import.
 * Gender and birth date come from a resident ID where there is one; {@link PersonRules}
 * does the checks that need the whole record.
 */
public record PersonForm(@NotBlank @Size(max = 50) String name, Gender gender, @NotNull IdType idType,
		@NotBlank @Size(max = 24) String idNumber, LocalDate birthDate, @Size(max = 20) String phone,
		@Email @Size(max = 100) String email, Education education, @NotNull EmploymentType employmentType,
		@Size(max = 200) String employerName) {
}
