package cn.jiangxin.org.internal;

/** The descriptive fields of a union that an admin edits together. */
record OrgDetails(String name, String shortName, String address, String contactName, String contactPhone) {

	OrgDetails {
		name = trim(name);
		shortName = trim(shortName);
		address = trim(address);
		contactName = trim(contactName);
		contactPhone = trim(contactPhone);
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
