package cn.jiangxin.contest.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * Who organises a contest: a system admin, or an admin whose subtree holds one of its
 * hosts or organisers. A co-hosted contest is so open to the admins of every host,
 * whatever branch of the tree they are in.
 */
@Component
class ContestAccess {

	private final ContestStore contests;

	private final OrgScope scope;

	/**
	 * Answers as last decided: until anything changes, and for five seconds at most
	 * (another server's change).
	 */
	private final KeptValues<Question, Boolean> decided;

	ContestAccess(ContestStore contests, OrgScope scope, DataVersion versions) {
		this.contests = contests;
		this.scope = scope;
		this.decided = new KeptValues<>(versions, 100_000, Duration.ofSeconds(5));
	}

	boolean canManage(Actor actor, long contestId) {
		if (actor.isSystemAdmin()) {
			return true;
		}
		if (!actor.administers() || actor.orgId() == null) {
			return false;
		}
		return decided.get(new Question(actor.orgId(), contestId),
				question -> contests.partyOrgIds(question.contestId())
					.stream()
					.anyMatch(org -> scope.covers(actor, org)));
	}

	/**
	 * Whether an admin of a union organises a contest: the answer depends on the union,
	 * not the person.
	 */
	private record Question(long adminOrgId, long contestId) {
	}

	/**
	 * A contest past its draft is public; a draft only its organisers see (others get
	 * 404).
	 */
	void requireVisible(Actor actor, ContestView contest) {
		if (contest.status() == ContestStatus.DRAFT && (actor == null || !canManage(actor, contest.id()))) {
			throw new NotFoundException("contest", contest.id());
		}
	}

	void requireManage(Actor actor, long contestId) {
		if (!canManage(actor, contestId)) {
			throw new OutOfScopeException("contest " + contestId);
		}
	}

}
