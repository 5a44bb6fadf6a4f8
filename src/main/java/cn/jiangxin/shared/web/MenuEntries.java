package cn.jiangxin.shared.web;

import java.util.List;

/**
 * The navigation entries one module contributes, declared as a bean in the module;
 * {@link Navigation} collects.
 */
public record MenuEntries(List<MenuEntry> entries) {

	public MenuEntries {
		entries = List.copyOf(entries);
	}

	public static MenuEntries of(MenuEntry... entries) {
		return new MenuEntries(List.of(entries));
	}

}
