package cn.jiangxin.member;

/** Published when someone becomes a member: by an approved application, an admin or an import. */
public record MemberJoined(long memberId, long orgId) {
}
