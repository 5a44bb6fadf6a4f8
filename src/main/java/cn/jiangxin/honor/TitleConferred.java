package cn.jiangxin.honor;

import java.time.LocalDate;
import java.util.List;

/**
 * A title was conferred, on a member, a team or a unit, by decision or for a final
 * contest award. Published by honour in the transaction that conferred it, once per title
 * (a second delivery of the same awards confers nothing and publishes nothing); a module
 * that gives titles a life of their own (innovation: a studio's level) listens.
 *
 * @param honorId the honour's id, so that a listener can take it once
 * @param title the title, as conferred (金融科技职工创新工作室)
 * @param holderKind who holds it
 * @param holderName the holder as named in the registry (a team: the entry's title)
 * @param memberId the member holding it, or null for a team or unit
 * @param orgId the holder's union
 * @param contestId the contest whose award gave it, or null for a decision
 * @param awardId that award, or null for a decision
 * @param conferredOn the day it was conferred
 * @param memberIds the members it honours: the member, or a contest team's members with
 * its leader first; empty for a team or unit named by decision
 */
public record TitleConferred(long honorId, String title, HolderKind holderKind, String holderName, Long memberId,
		long orgId, Long contestId, Long awardId, LocalDate conferredOn, List<Long> memberIds) {

	public TitleConferred {
		memberIds = List.copyOf(memberIds);
	}

	/** Whether it was conferred for a contest's award. */
	public boolean fromContest() {
		return awardId != null;
	}

}
