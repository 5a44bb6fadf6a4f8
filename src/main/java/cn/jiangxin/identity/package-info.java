/**
 * Accounts (账号) with roles scoped to an org subtree, sign-in for pages and bearer tokens
 * for the API, lockout after repeated failures, and the security rules that route every
 * request.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org" })
package cn.jiangxin.identity;

import org.springframework.modulith.ApplicationModule;
