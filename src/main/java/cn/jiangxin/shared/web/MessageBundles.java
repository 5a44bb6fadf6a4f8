package cn.jiangxin.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every module's bundle: each
 * {@code messages/<module>.properties} on the class path (with its {@code _zh_CN}
 * translation) is found by itself, so a new module drops its files in and edits no
 * configuration. UTF-8, no fallback to the server's language (English is the default
 * file), missing keys are not replaced by their code.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String LOCATION = "classpath*:messages/*.properties";

	private static final Pattern BUNDLE = Pattern.compile("([A-Za-z0-9-]+?)(_[a-z]{2}(_[A-Z]{2})?)?\\.properties");

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * {@code messages/shared}, {@code messages/member} and so on: one per bundle,
	 * whatever its languages.
	 */
	static String[] basenames() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(BUNDLE::matcher)
				.filter(Matcher::matches)
				.map(name -> "messages/" + name.group(1))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The message bundles cannot be listed", ex);
		}
	}

}
