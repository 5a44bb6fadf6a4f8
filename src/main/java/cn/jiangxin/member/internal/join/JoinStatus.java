package cn.jiangxin.member.internal.join;

/** 申请状态: waiting for the union, approved (a member now), or rejected with a reason. */
enum JoinStatus {

	PENDING, APPROVED, REJECTED;

	public String messageKey() {
		return "join.status." + name();
	}

}
