/**
 * Theory exams (理论考试): question banks shared down the union tree, papers drawn per
 * candidate by blueprint, timed attempts that survive a dropped connection, grading, item
 * analysis, and results that contest rounds and training take their theory part from.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "identity", "member" })
package cn.jiangxin.exam;

import org.springframework.modulith.ApplicationModule;
