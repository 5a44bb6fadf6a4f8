package cn.jiangxin.innovation.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.support.Logins;

/** Posts JSON to the module's API as someone, in Chinese, for the module's API tests. */
@Component
class JsonPosts {

	private final MockMvcTester mvc;

	private final Logins logins;

	JsonPosts(MockMvcTester mvc, Logins logins) {
		this.mvc = mvc;
		this.logins = logins;
	}

	MvcTestResult post(String who, String uri, String body) {
		return mvc.post()
			.uri(uri)
			.with(logins.as(who))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
