package cn.jiangxin.honor;

import java.time.LocalDate;

/** A title in the registry, with its holder, union, source and date. */
public record HonorView(long id, String title, HolderKind holderKind, String holderName, Long memberId, long orgId,
		String orgName, String source, String sourceRef, Long contestId, Long awardId, LocalDate conferredOn,
		String conferredBy) {

	public boolean fromContest() {
		return "CONTEST".equals(source);
	}

}
