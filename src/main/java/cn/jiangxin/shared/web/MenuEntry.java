package cn.jiangxin.shared.web;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import cn.jiangxin.shared.Role;

/**
 * One link in the navigation bar, or the toggle of a dropdown ({@code href} null), that a
 * module contributes through a {@link MenuEntries} bean: where it sits ({@code group}:
 * the dropdown it belongs to, null on the bar itself), its place ({@code order}; within a
 * dropdown a divider separates entries whose orders differ in the hundreds), its text,
 * link, Bootstrap icon and element id, the page's {@code menu} value that marks it
 * active, and who sees it.
 */
public record MenuEntry(String group, int order, String messageKey, String href, String icon, String elementId,
		String activeMenu, Audience audience) {

	/** A link on the bar, seen by anyone signed in. */
	public static MenuEntry link(int order, String messageKey, String href, String icon) {
		return new MenuEntry(null, order, messageKey, href, icon, null, null, Audience.SIGNED_IN);
	}

	/** The toggle of the dropdown {@code name}, seen by anyone signed in. */
	public static MenuEntry dropdown(String name, int order, String messageKey, String icon) {
		return new MenuEntry(name, order, messageKey, null, icon, null, null, Audience.SIGNED_IN);
	}

	/** A link inside the dropdown {@code name}, seen by anyone signed in. */
	public static MenuEntry item(String name, int order, String messageKey, String href) {
		return new MenuEntry(name, order, messageKey, href, null, null, null, Audience.SIGNED_IN);
	}

	public MenuEntry id(String elementId) {
		return new MenuEntry(this.group, this.order, this.messageKey, this.href, this.icon, elementId, this.activeMenu,
				this.audience);
	}

	public MenuEntry activeOn(String menu) {
		return new MenuEntry(this.group, this.order, this.messageKey, this.href, this.icon, this.elementId, menu,
				this.audience);
	}

	public MenuEntry seenBy(Audience audience) {
		return new MenuEntry(this.group, this.order, this.messageKey, this.href, this.icon, this.elementId,
				this.activeMenu, audience);
	}

	/** Whether this is a dropdown's toggle rather than a link. */
	public boolean isDropdown() {
		return this.href == null;
	}

	/** Whether the page showing {@code menu} marks this entry active. */
	public boolean isActiveOn(String menu) {
		return this.activeMenu != null && this.activeMenu.equals(menu);
	}

	/**
	 * Who sees an entry: visitors who are not signed in, or anyone signed in, or those
	 * signed in with one of some roles.
	 */
	public record Audience(boolean signedIn, Set<Role> anyOf) {

		/** Only visitors who are not signed in. */
		public static final Audience SIGNED_OUT = new Audience(false, Set.of());

		/** Everyone signed in. */
		public static final Audience SIGNED_IN = new Audience(true, Set.of());

		/** System and union admins. */
		public static final Audience ADMINS = roles(Role.SYSTEM_ADMIN, Role.UNION_ADMIN);

		public Audience {
			anyOf = Set.copyOf(anyOf);
		}

		/** Those signed in with any of these roles. */
		public static Audience roles(Role... roles) {
			return new Audience(true, Set.of(roles));
		}

		/**
		 * Whether the visitor with this authentication (null or anonymous when not signed
		 * in) sees the entry.
		 */
		public boolean includes(Authentication authentication) {
			boolean isSignedIn = authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
			if (!isSignedIn) {
				return !this.signedIn;
			}
			if (!this.signedIn) {
				return false;
			}
			return this.anyOf.isEmpty() || authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(authority -> this.anyOf.stream().anyMatch(role -> role.authority().equals(authority)));
		}

	}

}
