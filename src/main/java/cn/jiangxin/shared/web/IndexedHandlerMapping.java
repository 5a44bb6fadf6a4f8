package cn.jiangxin.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;

/**
 * Finds a request's handler among the mappings whose patterns begin with the request's
 * first path segments, not among all of them: Spring MVC tries every pattern mapping with
 * a variable in turn (about four hundred here), which cost a tenth of the time of an
 * exam's autosave. Whatever the index cannot decide alone — no match among its
 * candidates, two equally good, an encoded path, a CORS pre-flight — goes to Spring's own
 * lookup, so the handler found is always the one Spring would find.
 */
@Configuration(proxyBeanMethods = false)
class IndexedHandlerMapping {

	/**
	 * The htmx library's registrations (its mapping reads {@code @HxRequest}), with this
	 * mapping in place of its own; primary, so that Spring Boot takes it over the
	 * library's.
	 */
	@Bean
	@Primary
	WebMvcRegistrations indexedRequestMappings(HtmxMvcAutoConfiguration htmx) {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Indexed();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return htmx.getRequestMappingHandlerAdapter();
			}

			@Override
			public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
				return htmx.getExceptionHandlerExceptionResolver();
			}
		};
	}

	/**
	 * The htmx library's request mapping, with a first look at the candidates by path
	 * prefix.
	 */
	static class Indexed extends HtmxRequestMappingHandlerMapping {

		/** How many leading literal segments key the index. */
		static final int DEPTH = 3;

		private volatile Index index;

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			HandlerMethod found = fromIndex(lookupPath, request);
			return found != null ? found : super.lookupHandlerMethod(lookupPath, request);
		}

		/**
		 * The handler found among the index's candidates, the request marked as Spring
		 * marks it; null where Spring's own lookup must decide.
		 */
		HandlerMethod fromIndex(String lookupPath, HttpServletRequest request) {
			Index current = index();
			if (lookupPath.indexOf('%') >= 0 || CorsUtils.isPreFlightRequest(request)) {
				return null;
			}
			List<RequestMappingInfo> candidates = current.mayMatch(lookupPath);
			RequestMappingInfo best = null;
			RequestMappingInfo bestMatch = null;
			RequestMappingInfo second = null;
			var comparator = getMappingComparator(request);
			for (RequestMappingInfo info : candidates) {
				RequestMappingInfo match = getMatchingMapping(info, request);
				if (match == null) {
					continue;
				}
				if (bestMatch == null || comparator.compare(match, bestMatch) < 0) {
					second = bestMatch;
					bestMatch = match;
					best = info;
				}
				else if (second == null || comparator.compare(match, second) < 0) {
					second = match;
				}
			}
			if (bestMatch == null || (second != null && comparator.compare(bestMatch, second) == 0)) {
				return null;
			}
			HandlerMethod handler = current.handlers().get(best);
			request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
			handleMatch(bestMatch, lookupPath, request);
			return handler;
		}

		/** The handler Spring's own lookup finds, for comparison. */
		HandlerMethod springsOwn(String lookupPath, HttpServletRequest request) throws Exception {
			return super.lookupHandlerMethod(lookupPath, request);
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
			super.registerMapping(mapping, handler, method);
			index = null;
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			index = null;
		}

		private Index index() {
			Index current = index;
			if (current == null) {
				current = Index.of(getHandlerMethods());
				index = current;
			}
			return current;
		}

	}

	/**
	 * The mappings by the literal segments their patterns begin with (up to
	 * {@link Indexed#DEPTH}), and the handler of each.
	 */
	record Index(Map<String, List<RequestMappingInfo>> byPrefix, Map<RequestMappingInfo, HandlerMethod> handlers) {

		static Index of(Map<RequestMappingInfo, HandlerMethod> handlers) {
			Map<String, Set<RequestMappingInfo>> byPrefix = new HashMap<>();
			for (RequestMappingInfo info : handlers.keySet()) {
				Set<PathPattern> patterns = info.getPathPatternsCondition() == null ? Set.of()
						: info.getPathPatternsCondition().getPatterns();
				if (patterns.isEmpty()) {
					byPrefix.computeIfAbsent("", k -> new LinkedHashSet<>()).add(info);
				}
				for (PathPattern pattern : patterns) {
					byPrefix.computeIfAbsent(prefix(pattern.getPatternString()), k -> new LinkedHashSet<>()).add(info);
				}
			}
			Map<String, List<RequestMappingInfo>> lists = new HashMap<>();
			byPrefix.forEach((key, infos) -> lists.put(key, List.copyOf(infos)));
			return new Index(lists, Map.copyOf(handlers));
		}

		/**
		 * The literal segments a pattern begins with, up to the first with a variable or
		 * a wildcard, at most {@link Indexed#DEPTH}, as "/a/b".
		 */
		static String prefix(String pattern) {
			StringBuilder prefix = new StringBuilder();
			int depth = 0;
			for (String segment : pattern.split("/")) {
				if (segment.isEmpty()) {
					continue;
				}
				if (depth == Indexed.DEPTH || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
						|| segment.indexOf('?') >= 0) {
					break;
				}
				prefix.append('/').append(segment);
				depth++;
			}
			return prefix.toString();
		}

		/**
		 * The mappings that may match the path: those whose literal beginning is the
		 * path's own first segments.
		 */
		List<RequestMappingInfo> mayMatch(String path) {
			List<RequestMappingInfo> candidates = new ArrayList<>(byPrefix.getOrDefault("", List.of()));
			StringBuilder prefix = new StringBuilder();
			int depth = 0;
			int at = 0;
			while (depth < Indexed.DEPTH && at < path.length()) {
				int start = path.charAt(at) == '/' ? at + 1 : at;
				int end = path.indexOf('/', start);
				end = end < 0 ? path.length() : end;
				if (end == start) {
					break;
				}
				prefix.append('/').append(path, start, end);
				depth++;
				candidates.addAll(byPrefix.getOrDefault(prefix.toString(), Collections.emptyList()));
				at = end;
			}
			return candidates;
		}

	}

}
