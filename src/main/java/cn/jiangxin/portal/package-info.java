/**
 * The landing page each role sees after signing in, composed from the other modules'
 * facades.
 */
@ApplicationModule(allowedDependencies = { "shared", "org", "identity", "audit" })
package cn.jiangxin.portal;

import org.springframework.modulith.ApplicationModule;
