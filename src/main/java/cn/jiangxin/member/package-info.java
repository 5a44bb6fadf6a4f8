/**
 * Union members (会员) at city scale: real-name records with protected ID and phone
 * numbers, joining by QR code with routed approval, the member card, transfers, bulk
 * import and export, search, and the member's own pages.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "identity" })
package cn.jiangxin.member;

import org.springframework.modulith.ApplicationModule;
