package cn.jiangxin.award;

import java.math.BigDecimal;

/** An award given, with its certificate number. */
public record AwardView(long id, long contestId, Long tierId, AwardKind kind, String name, Long trackId,
		String trackName, Long entryId, long unitOrgId, String unitName, String holder, int place, BigDecimal score,
		String status, String certificateNumber) {

	public boolean revoked() {
		return "REVOKED".equals(status);
	}

}
