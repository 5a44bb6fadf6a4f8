/**
 * The append-only audit log: every write in every module adds a row, in the same
 * transaction, saying who did what to which record of which org, with the before and
 * after state masked.
 */
@ApplicationModule(allowedDependencies = "shared")
package cn.jiangxin.audit;

import org.springframework.modulith.ApplicationModule;
