package cn.jiangxin.shared.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import cn.jiangxin.shared.Zones;

/**
 * The demo's calendar: last year's finance competition on its own dates, the rest counted
 * back from the day the demo is loaded, so that everything a page shows happens in order
 * (entries before the closing day, judging after it, certificates dated and numbered in
 * the year of their results). Moving to a moment sets the clock the platform stamps with.
 * Each module's seeder goes back to the moments of its own part of the story: the
 * contests are written at their dates first, then judging goes back to each case's dates,
 * then awards.
 */
public final class DemoStory {

	private final DemoClock clock;

	/** The day the demo is loaded, to the hour: "now" in the story. */
	public final Instant today;

	DemoStory(DemoClock clock) {
		this.clock = clock;
		this.today = Instant.now().truncatedTo(ChronoUnit.HOURS);
	}

	/** The story moves to {@code at}: what happens next happens then. */
	public void at(Instant at) {
		clock.travelTo(at.isAfter(today) ? today : at);
	}

	/** A Beijing date and hour. */
	public static Instant beijing(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(Zones.BEIJING).toInstant();
	}

	/**
	 * {@code days} days before today (after, for a negative number), at {@code hour}
	 * Beijing time.
	 */
	public Instant daysAgo(int days, int hour) {
		return today.minus(Duration.ofDays(days)).atZone(Zones.BEIJING).withHour(hour).toInstant();
	}

	/** This year, in Beijing: the year of what is running now. */
	public int year() {
		return today.atZone(Zones.BEIJING).getYear();
	}

	/** The story is over: the clock tells the real time again. */
	void end() {
		clock.resume();
	}

}
