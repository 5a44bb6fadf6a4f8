package cn.jiangxin.member;

/**
 * How a member works, including the new forms of employment (新就业形态) the unions reach out
 * to.
 */
public enum EmploymentType {

	/** 在岗职工. */
	EMPLOYEE,
	/** 快递员. */
	COURIER,
	/** 外卖配送员. */
	FOOD_DELIVERY,
	/** 网约车司机. */
	RIDE_HAILING,
	/** 货车司机. */
	TRUCK_DRIVER,
	/** 电商主播. */
	LIVE_STREAMER,
	/** 其他新就业形态. */
	OTHER_NEW_FORM;

	public String messageKey() {
		return "member.employment." + name();
	}

}
