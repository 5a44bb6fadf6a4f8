package cn.jiangxin.demo;


import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** With the demo on, the platform's clock is the demo's, so the story's events carry the story's dates. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class DemoConfiguration {

	@Bean
	@Primary
	DemoClock demoClock() {
		return new DemoClock();
	}

}
