package cn.jiangxin.member.internal;

/** How a member came in. */
enum MemberSource {

	APPLICATION, ADMIN, IMPORT, DEMO

}
