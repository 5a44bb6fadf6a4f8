package cn.jiangxin.org;

/** Published when a union is added to the tree. */
public record OrgCreated(long orgId, Long parentId, OrgLevel level) {
}
