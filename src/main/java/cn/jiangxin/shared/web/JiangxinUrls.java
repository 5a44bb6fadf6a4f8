package cn.jiangxin.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriUtils;

/**
 * Builds links to the current page with one query parameter changed, for pagers and
 * filters in templates.
 */
@Component("jiangxinUrls")
public class JiangxinUrls {

	/** The current path and query with {@code name} set to {@code value}. */
	public String withParam(String name, Object value) {
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(name, UriUtils.encodeQueryParam(String.valueOf(value), StandardCharsets.UTF_8))
			.build(true);
		String query = uri.getQuery();
		return uri.getPath() + (query == null ? "" : "?" + query);
	}

}
