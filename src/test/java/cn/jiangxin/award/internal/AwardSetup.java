package cn.jiangxin.award.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.shared.Actor;

/** Gives awards for tests in other modules, through the award module's service. */
@Component
public class AwardSetup {

	private final AwardFacade awards;

	AwardSetup(AwardFacade awards) {
		this.awards = awards;
	}

	public long addTier(Actor actor, long contestId, TierDraft draft) {
		return awards.addTier(actor, contestId, draft);
	}

	public List<AwardView> publish(Actor actor, long contestId, PublishDraft draft) {
		return awards.publish(actor, contestId, draft);
	}

	public void finalise(Actor actor, long contestId) {
		awards.finalise(actor, contestId);
	}

}
