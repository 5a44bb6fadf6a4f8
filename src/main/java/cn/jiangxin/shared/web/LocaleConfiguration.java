package cn.jiangxin.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages are zh-CN until the user switches with {@code ?lang=en} (kept in a
 * cookie); the API answers in the language of the request's {@code Accept-Language},
 * zh-CN when it names none we have.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "jiangxin-lang";

	LocaleConfiguration() {
		// Outside a request (background imports, scheduled jobs) messages are in the
		// platform's language.
		LocaleContextHolder.setDefaultLocale(SupportedLocales.DEFAULT);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				return SupportedLocales.match(value);
			}
		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		// An error page is rendered for the request that failed: its path decides, not
		// /error's.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed instanceof String uri ? uri
				: request.getRequestURI().substring(request.getContextPath().length());
		return localeFor(path, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * The language of an answer on {@code path}: the API's from {@code Accept-Language},
	 * else zh-CN.
	 */
	static Locale localeFor(String path, String header) {
		if (path != null && path.startsWith("/api/") && header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Locale match = SupportedLocales.match(range.getRange());
					if (match != null) {
						return match;
					}
				}
			}
			catch (IllegalArgumentException malformedHeader) {
				return SupportedLocales.DEFAULT;
			}
		}
		return SupportedLocales.DEFAULT;
	}

	/** The languages Jiangxin speaks. */
	static final class SupportedLocales {

		static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

		static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

		private SupportedLocales() {
		}

		/**
		 * Maps a language tag such as {@code zh}, {@code zh-CN}, {@code en-US} to a
		 * supported locale, or null.
		 */
		static Locale match(String tag) {
			if (tag == null) {
				return null;
			}
			String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
			return switch (language) {
				case "zh" -> Locale.SIMPLIFIED_CHINESE;
				case "en" -> Locale.ENGLISH;
				default -> null;
			};
		}

	}

}
