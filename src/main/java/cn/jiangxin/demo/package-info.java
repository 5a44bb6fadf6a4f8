/**
 * Demo data for the embedded default: the unions, people and competitions of the source articles,
 * entered through the modules' own facades so that every rule and audit row applies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "identity", "member", "contest", "judging", "judging :: seeding", "award", "honor" })
package cn.jiangxin.demo;
