package cn.jiangxin.org.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.shared.Actor;

/**
 * Creates unions for tests in other modules through the org module's service (no other
 * module creates one).
 */
@Component
public class OrgSetup {

	private final OrgService orgs;

	OrgSetup(OrgService orgs) {
		this.orgs = orgs;
	}

	public long create(Actor actor, OrgDraft draft) {
		return orgs.create(actor, draft);
	}

}
