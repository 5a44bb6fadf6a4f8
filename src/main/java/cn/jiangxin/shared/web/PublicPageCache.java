package cn.jiangxin.shared.web;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.jiangxin.shared.DataVersion;

/**
 * Serves the pages marked {@link PublicPage} to visitors who are not signed in from a
 * copy rendered once per change of the data (and at most half a minute old, for what the
 * time of day alone changes), with an ETag so that a browser asking again gets a 304. A
 * crowd on the public contest pages costs one rendering, not one each.
 */
@Component
class PublicPageCache extends OncePerRequestFilter implements Ordered {

	private static final String LANG_COOKIE = "jiangxin-lang";

	private final Cache<String, Copy> copies = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterWrite(Duration.ofSeconds(30))
		.build();

	private final RequestMappingHandlerMapping mappings;

	private final DataVersion versions;

	PublicPageCache(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			DataVersion versions) {
		this.mappings = mappings;
		this.versions = versions;
	}

	/** A rendered page as it was sent, with the data version it was rendered at. */
	private record Copy(long version, String contentType, byte[] body) {
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter("lang") != null || signedIn() || !isPublicPage(request)) {
			chain.doFilter(request, response);
			return;
		}
		long version = versions.current();
		String language = language(request);
		String key = language + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		String etag = "\"p" + version + "-" + language + "\"";
		Copy copy = copies.getIfPresent(key);
		if (copy != null && copy.version() == version) {
			if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				response.setHeader(HttpHeaders.ETAG, etag);
				return;
			}
			response.setContentType(copy.contentType());
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setContentLength(copy.body().length);
			response.getOutputStream().write(copy.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !wrapper.getHeaderNames().contains(HttpHeaders.SET_COOKIE)) {
			copies.put(key, new Copy(version, type, wrapper.getContentAsByteArray()));
			wrapper.setHeader(HttpHeaders.ETAG, etag);
			wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		wrapper.copyBodyToResponse();
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private boolean isPublicPage(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = mappings.getHandler(request);
			return handler != null && handler.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(PublicPage.class);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String language(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (LANG_COOKIE.equals(cookie.getName())) {
					return cookie.getValue().startsWith("en") ? "en" : "zh";
				}
			}
		}
		return "zh";
	}

}
