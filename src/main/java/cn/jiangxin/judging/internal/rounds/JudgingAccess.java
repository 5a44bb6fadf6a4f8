package cn.jiangxin.judging.internal.rounds;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;

/**
 * Who may do what in judging: a contest's organisers run its rounds; a judge reaches only
 * the entries assigned to them (anything else is 404, so that an unassigned entry's
 * existence does not leak).
 */
@Component
public class JudgingAccess {

	private final ContestApi contests;

	private final ExpertStore experts;

	private final JudgingStore store;

	JudgingAccess(ContestApi contests, ExpertStore experts, JudgingStore store) {
		this.contests = contests;
		this.experts = experts;
		this.store = store;
	}

	public RoundView round(long roundId) {
		return contests.round(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
	}

	public boolean canManage(Actor actor, RoundView round) {
		return contests.canManage(actor, round.contestId());
	}

	/** The round, if the actor organises its contest. */
	public RoundView requireManage(Actor actor, long roundId) {
		RoundView round = round(roundId);
		if (!canManage(actor, round)) {
			throw new OutOfScopeException("round " + roundId);
		}
		return round;
	}

	/** The expert behind a signed-in judge. */
	public ExpertView requireJudge(Actor actor) {
		if (!actor.has(Role.JUDGE)) {
			throw new OutOfScopeException("not a judge");
		}
		return experts.byAccount(actor.accountId())
			.filter(ExpertView::active)
			.orElseThrow(() -> new OutOfScopeException("no expert profile"));
	}

	/**
	 * The judge's expert, if the entry is assigned to them in the round; otherwise 404.
	 */
	public ExpertView requireAssigned(Actor actor, long roundId, long entryId) {
		ExpertView expert = requireJudge(actor);
		if (!store.assigned(roundId, entryId, expert.id())) {
			throw new NotFoundException("entry", entryId);
		}
		return expert;
	}

	/** The org whose scope a round's audit lines fall under: its contest's. */
	public Long orgOf(RoundView round) {
		return contests.find(round.contestId()).map(ContestView::scopeOrgId).orElse(null);
	}

	/** Refuses a missing reason, or one longer than the audit log keeps. */
	public static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("reason", "judging.reasonRequired");
		}
		if (reason.length() > 200) {
			throw BusinessRuleException.invalid("reason", "judging.reasonTooLong", 200);
		}
	}

}
