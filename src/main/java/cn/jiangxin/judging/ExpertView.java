package cn.jiangxin.judging;

import java.util.List;

/** An expert of the pool with their affiliation and tags. */
public record ExpertView(long id, long accountId, String username, String name, String title, long orgId,
		String orgName, String unitName, Long memberId, List<String> tags, long poolOrgId, boolean active) {

	public ExpertView {
		tags = List.copyOf(tags);
	}

}
