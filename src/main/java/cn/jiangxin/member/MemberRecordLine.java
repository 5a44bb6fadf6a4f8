package cn.jiangxin.member;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a member's record: what it is, where it belongs, its date, short facts
 * shown as badges (a place, a score, "on notice"), and the page that shows it in full
 * (null for none).
 */
public record MemberRecordLine(String title, String context, LocalDate date, List<String> badges, String href) {

	public MemberRecordLine {
		badges = List.copyOf(badges);
	}

}
