package cn.jiangxin.member.internal;

import java.time.LocalDate;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;

/**
 * A person whose details passed every check: ID and phone normalized, gender and birth
 * date known.
 */
public record Person(String name, Gender gender, IdType idType, String idNumber, LocalDate birthDate, String phone,
		String email, Education education, EmploymentType employmentType, String employerName) {
}
