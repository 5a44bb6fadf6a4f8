package cn.jiangxin.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications whose reactions completed longer ago than
 * {@code jiangxin.events.keep-completed} (seven days unless set), on the schedule of
 * {@code jiangxin.events.purge-cron} (nightly): the registry keeps what is still to do,
 * and a week of what was done for looking into a recent reaction.
 */
@Component
class EventPublicationPurge {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationPurge.class);

	private final CompletedEventPublications completed;

	private final Duration keep;

	EventPublicationPurge(CompletedEventPublications completed,
			@Value("${jiangxin.events.keep-completed:P7D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(cron = "${jiangxin.events.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void purge() {
		completed.deletePublicationsOlderThan(keep);
		log.debug("Deleted event publications completed more than {} ago", keep);
	}

}
