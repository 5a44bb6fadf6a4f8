/**
 * Judging (评审): the expert pool, rubrics with weighted criteria and parts, conflicts of
 * interest, assignment of judges by min-cost flow, scoring with locked sheets,
 * aggregation with normalisation, results side by side, and advancement from round to
 * round; an imported part (理论) may take its scores from an exam set for the round.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "identity", "member", "contest", "exam" })
package cn.jiangxin.judging;

import org.springframework.modulith.ApplicationModule;
