package cn.jiangxin.org;

/** An org named in passing: a breadcrumb step, a picker's choice. */
public record OrgRef(long id, String name, OrgLevel level) {
}
