package cn.jiangxin.innovation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;

/**
 * A studio as stored: host union, leader, field, current level (null before the first),
 * status, tags, the title it was born of (null for a registered one), and when and why it
 * was dissolved (null while active).
 */
record Studio(long id, String name, long hostOrgId, String employerName, long leaderId, StudioField field,
		LocalDate foundedOn, String description, StudioLevel level, boolean active, List<String> tags,
		String originTitle, LocalDate originOn, LocalDate dissolvedOn, String dissolvedReason, String createdBy,
		Instant createdAt, int version) {

	Studio withTags(List<String> tags) {
		return new Studio(id, name, hostOrgId, employerName, leaderId, field, foundedOn, description, level, active,
				tags, originTitle, originOn, dissolvedOn, dissolvedReason, createdBy, createdAt, version);
	}

	/** A studio named in a list. */
	record Ref(long id, String name) {
	}

}
