package cn.jiangxin.identity.internal;

import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.shared.Role;

/** One role held by an account. */
@Table("account_role")
record AccountRole(Role role) {
}
