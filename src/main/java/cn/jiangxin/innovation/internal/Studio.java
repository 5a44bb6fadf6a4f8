package cn.jiangxin.innovation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.StudioLevel;

/**
 * A studio as stored: host union, leader, field, current level (null before the first),
 * status, tags.
 */
record Studio(long id, String name, long hostOrgId, String employerName, long leaderId, StudioField field,
		LocalDate foundedOn, String description, StudioLevel level, boolean active, List<String> tags, String createdBy,
		Instant createdAt, int version) {
}
