package cn.jiangxin.innovation.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;

/**
 * Who acts for a studio: the admins covering its host union, or, for a member, the
 * studio's own leader or deputy. One rule for applying, reporting and withdrawing.
 */
@Component
class StudioPeople {

	private final StudioStore studios;

	private final OrgScope scope;

	StudioPeople(StudioStore studios, OrgScope scope) {
		this.studios = studios;
		this.scope = scope;
	}

	boolean actsFor(Actor actor, Studio studio) {
		return actsFor(actor, studio.id(), studio.hostOrgId());
	}

	boolean actsFor(Actor actor, long studioId, long hostOrgId) {
		if (actor.administers()) {
			return scope.covers(actor, hostOrgId);
		}
		return actor.memberId() != null && studios.leads(studioId, actor.memberId());
	}

}
