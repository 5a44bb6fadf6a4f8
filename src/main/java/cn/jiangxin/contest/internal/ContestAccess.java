package cn.jiangxin.contest.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * Who organises a contest: a system admin, or an admin whose subtree holds one of its hosts or organisers.
 * A co-hosted contest is so open to the admins of every host, whatever branch of the tree they are in.
 */
@Component
class ContestAccess {

	private final ContestStore contests;

	private final OrgScope scope;

	ContestAccess(ContestStore contests, OrgScope scope) {
		this.contests = contests;
		this.scope = scope;
	}

	boolean canManage(Actor actor, long contestId) {
		if (actor.isSystemAdmin()) {
			return true;
		}
		if (!actor.administers()) {
			return false;
		}
		return contests.partyOrgIds(contestId).stream().anyMatch(org -> scope.covers(actor, org));
	}

	/** A contest past its draft is public; a draft only its organisers see (others get 404). */
	void requireVisible(Actor actor, cn.jiangxin.contest.ContestView contest) {
		if (contest.status() == cn.jiangxin.contest.ContestStatus.DRAFT && (actor == null || !canManage(actor, contest.id()))) {
			throw new cn.jiangxin.shared.NotFoundException("contest", contest.id());
		}
	}

	void requireManage(Actor actor, long contestId) {
		if (!canManage(actor, contestId)) {
			throw new OutOfScopeException("contest " + contestId);
		}
	}

}
