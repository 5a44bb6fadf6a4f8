/**
 * Awards (奖项与证书): award tiers per track or overall, unit awards (团体奖, 优秀组织奖), the public
 * notice period (公示) before results are final, titles conferred by honours when the
 * awards become final, certificates with a verifiable number and QR code, and case
 * collections (案例集) as a book and a web page.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "member", "contest", "judging" })
package cn.jiangxin.award;

import org.springframework.modulith.ApplicationModule;
