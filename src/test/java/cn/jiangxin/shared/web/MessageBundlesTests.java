package cn.jiangxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every module's message bundle has the same keys in English and Chinese, no key is in
 * two bundles, and the one message source finds them all in both languages.
 */
class MessageBundlesTests {

	@Test
	void everyBundleHasTheSameKeysInBothLanguagesAndEachKeyOneOwner() throws IOException {
		String[] basenames = MessageBundles.basenames();
		assertThat(basenames).contains("messages/shared", "messages/member", "messages/contest");
		Map<String, String> owners = new HashMap<>();
		Set<String> twice = new TreeSet<>();
		for (String basename : basenames) {
			Set<String> english = keys(basename + ".properties");
			Set<String> chinese = keys(basename + "_zh_CN.properties");
			assertThat(chinese).as(basename + ": the Chinese keys are the English keys").isEqualTo(english);
			for (String key : english) {
				if (owners.putIfAbsent(key, basename) != null) {
					twice.add(key + " in " + owners.get(key) + " and " + basename);
				}
			}
		}
		assertThat(twice).as("keys in two bundles").isEmpty();
	}

	@Test
	void theMessageSourceSpeaksEveryBundleInBothLanguages() {
		MessageSource messages = new MessageBundles().messageSource();
		assertThat(messages.getMessage("nav.login", null, Locale.ENGLISH)).isEqualTo("Sign in");
		assertThat(messages.getMessage("nav.login", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("登录");
		assertThat(messages.getMessage("nav.memberList", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("会员查询");
		assertThat(messages.getMessage("nav.memberList", null, Locale.GERMAN)).isEqualTo("Find members");
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		ClassPathResource file = new ClassPathResource(path);
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
