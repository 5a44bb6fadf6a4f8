package cn.jiangxin.shared.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the demo on, the platform's clock is the demo's, so the story's events carry the
 * story's dates; the story and the bookkeeping of the modules' seeders are shared by
 * every module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class DemoConfiguration {

	@Bean
	@Primary
	DemoClock demoClock() {
		return new DemoClock();
	}

	@Bean
	DemoStory demoStory(DemoClock clock) {
		return new DemoStory(clock);
	}

	@Bean
	DemoSeeding demoSeeding(JdbcClient jdbc, TransactionTemplate transactions, DemoStory story) {
		return new DemoSeeding(jdbc, transactions, story);
	}

}
