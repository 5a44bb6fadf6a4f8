package cn.jiangxin.award.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestStepGuard;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * Keeps a contest from going on notice without published awards, or being archived before
 * they are final.
 */
@Component
class AwardStepGuard implements ContestStepGuard {

	private final AwardStore store;

	AwardStepGuard(AwardStore store) {
		this.store = store;
	}

	@Override
	public void check(long contestId, ContestStatus from, ContestStatus to) {
		if (to == ContestStatus.PUBLICIZING && store.notice(contestId).isEmpty()) {
			throw BusinessRuleException.conflict("award.publishFirst");
		}
		if (to == ContestStatus.ARCHIVED && store.notice(contestId).map(n -> n.finalisedAt() == null).orElse(false)) {
			throw BusinessRuleException.conflict("award.finaliseFirst");
		}
	}

}
