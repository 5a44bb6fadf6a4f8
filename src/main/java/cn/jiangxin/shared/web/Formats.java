package cn.jiangxin.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.Zones;

/** Formats instants as Beijing time for templates: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class Formats {

	private final Clock clock;

	private final OrgDirectory orgs;

	public Formats(Clock clock, OrgDirectory orgs) {
		this.clock = clock;
		this.orgs = orgs;
	}

	/** An org's name, for a picker showing what is chosen; empty for none. */
	public String orgName(Long orgId) {
		return orgId == null ? "" : orgs.names(List.of(orgId)).getOrDefault(orgId, "");
	}

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Zones.BEIJING);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Zones.BEIJING);

	public String dateTime(Instant instant) {
		return Zones.minute(instant);
	}

	/** A file size for people: {@code 820 KB}, {@code 3.4 MB}. */
	public String bytes(Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/** Whole days from now until {@code instant}, rounded up; 0 once it has passed. */
	public long daysUntil(Instant instant) {
		long seconds = Duration.between(Instant.now(clock), instant).getSeconds();
		return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
	}

	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}

	public String shortDateTime(Instant instant) {
		return instant == null ? "" : SHORT.format(instant);
	}

}
