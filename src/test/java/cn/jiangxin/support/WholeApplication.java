package cn.jiangxin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context every test of the whole application shares: the demo data, a
 * server on a random port (for browser walks and raw requests), MockMvc at hand, and
 * every module's test fixtures ({@link TestBeans}). Tests that need something else (a
 * lower limit, a stand-in) set it up on this context and put it back, so that no test
 * starts a context of its own.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ Logins.class, DemoOrgs.class, TestBeans.class })
public @interface WholeApplication {

}
