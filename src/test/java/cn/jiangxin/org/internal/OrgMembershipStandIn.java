package cn.jiangxin.org.internal;

import org.springframework.boot.test.context.TestComponent;

import cn.jiangxin.org.OrgMembership;

/**
 * A stand-in for the member module beside the real one: reports active members of one
 * org, as a test sets them ({@link OrgServiceFlowTests}); of every other org, none.
 */
@TestComponent
class OrgMembershipStandIn implements OrgMembership {

	volatile long active;

	volatile long orgId;

	@Override
	public long activeCount(long id) {
		return id == orgId ? active : 0;
	}

	@Override
	public String messageKey() {
		return "org.close.members";
	}

}
