package cn.jiangxin.identity.internal;

import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.shared.Permission;

/** One grant held by an account beyond its roles. */
@Table("account_permission")
record AccountPermission(Permission permission) {
}
