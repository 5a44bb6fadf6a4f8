package cn.jiangxin.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler whose page is the same for every visitor who is not signed in, so
 * that {@link PublicPageCache} renders it once per change of the data and serves the copy
 * to the crowd.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicPage {

}
