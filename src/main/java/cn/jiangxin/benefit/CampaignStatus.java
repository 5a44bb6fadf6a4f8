package cn.jiangxin.benefit;

/**
 * Where a coupon campaign stands: a draft the organiser still edits, published (its stock
 * laid down, claimed in its window, used in its validity), closed for settlement, or
 * cancelled before anyone claimed.
 */
public enum CampaignStatus {

	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	public String messageKey() {
		return "benefit.status." + name();
	}

}
