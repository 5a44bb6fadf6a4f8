/**
 * The few things every module uses: the acting user, roles, paging, masking, validation
 * of national codes, exceptions that map to problem details, and the locale.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.jiangxin.shared;

import org.springframework.modulith.ApplicationModule;
