package cn.jiangxin.contest;

/**
 * Where someone stands in a team entry: invited and not yet answered, accepted (the
 * leader too), declined, left after accepting, or an invitation cancelled by the leader
 * or with the entry. Stored as its name in {@code entry_member.status}.
 */
public enum InvitationStatus {

	INVITED, ACCEPTED, DECLINED, LEFT, CANCELLED

}
