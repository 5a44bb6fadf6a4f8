package cn.jiangxin.member.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberStatus;

/**
 * A row of the member table as stored: ID and phone only encrypted, hashed and masked.
 */
public record MemberRecord(Long id, long orgId, String name, Gender gender, IdType idType, String idCipher,
		String idHash, String idMasked, LocalDate birthDate, String phoneCipher, String phoneHash, String phoneMasked,
		String email, Education education, EmploymentType employmentType, String employerName, LocalDate joinDate,
		MemberStatus status, String cardNo, MemberSource source, Long importJobId, String tags, int version,
		Instant createdAt, Instant updatedAt) {

	public static MemberRecord of(long orgId, Person person, Sealed sealed, LocalDate joinDate, String cardNo,
			MemberSource source, Long importJobId, String tags, Instant now) {
		return new MemberRecord(null, orgId, person.name(), person.gender(), person.idType(), sealed.idCipher(),
				sealed.idHash(), sealed.idMasked(), person.birthDate(), sealed.phoneCipher(), sealed.phoneHash(),
				sealed.phoneMasked(), person.email(), person.education(), person.employmentType(),
				person.employerName(), joinDate, MemberStatus.ACTIVE, cardNo, source, importJobId, tags, 0, now, now);
	}

	/** Whether the member counts as in the union: 在会 or 保留会籍. */
	public boolean inGoodStanding() {
		return status.inGoodStanding();
	}

	MemberRecord withPerson(Person person, Sealed sealed, String tags, Instant now) {
		return new MemberRecord(id, orgId, person.name(), person.gender(), person.idType(), sealed.idCipher(),
				sealed.idHash(), sealed.idMasked(), person.birthDate(), sealed.phoneCipher(), sealed.phoneHash(),
				sealed.phoneMasked(), person.email(), person.education(), person.employmentType(),
				person.employerName(), joinDate, status, cardNo, source, importJobId, tags, version, createdAt, now);
	}

	/** The fields the audit log shows; ID and phone only masked. */
	Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		state.put("gender", gender);
		state.put("idType", idType);
		state.put("idNumber", idMasked);
		state.put("phone", phoneMasked);
		state.put("email", email);
		state.put("education", education);
		state.put("employmentType", employmentType);
		state.put("employerName", employerName);
		state.put("orgId", orgId);
		state.put("status", status);
		state.put("cardNo", cardNo);
		state.put("tags", tags);
		return state;
	}

}
