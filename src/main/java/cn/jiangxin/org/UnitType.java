package cn.jiangxin.org;

/** The kind of employer unit (单位类型). */
public enum UnitType {

	STATE_ENTERPRISE, PRIVATE_ENTERPRISE, FOREIGN_ENTERPRISE, GOVERNMENT, PUBLIC_INSTITUTION, SOCIAL_ORGANIZATION,
	OTHER;

	public String messageKey() {
		return "unit.type." + name();
	}

}
