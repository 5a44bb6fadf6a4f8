package cn.jiangxin.shared.web;

/**
 * One figure on an admin's dashboard: its place, label, element id, value and, if the
 * figure opens a list, the link to it; modules compute theirs for the signed-in actor
 * through {@link DashboardTiles}.
 */
public record DashboardTile(int order, String messageKey, String elementId, long value, String href) {

	/** A figure that opens nothing. */
	public static DashboardTile figure(int order, String messageKey, String elementId, long value) {
		return new DashboardTile(order, messageKey, elementId, value, null);
	}

	/** A figure that opens the list at {@code href}. */
	public static DashboardTile link(int order, String messageKey, String elementId, long value, String href) {
		return new DashboardTile(order, messageKey, elementId, value, href);
	}

}
