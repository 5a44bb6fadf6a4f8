package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;

/**
 * A recorded achievement with the studios it belongs to, its contributors by name
 * (members and others, in the order given), the units that adopted it, and for an award
 * won in one of Jiangxin's contests the contest it came from.
 */
record Achievement(long id, AchievementKind kind, String title, LocalDate achievedOn, long ownerOrgId, String patentNo,
		PatentKind patentKind, String standardNo, String venue, BigDecimal benefit, String summary,
		List<StudioName> studios, List<Contributor> contributors, List<String> adoptedBy, Long contestId) {

	/** A studio an achievement belongs to. */
	record StudioName(long id, String name) {
	}

	/** A contributor: a member (with their id) or someone from outside (no id). */
	record Contributor(Long memberId, String name) {
	}

}
