package cn.jiangxin.shared.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import cn.jiangxin.shared.Zones;

/**
 * The demo's clock: while the demo is written it tells the time of the story (last year's
 * competition is entered, judged and archived last year, so its dates and certificate
 * numbers agree), and otherwise the real time. Only the demo seeders set it, through
 * {@link DemoStory}, from one thread, before anyone signs in.
 */
public final class DemoClock extends Clock {

	private volatile Instant storyTime;

	/** From now until {@link #resume()}, the time is {@code at}. */
	void travelTo(Instant at) {
		this.storyTime = at;
	}

	/** Back to the real time. */
	void resume() {
		this.storyTime = null;
	}

	@Override
	public Instant instant() {
		Instant at = storyTime;
		return at != null ? at : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return Zones.BEIJING;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : Clock.system(zone);
	}

}
