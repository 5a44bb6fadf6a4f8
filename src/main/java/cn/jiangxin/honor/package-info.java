/**
 * Honours (荣誉): the registry of titles conferred on members, teams and units, by a
 * contest result or by a decision, with source and date.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "org", "member", "award" })
package cn.jiangxin.honor;

import org.springframework.modulith.ApplicationModule;
