package cn.jiangxin.member.internal.join;

import java.time.Instant;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;

/** An application as a queue shows it: personal data masked. */
record JoinApplicationView(long id, long orgId, String orgName, String name, Gender gender, IdType idType,
		String idMasked, String phoneMasked, EmploymentType employmentType, String employerName, JoinStatus status,
		String reason, String decidedBy, Instant decidedAt, Long memberId, Instant escalatedAt, Long escalatedOrgId,
		String escalatedOrgName, Instant createdAt, int version) {

	public boolean overdue() {
		return status == JoinStatus.PENDING && escalatedAt != null;
	}

}
