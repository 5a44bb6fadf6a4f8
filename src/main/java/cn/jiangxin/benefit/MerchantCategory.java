package cn.jiangxin.benefit;

/**
 * What a partner merchant offers members, as the plan groups its merchants and market
 * stalls.
 */
public enum MerchantCategory {

	/** 餐饮美食. */
	FOOD,
	/** 医疗健康. */
	HEALTH,
	/** 生活服务. */
	SERVICE,
	/** 商超零售. */
	RETAIL,
	/** 文化体育. */
	CULTURE,
	/** 乡村振兴农特产品. */
	RURAL;

	public String messageKey() {
		return "benefit.category." + name();
	}

}
