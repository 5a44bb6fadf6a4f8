/**
 * Member benefits (普惠服务, the 关爱职工伙伴计划): partner merchants with their outlets and staff,
 * online offers for card holders, coupon campaigns claimed by members and redeemed by
 * merchants, and their settlement. See {@code docs/design/benefit.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "member", "identity" })
package cn.jiangxin.benefit;

import org.springframework.modulith.ApplicationModule;
