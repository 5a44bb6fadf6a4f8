package cn.jiangxin.benefit.internal;

import java.util.Optional;

import cn.jiangxin.member.MemberStanding;

/**
 * Who may claim a campaign's coupons: a member in good standing holding an active card
 * (在会), of a union within the campaign's subtree, of one of its kinds of employment if it
 * names any, with its tag if it names one. Each rule that fails has its own message.
 */
final class Eligibility {

	private Eligibility() {
	}

	/**
	 * Why the member may not claim, as a message code; empty when they may. The subtree
	 * rule is asked of {@code inSubtree}, decided by the org tree.
	 */
	static Optional<String> refusal(Campaign campaign, MemberStanding member, boolean inSubtree) {
		if (!inSubtree) {
			return Optional.of("benefit.eligible.outside");
		}
		if (!member.status().isActive()) {
			return Optional.of("benefit.eligible.card");
		}
		if (!campaign.employmentTypes().isEmpty() && !campaign.employmentTypes().contains(member.employmentType())) {
			return Optional.of("benefit.eligible.employment");
		}
		if (campaign.requiredTag() != null && !member.tags().contains(campaign.requiredTag())) {
			return Optional.of("benefit.eligible.tag");
		}
		return Optional.empty();
	}

}
