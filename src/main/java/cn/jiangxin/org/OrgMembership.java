package cn.jiangxin.org;

/**
 * Implemented by modules that attach people to orgs (members, accounts), so that an org is never
 * closed while people still belong to it.
 */
public interface OrgMembership {

	/** How many active people belong directly to the org; closing is refused while this is above zero. */
	long activeCount(long orgId);

	/** The message key naming what is counted, e.g. {@code org.close.members}. */
	String messageKey();

}
