package cn.jiangxin.judging.internal.standings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundState;

/**
 * A round's results: its standings, kept until the next change, and whether its judging
 * is over.
 */
@Service
public class Results {

	private final JudgingStore store;

	private final JudgingAccess access;

	private final RoundEntries entries;

	private final Standings standings;

	private final StandingsCache standingsCache;

	/**
	 * A read-only transaction for computing standings, begun only when the kept ones are
	 * out of date.
	 */
	private final TransactionTemplate reading;

	Results(JudgingStore store, JudgingAccess access, RoundEntries entries, Standings standings,
			StandingsCache standingsCache, PlatformTransactionManager transactions) {
		this.store = store;
		this.access = access;
		this.entries = entries;
		this.standings = standings;
		this.standingsCache = standingsCache;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	public RoundResults results(long roundId) {
		return standingsCache.get(roundId, () -> reading.execute(status -> {
			RoundView round = access.round(roundId);
			return standings.compute(round, store.setupOrPlain(roundId), store.rubric(roundId).orElse(null),
					entries.entriesOf(roundId), store.sheets(roundId), store.measurements(roundId),
					store.assignment(roundId));
		}));
	}

	/**
	 * Whether the round's judging is over: its cut confirmed, or it closed as the last
	 * round.
	 */
	public boolean closed(long roundId) {
		return store.setup(roundId).map(s -> s.state() == RoundState.CLOSED).orElse(false);
	}

}
