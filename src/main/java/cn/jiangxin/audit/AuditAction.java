package cn.jiangxin.audit;

/** What kind of change an audit row records. */
public enum AuditAction {

	CREATE, UPDATE, DELETE, STATE_CHANGE, LOGIN, LOGIN_FAILED, LOGOUT, REVEAL, EXPORT, IMPORT;

	public String messageKey() {
		return "audit.action." + name();
	}

}
