package cn.jiangxin.audit;

import java.util.List;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CursorPage;

/** Reads the audit log back, limited to what the actor administers. */
public interface AuditTrail {

	/** Newest first, keyset-paginated by id. */
	CursorPage<AuditEntry> browse(Actor actor, AuditFilter filter);

	/**
	 * The entity types among the latest rows of the log, offered as the filter's choices.
	 */
	List<String> entityTypes();

}
