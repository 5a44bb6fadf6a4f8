package cn.jiangxin.member;

import java.time.LocalDate;

/**
 * A member was distinguished: one of their awards became final, or a title was conferred
 * on them. Published by the modules that decide it (award, honour), in the transaction
 * that decided it; the member module keeps it on the member's record, so that a person's
 * distinctions are known in one place whatever module gave them.
 *
 * @param memberId the member
 * @param kind an award or a title
 * @param sourceId the award's or the honour's id, so a second delivery changes nothing
 * @param name what it was, as shown (北京市金融系统首届大模型技术创新应用大赛 一等奖; 首都建筑工匠)
 * @param on the day it became final or was conferred
 */
public record MemberDistinguished(long memberId, Kind kind, long sourceId, String name, LocalDate on) {

	/** What distinguished the member. */
	public enum Kind {

		AWARD, TITLE

	}

}
