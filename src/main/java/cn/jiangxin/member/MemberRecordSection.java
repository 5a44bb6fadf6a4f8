package cn.jiangxin.member;

import java.util.List;

/**
 * One section of a member's record (their entries, results and awards, titles),
 * contributed by the module that holds it: the member's own page and the member page
 * admins see render every section there is, so a module above this one adds to a person's
 * record without this module knowing it.
 */
public interface MemberRecordSection {

	/** Where the section stands among the others, lowest first. */
	int order();

	/** The section's heading, as a message key. */
	String titleKey();

	/**
	 * The section's lines for this member, newest first, in the current locale; empty
	 * when there is nothing.
	 */
	List<MemberRecordLine> lines(long memberId);

}
