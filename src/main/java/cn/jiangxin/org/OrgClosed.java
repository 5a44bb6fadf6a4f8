package cn.jiangxin.org;

/** Published when a union is closed. */
public record OrgClosed(long orgId) {
}
