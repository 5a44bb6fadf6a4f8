package cn.jiangxin.member.internal;

/** How a member came in. */
public enum MemberSource {

	APPLICATION, ADMIN, IMPORT, DEMO

}
