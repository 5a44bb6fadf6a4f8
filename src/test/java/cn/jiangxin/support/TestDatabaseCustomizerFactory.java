package cn.jiangxin.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the database {@link TestDatabase} chose for this
 * JVM, keeps uploads under target/, and runs reactions to events on the test's thread.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer(TestDatabase.isPostgres());
	}

	/** Adds the database properties first, so they win over application.properties. */
	record Customizer(boolean postgres) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.properties());
			properties.put("jiangxin.blobs.directory", "target/test-blobs");
			// Reactions to events run right after the commit on the test's own thread
			// (see ModuleEventsConfiguration).
			properties.put("jiangxin.events.synchronous", "true");
			// The exams' deadline sweep runs when a test calls it, not on its own timer
			properties.put("jiangxin.exam.sweep-delay", "PT24H");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("jiangxin-test-db", properties));
		}

	}

}
