package cn.jiangxin.contest;

import java.time.Instant;
import java.util.List;

/** A contest with its hosts and organisers. */
public record ContestView(long id, ContestKind kind, String title, String theme, String description, long scopeOrgId,
		String scopeOrgName, Instant opensAt, Instant closesAt, ContestStatus status, List<Party> hosts,
		List<Party> organisers, int version, Instant createdAt) {

	/**
	 * Whether registration is open at {@code now}: the contest is open and within its
	 * window.
	 */
	public boolean acceptsEntries(Instant now) {
		return status == ContestStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** An org that hosts or organises the contest. */
	public record Party(long orgId, String name) {
	}

}
