package cn.jiangxin.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The navigation bar the layout renders ({@code @navigation.bar()}): every module's
 * {@link MenuEntries} in order, those the current visitor may see, each dropdown with its
 * links in blocks that dividers separate. A bean rather than a model attribute, so that
 * error pages and pages rendered without a controller get the same bar.
 */
@Component("navigation")
public class Navigation {

	private static final Comparator<MenuEntry> IN_ORDER = Comparator.comparingInt(MenuEntry::order);

	private final List<MenuEntry> entries;

	Navigation(ObjectProvider<MenuEntries> contributions) {
		this.entries = contributions.stream()
			.flatMap(contribution -> contribution.entries().stream())
			.sorted(IN_ORDER)
			.toList();
	}

	/** The bar for the visitor of the current request. */
	public List<Place> bar() {
		Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
		List<Place> bar = new ArrayList<>();
		for (MenuEntry entry : this.entries) {
			if ((entry.group() != null && !entry.isDropdown()) || !entry.audience().includes(visitor)) {
				continue;
			}
			if (!entry.isDropdown()) {
				bar.add(new Place(entry, List.of()));
				continue;
			}
			List<List<MenuEntry>> blocks = blocks(entry.group(), visitor);
			if (!blocks.isEmpty()) {
				bar.add(new Place(entry, blocks));
			}
		}
		return bar;
	}

	private List<List<MenuEntry>> blocks(String group, Authentication visitor) {
		List<List<MenuEntry>> blocks = new ArrayList<>();
		Integer hundred = null;
		for (MenuEntry item : this.entries) {
			if (!Objects.equals(item.group(), group) || item.isDropdown() || !item.audience().includes(visitor)) {
				continue;
			}
			if (hundred == null || item.order() / 100 != hundred) {
				blocks.add(new ArrayList<>());
				hundred = item.order() / 100;
			}
			blocks.get(blocks.size() - 1).add(item);
		}
		return blocks;
	}

	/** One place on the bar: a link, or a dropdown's toggle with its links in blocks. */
	public record Place(MenuEntry entry, List<List<MenuEntry>> blocks) {

		public boolean isDropdown() {
			return this.entry.isDropdown();
		}

	}

}
