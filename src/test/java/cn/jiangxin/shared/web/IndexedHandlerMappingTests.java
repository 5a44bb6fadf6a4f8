package cn.jiangxin.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import cn.jiangxin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed lookup finds, for a request to every mapped path (variables filled in with
 * numbers and words) and every method, the same handler as Spring's own lookup over all
 * mappings, or fails the same way; and it finds nearly all of them from its index alone.
 */
@IntegrationTest
class IndexedHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyMappedPathFindsTheHandlerSpringWouldFind() throws Exception {
		assertThat(mapping).isInstanceOf(IndexedHandlerMapping.Indexed.class);
		IndexedHandlerMapping.Indexed indexed = (IndexedHandlerMapping.Indexed) mapping;
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString();
				paths.add(path.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "7"));
				paths.add(path.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "new"));
			}
		}
		paths.add("/api/v1/nothing/here");
		paths.add("/");
		int found = 0;
		int foundByIndex = 0;
		for (String path : paths) {
			for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
					RequestMethod.DELETE)) {
				Object byIndex = lookup(() -> indexed.fromIndex(path, request(method, path)));
				Object ours = lookup(() -> indexed.lookupHandlerMethod(path, request(method, path)));
				Object spring = lookup(() -> indexed.springsOwn(path, request(method, path)));
				assertThat(describe(ours)).as(method + " " + path).isEqualTo(describe(spring));
				if (spring instanceof HandlerMethod) {
					found++;
					if (byIndex != null) {
						assertThat(describe(byIndex)).as(method + " " + path).isEqualTo(describe(spring));
						foundByIndex++;
					}
				}
			}
		}
		// The index decides nearly every lookup by itself (it defers only on ties)
		assertThat(found).isGreaterThan(400);
		assertThat(foundByIndex).isGreaterThan(found * 9 / 10);
	}

	private static MockHttpServletRequest request(RequestMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		request.addHeader("Accept", "application/json");
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** A lookup that may fail (no method allowed, nothing acceptable). */
	interface Lookup {

		HandlerMethod find() throws Exception;

	}

	private static Object lookup(Lookup lookup) {
		try {
			return lookup.find();
		}
		catch (Exception ex) {
			return ex.getClass();
		}
	}

	private static String describe(Object found) {
		return found instanceof HandlerMethod handler ? handler.getShortLogMessage() : String.valueOf(found);
	}

}
