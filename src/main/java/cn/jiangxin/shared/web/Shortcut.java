package cn.jiangxin.shared.web;

/**
 * A quick link on an admin's home page (常用功能): its place, label, icon and where it goes;
 * modules offer theirs for the signed-in actor through {@link Shortcuts}.
 */
public record Shortcut(int order, String messageKey, String icon, String href) {

}
