package cn.jiangxin.org;

/** Whether a union is working or has been closed (撤销). */
public enum OrgStatus {

	ACTIVE, CLOSED;

	public String messageKey() {
		return "org.status." + name();
	}

}
