package cn.jiangxin.org;

/** Published when a union and its subtree move under another parent. */
public record OrgMoved(long orgId, long fromParentId, long toParentId) {
}
