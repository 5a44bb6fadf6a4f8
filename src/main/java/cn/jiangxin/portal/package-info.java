/**
 * The landing page each role sees after signing in, composed from the other modules'
 * facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "identity", "audit" })
package cn.jiangxin.portal;
