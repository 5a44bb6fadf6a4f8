package cn.jiangxin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For walks that send every write endpoint at something closed: the write endpoints of
 * some modules, and what a refusal must look like on the API and on a page.
 */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * Every non-GET endpoint ({@code "POST /api/v1/…"}) of the controllers in packages
	 * starting with one of {@code packages}.
	 */
	public static Set<String> writes(RequestMappingHandlerMapping mappings, String... packages) {
		Set<String> writes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			String module = entry.getValue().getBeanType().getPackageName();
			if (Set.of(packages).stream().noneMatch(module::startsWith)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					if (!method.name().equals("GET")) {
						writes.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return writes;
	}

	/**
	 * A write refused as it should be: on the API a 4xx problem; on a page a redirect
	 * with a failure message, or a 4xx, or the form again showing why.
	 */
	@SuppressWarnings("unchecked")
	public static void refused(MvcResult result, boolean api, String label) throws Exception {
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (api) {
			assertThat(status).as(label + " is refused " + body).isBetween(400, 499);
			assertThat(result.getResponse().getContentType()).as(label)
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		else if (status == 302) {
			assertThat((Map<String, Object>) result.getFlashMap()).as(label + " says why").containsKey("failure");
		}
		else {
			assertThat(status).as(label).isIn(200, 403, 404, 409);
			if (status == 200) {
				assertThat(body).as(label + " shows why").containsAnyOf("alert-danger", "is-invalid");
			}
		}
	}

}
