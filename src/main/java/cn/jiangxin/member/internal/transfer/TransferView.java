package cn.jiangxin.member.internal.transfer;

import java.time.Instant;

/** A transfer request as pages and the API show it. */
record TransferView(long id, long memberId, String memberName, String cardNo, long fromOrgId, String fromOrgName,
		long toOrgId, String toOrgName, TransferStatus status, String reason, String requestedBy, boolean byMember,
		String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt) {

	public boolean pending() {
		return status == TransferStatus.PENDING;
	}

}
