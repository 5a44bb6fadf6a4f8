package cn.jiangxin.member;

/** How a member works, including the new forms of employment (新就业形态) the unions reach out to. */
public enum EmploymentType {

	/** 在岗职工. */
	EMPLOYEE(false),
	/** 快递员. */
	COURIER(true),
	/** 外卖配送员. */
	FOOD_DELIVERY(true),
	/** 网约车司机. */
	RIDE_HAILING(true),
	/** 货车司机. */
	TRUCK_DRIVER(true),
	/** 电商主播. */
	LIVE_STREAMER(true),
	/** 其他新就业形态. */
	OTHER_NEW_FORM(true);

	private final boolean newForm;

	EmploymentType(boolean newForm) {
		this.newForm = newForm;
	}

	/** Whether this is one of the new forms of employment (新就业形态). */
	public boolean isNewForm() {
		return newForm;
	}

	public String messageKey() {
		return "member.employment." + name();
	}

}
