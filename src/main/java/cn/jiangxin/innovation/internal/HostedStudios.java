package cn.jiangxin.innovation.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.org.OrgMembership;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/**
 * Keeps a union that hosts active studios from closing: they are dissolved first (or,
 * later, moved), so that no studio is left hosted by a closed union.
 */
@Component
class HostedStudios implements OrgMembership {

	private final StudioStore studios;

	HostedStudios(StudioStore studios) {
		this.studios = studios;
	}

	@Override
	public long activeCount(long orgId) {
		return studios.count(new SqlFilter("host_org_id = ?", List.of(orgId)));
	}

	@Override
	public String messageKey() {
		return "innovation.close.studios";
	}

}
