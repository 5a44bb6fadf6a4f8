package cn.jiangxin.member.internal.join;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, flags join applications left undecided for 15 days to the parent union. */
@Component
class JoinEscalation {

	private static final Logger log = LoggerFactory.getLogger(JoinEscalation.class);

	private final JoinService joins;

	private final Clock clock;

	JoinEscalation(JoinService joins) {
		this.joins = joins;
		this.clock = Clock.systemUTC();
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${jiangxin.join.escalation-interval:PT1H}")
	void run() {
		int flagged = joins.escalateOverdue(clock.instant());
		if (flagged > 0) {
			log.info("Flagged {} join applications undecided for 15 days to their parent unions.", flagged);
		}
	}

}
