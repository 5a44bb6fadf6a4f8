package cn.jiangxin.exam.internal.results;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.jiangxin.exam.internal.sitting.Sittings;

/**
 * Every few seconds, hands in the attempts past their deadline with what was saved (a
 * candidate who lost the connection, or walked away), then closes the published exams
 * whose window is over and whose attempts are all in. Each attempt and each exam in a
 * transaction of its own, so one failure holds up nothing else; on several servers two
 * sweeps meet on the attempt's row lock and the second finds it handed in.
 */
@Component
class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private static final int BATCH = 500;

	private final Sittings sittings;

	private final ExamResults results;

	DeadlineSweep(Sittings sittings, ExamResults results) {
		this.sittings = sittings;
		this.results = results;
	}

	@Scheduled(initialDelayString = "${jiangxin.exam.sweep-delay:PT20S}",
			fixedDelayString = "${jiangxin.exam.sweep-interval:PT10S}")
	void run() {
		int handedIn = sweepAttempts();
		int closed = 0;
		for (long examId : results.endedExams()) {
			closed += results.closeIfOver(examId) ? 1 : 0;
		}
		if (handedIn > 0 || closed > 0) {
			log.info("Deadline sweep: {} attempts handed in, {} exams closed.", handedIn, closed);
		}
	}

	/** Hands in every overdue attempt; how many. */
	int sweepAttempts() {
		int handedIn = 0;
		while (true) {
			var overdue = sittings.overdue(BATCH);
			int before = handedIn;
			for (long attemptId : overdue) {
				try {
					handedIn += sittings.sweep(attemptId) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("Could not hand in overdue attempt {}: {}", attemptId, ex.toString());
				}
			}
			if (overdue.size() < BATCH || handedIn == before) {
				return handedIn;
			}
		}
	}

}
