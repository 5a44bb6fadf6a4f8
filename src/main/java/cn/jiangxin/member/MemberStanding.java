package cn.jiangxin.member;

import java.util.List;

/**
 * What a member's eligibility for a benefit is decided on: their union, standing, kind of
 * work and tags, read without the rest of their record.
 */
public record MemberStanding(long id, long orgId, MemberStatus status, EmploymentType employmentType,
		List<String> tags) {

	/** The standing of a member already read in full. */
	public static MemberStanding of(MemberView member) {
		return new MemberStanding(member.id(), member.orgId(), member.status(), member.employmentType(), member.tags());
	}

}
