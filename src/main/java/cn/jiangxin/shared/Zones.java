package cn.jiangxin.shared;

import java.time.ZoneId;

/** The platform's civil time zone: dates typed on a form and shown on a page are Beijing time. */
public final class Zones {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private Zones() {
	}

}
