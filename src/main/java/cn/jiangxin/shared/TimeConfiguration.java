package cn.jiangxin.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, in Beijing time: every rule that turns on the time (a
 * registration deadline, a notice period, a token's lifetime) and every time the platform
 * stamps asks it, never the system directly.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Zones.BEIJING);
	}

}
