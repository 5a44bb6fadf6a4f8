package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * The firewall's header checks decide as Spring Security's regular expressions do, for
 * every code point alone and in the strings that trip such loops (surrogates, tabs,
 * controls at the ends), and it is the one guarding the requests.
 */
@IntegrationTest
class HeaderFirewallTests {

	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	FilterChainProxy filterChain;

	@Autowired
	HttpFirewall firewall;

	@Test
	void decidesAsTheRegularExpressionsForEveryCodePoint() {
		List<String> texts = new ArrayList<>(List.of("", "Bearer abc.DEF-123", "a\tb", "\t", "x\u0000", "\u007f",
				"\u0085y", "名字", "\ud83d\ude00", "\ud83d", "\ude00", "a\ud83d", "\ud83dz", "\ufffe", "\uffff", "\u2028",
				"\u00a0", "é", "\r\n", "value\u0001"));
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			texts.add("a" + Character.toString(codePoint) + "b");
		}
		for (String text : texts) {
			assertThat(HeaderFirewall.visible(text)).as("name %s", text).isEqualTo(NAMES.matcher(text).matches());
			assertThat(HeaderFirewall.visibleOrTab(text)).as("value %s", text)
				.isEqualTo(VALUES.matcher(text).matches());
		}
	}

	@Test
	void guardsEveryRequest() {
		// Spring Security's composite chain passes its firewall to the chain inside it
		Object inner = ReflectionTestUtils.getField(filterChain, "springSecurityFilterChain");
		assertThat(ReflectionTestUtils.getField(inner != null ? inner : filterChain, "firewall")).isSameAs(firewall);
		assertThat(
				mvc.get().uri("/api/v1/me").with(logins.as(Demo.JINGKAI_ADMIN)).header("Accept-Language", "zh\u0007"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get()
			.uri("/api/v1/me")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.header("Accept-Language", "zh-CN,\tzh;q=0.9")).hasStatus(HttpStatus.OK);
	}

}
