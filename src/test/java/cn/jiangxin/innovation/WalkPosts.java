package cn.jiangxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.Logins;

/**
 * The closed walks' posts: as the 经开区 admin, in Chinese, with a JSON body or none (a
 * page's form then travels in the query), to set things up and to send the writes.
 */
final class WalkPosts {

	private final MockMvc mvc;

	private final Logins logins;

	WalkPosts(MockMvc mvc, Logins logins) {
		this.mvc = mvc;
		this.logins = logins;
	}

	/** Sends a post and answers what came back. */
	MvcResult send(String url, String body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.header("Accept-Language", "zh-CN");
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request).andReturn();
	}

	/** A post that must succeed. */
	void ok(String url, String body) throws Exception {
		MvcResult result = send(url, body);
		assertThat(result.getResponse().getStatus()).as(url + " " + result.getResponse().getContentAsString())
			.isBetween(200, 299);
	}

	/** A post that must create something; the id at the end of its Location. */
	long created(String url, String body) throws Exception {
		MvcResult result = send(url, body);
		assertThat(result.getResponse().getStatus()).as(url + " " + result.getResponse().getContentAsString())
			.isEqualTo(201);
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
