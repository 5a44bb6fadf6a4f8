package cn.jiangxin.judging.internal.rounds;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The one rule every write to a round's judging passes: a closed round, and every round
 * of a contest on notice (公示中) or archived, changes no more. Its sheets, assignment,
 * settings, rubric, panel, measurements and cut stay as its results were published. Below
 * that rule, each write names the state it needs (being set up, being scored, either) and
 * whether the contest must be in judging.
 */
@Component
public class RoundGuard {

	private final JudgingAccess access;

	private final JudgingStore store;

	private final ContestApi contests;

	RoundGuard(JudgingAccess access, JudgingStore store, ContestApi contests) {
		this.access = access;
		this.store = store;
		this.contests = contests;
	}

	/**
	 * What a write needs of the round's state, below the rule that a frozen round takes
	 * no write at all.
	 */
	public enum Needs {

		/**
		 * Being set up or scored: the contest may still be a draft or open for
		 * registration.
		 */
		OPEN_ANY_TIME,

		/** Being set up, with the contest in judging. */
		SETUP,

		/** Being set up or scored, with the contest in judging. */
		OPEN,

		/** Being scored, with the contest in judging. */
		SCORING

	}

	/** A round locked for a write, with its contest and its settings as locked. */
	public record Locked(RoundView round, ContestView contest, RoundSetup setup) {
	}

	/**
	 * The round, if the actor organises it, with its settings row locked for the rest of
	 * the transaction; refused (409) if it is frozen, and with {@code code} if it is not
	 * in the state the write needs.
	 */
	public Locked organiser(Actor actor, long roundId, Needs needs, String code) {
		return lock(access.requireManage(actor, roundId), needs, code);
	}

	/**
	 * The judge's expert for a write to their own sheet: the entry is theirs (404 if
	 * not), the round being scored.
	 */
	public ExpertView judge(Actor judge, long roundId, long entryId) {
		ExpertView expert = access.requireAssigned(judge, roundId, entryId);
		lock(access.round(roundId), Needs.SCORING, "judging.score.notOpen");
		return expert;
	}

	/**
	 * The round locked for a change a conflict makes to its assignment, or null when the
	 * round is frozen: a conflict found after that is recorded, but leaves the round as
	 * it was published.
	 */
	public Locked forConflict(RoundView round) {
		ContestView contest = contest(round);
		if (!contest.status().roundsOpen()) {
			return null;
		}
		RoundSetup setup = store.lock(round.id());
		return setup.state() == RoundState.CLOSED ? null : new Locked(round, contest, setup);
	}

	/**
	 * Whether the round takes no more writes: closed, or its contest on notice or
	 * archived.
	 */
	public boolean frozen(RoundView round) {
		ContestView contest = contest(round);
		return !contest.status().roundsOpen() || store.setupOrPlain(round.id()).state() == RoundState.CLOSED;
	}

	private Locked lock(RoundView round, Needs needs, String code) {
		ContestView contest = contest(round);
		if (!contest.status().roundsOpen()) {
			throw BusinessRuleException.conflict(
					contest.status() == ContestStatus.ARCHIVED ? "judging.contest.final" : "judging.contest.onNotice");
		}
		RoundSetup setup = store.lock(round.id());
		if (setup.state() == RoundState.CLOSED) {
			throw BusinessRuleException
				.conflict(needs == Needs.SETUP || needs == Needs.SCORING ? code : "judging.round.closed");
		}
		boolean inJudging = contest.status() == ContestStatus.JUDGING;
		switch (needs) {
			case SETUP -> require(setup.state() == RoundState.SETUP, code);
			case SCORING -> require(setup.state() == RoundState.SCORING, code);
			default -> {
			}
		}
		if (needs != Needs.OPEN_ANY_TIME && !inJudging) {
			throw BusinessRuleException.conflict("judging.round.contestNotJudging");
		}
		return new Locked(round, contest, setup);
	}

	private static void require(boolean condition, String code) {
		if (!condition) {
			throw BusinessRuleException.conflict(code);
		}
	}

	private ContestView contest(RoundView round) {
		return contests.find(round.contestId()).orElseThrow();
	}

}
