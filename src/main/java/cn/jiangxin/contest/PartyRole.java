package cn.jiangxin.contest;

/** What an org does for a contest: host it (主办) or organise it (承办). */
public enum PartyRole {

	HOST, ORGANISER;

	public String messageKey() {
		return "contest.party." + name();
	}

}
