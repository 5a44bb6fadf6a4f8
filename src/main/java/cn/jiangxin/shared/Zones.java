package cn.jiangxin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The platform's civil time zone: dates typed on a form and shown on a page are Beijing
 * time.
 */
public final class Zones {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

	private Zones() {
	}

	/** Today's date in Beijing by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), BEIJING);
	}

	/**
	 * An instant as Beijing time to the minute, {@code 2025-06-30 17:00}; empty for null.
	 */
	public static String minute(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant);
	}

}
