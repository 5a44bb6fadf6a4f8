package cn.jiangxin.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds demo unions by name, for tests. */
@Component
public class DemoOrgs {

	private final JdbcClient jdbc;

	public DemoOrgs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long id(String name) {
		return jdbc.sql("SELECT id FROM org WHERE name = ?").params(name).query(Long.class).single();
	}

	/**
	 * How many audit rows exist for an entity, to see that a change was (or was not)
	 * recorded.
	 */
	public long auditRows(String entityType, Object entityId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?")
			.params(entityType, String.valueOf(entityId))
			.query(Long.class)
			.single();
	}

}
