package cn.jiangxin.shared.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Lets Spring Data JDBC write identifiers unquoted, so the same lower-case schema works
 * on PostgreSQL and on H2 with {@code DATABASE_TO_LOWER=TRUE} (the H2 dialect would
 * otherwise quote upper-case names).
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
