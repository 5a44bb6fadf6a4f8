package cn.jiangxin.member;

/** Published when a member moves from one union to another. */
public record MemberTransferred(long memberId, long fromOrgId, long toOrgId) {
}
