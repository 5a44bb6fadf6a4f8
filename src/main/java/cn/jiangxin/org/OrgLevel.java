package cn.jiangxin.org;

/**
 * The level of a union in the tree. A child always sits on a deeper tier than its parent;
 * district and industry unions share a tier, and a tier may be skipped (an industry
 * union's member companies are grassroots unions directly beneath it).
 */
public enum OrgLevel {

	/** 市总工会. */
	CITY(0),
	/** 区总工会. */
	DISTRICT(1),
	/** 产业工会. */
	INDUSTRY(1),
	/** 乡镇/街道总工会, and park unions of the same standing. */
	STREET(2),
	/** 基层工会. */
	GRASSROOTS(3),
	/** 部门/二级工会. */
	DEPARTMENT(4);

	private final int tier;

	OrgLevel(int tier) {
		this.tier = tier;
	}

	public int tier() {
		return tier;
	}

	/**
	 * Whether an org of this level may sit directly under an org of level {@code parent}.
	 */
	public boolean mayBeChildOf(OrgLevel parent) {
		return parent.tier < this.tier;
	}

	public String messageKey() {
		return "org.level." + name();
	}

}
