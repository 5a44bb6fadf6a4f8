/**
 * The union tree (组织): 市总工会 → 区/产业工会 → 乡镇/街道总工会 → 基层工会 → 部门/二级工会, the employer units
 * behind them, and the scope rule every module relies on.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package cn.jiangxin.org;

import org.springframework.modulith.ApplicationModule;
