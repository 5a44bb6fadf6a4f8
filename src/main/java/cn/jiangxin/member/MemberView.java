package cn.jiangxin.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member as pages, the API and other modules see them: ID and phone always masked. */
public record MemberView(long id, long orgId, String orgName, String name, Gender gender, IdType idType,
		String idNumberMasked, LocalDate birthDate, String phoneMasked, String email, Education education,
		EmploymentType employmentType, String employerName, LocalDate joinDate, MemberStatus status, String cardNo,
		List<String> tags, int version, Instant createdAt, Instant updatedAt) {
}
