package cn.jiangxin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A flow test on the whole application with the demo data, run on H2 and again on
 * PostgreSQL (tag {@code db}); MockMvc is at hand for pages and the API. Every flow test
 * shares one context ({@link WholeApplication}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WholeApplication
@Tag("db")
public @interface IntegrationTest {

}
