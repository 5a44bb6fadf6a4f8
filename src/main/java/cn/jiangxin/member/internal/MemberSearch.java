package cn.jiangxin.member.internal;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberStatus;

/**
 * What to look for among members: a name or part of one, an exact ID number, phone or
 * card number, and filters by org subtree, status, employment type and tag.
 */
record MemberSearch(String q, String idNumber, String phone, String cardNo, Long orgId, MemberStatus status,
		EmploymentType employmentType, String tag) {

	static MemberSearch all() {
		return new MemberSearch(null, null, null, null, null, null, null, null);
	}

	static MemberSearch in(long orgId) {
		return new MemberSearch(null, null, null, null, orgId, null, null, null);
	}

	public boolean isEmpty() {
		return blank(q) && blank(idNumber) && blank(phone) && blank(cardNo) && orgId == null && status == null
				&& employmentType == null && blank(tag);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
