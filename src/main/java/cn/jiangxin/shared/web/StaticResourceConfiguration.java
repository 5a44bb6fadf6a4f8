package cn.jiangxin.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are: WebJars are served from version-less paths by
 * the resource handler, so the filter that rewrites every link a template builds is not
 * needed, and it cost a class-path lookup for each link of each page (the static
 * resources are mapped at {@code /**}, and misses are not cached), which on a busy page
 * was most of the time it took to render.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
