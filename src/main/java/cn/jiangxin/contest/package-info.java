/**
 * Competitions and calls (竞赛与征集): skills competitions, case calls, innovation project
 * calls and leagues, with their hosts, tracks, rounds, eligibility rules, individual and
 * team entries, and the versioned submissions the next stage judges.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "member" })
package cn.jiangxin.contest;

import org.springframework.modulith.ApplicationModule;
