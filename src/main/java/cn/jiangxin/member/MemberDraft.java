package cn.jiangxin.member;

import java.time.LocalDate;

/**
 * A member as another module (demo data, a contest's bulk entry) hands one over to be
 * registered.
 */
public record MemberDraft(String name, Gender gender, IdType idType, String idNumber, LocalDate birthDate, String phone,
		String email, Education education, EmploymentType employmentType, String employerName, LocalDate joinDate,
		String tags) {
}
