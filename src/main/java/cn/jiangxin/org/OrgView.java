package cn.jiangxin.org;

import java.time.Instant;

/** A union as other modules and the API see it. */
public record OrgView(long id, Long parentId, String name, String shortName, OrgLevel level, OrgStatus status,
		int depth, UnitView employerUnit, String address, String contactName, String contactPhone, int childCount,
		int version, Instant createdAt, Instant updatedAt) {

	/** The short name where there is one, else the full name. */
	public String displayName() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}

	public boolean active() {
		return status == OrgStatus.ACTIVE;
	}

}
