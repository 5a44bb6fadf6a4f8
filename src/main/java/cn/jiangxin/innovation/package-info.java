/**
 * Worker innovation (职工创新): innovation studios with their leaders, core members and
 * levels, and (in later slices) achievements, mentoring, alliances, problem calls and
 * joint projects. See {@code docs/design/innovation.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "member", "honor" })
package cn.jiangxin.innovation;

import org.springframework.modulith.ApplicationModule;
