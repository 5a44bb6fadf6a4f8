package cn.jiangxin.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.Zones;

/** Formats instants as Beijing time for templates: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Zones.BEIJING);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Zones.BEIJING);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Zones.BEIJING);

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}

	public String shortDateTime(Instant instant) {
		return instant == null ? "" : SHORT.format(instant);
	}

}
