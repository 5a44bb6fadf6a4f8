package cn.jiangxin.org.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgStatus;

/**
 * A union in the tree: its own details and its place; the closure table holds its
 * ancestry.
 */
@Table("org")
class Org {

	@Id
	private Long id;

	private Long parentId;

	private String name;

	private String shortName;

	private OrgLevel level;

	private Long employerUnitId;

	private String address;

	private String contactName;

	private String contactPhone;

	private OrgStatus status;

	private int depth;

	@Version
	private Integer version;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	Org(Long id, Long parentId, String name, String shortName, OrgLevel level, Long employerUnitId, String address,
			String contactName, String contactPhone, OrgStatus status, int depth, Integer version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.parentId = parentId;
		this.name = name;
		this.shortName = shortName;
		this.level = level;
		this.employerUnitId = employerUnitId;
		this.address = address;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.status = status;
		this.depth = depth;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Org newChild(Org parent, OrgDetails details, OrgLevel level, Long employerUnitId, Instant now) {
		Org org = new Org(null, parent == null ? null : parent.id, null, null, level, employerUnitId, null, null, null,
				OrgStatus.ACTIVE, parent == null ? 0 : parent.depth + 1, null, now, now);
		org.apply(details, now);
		return org;
	}

	void apply(OrgDetails details, Instant now) {
		this.name = details.name();
		this.shortName = details.shortName();
		this.address = details.address();
		this.contactName = details.contactName();
		this.contactPhone = details.contactPhone();
		touch(now);
	}

	void changeLevel(OrgLevel level, Instant now) {
		this.level = level;
		touch(now);
	}

	void linkUnit(Long employerUnitId, Instant now) {
		this.employerUnitId = employerUnitId;
		touch(now);
	}

	void moveUnder(Org parent, Instant now) {
		this.parentId = parent.id;
		this.depth = parent.depth + 1;
		touch(now);
	}

	void close(Instant now) {
		this.status = OrgStatus.CLOSED;
		touch(now);
	}

	void reopen(Instant now) {
		this.status = OrgStatus.ACTIVE;
		touch(now);
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	OrgDetails details() {
		return new OrgDetails(name, shortName, address, contactName, contactPhone);
	}

	/** The fields the audit log shows before and after a change. */
	Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		state.put("shortName", shortName);
		state.put("level", level);
		state.put("parentId", parentId);
		state.put("employerUnitId", employerUnitId);
		state.put("address", address);
		state.put("contactName", contactName);
		state.put("contactPhone", contactPhone);
		state.put("status", status);
		return state;
	}

	boolean isActive() {
		return status == OrgStatus.ACTIVE;
	}

	Long id() {
		return id;
	}

	Long parentId() {
		return parentId;
	}

	String name() {
		return name;
	}

	OrgLevel level() {
		return level;
	}

	Long employerUnitId() {
		return employerUnitId;
	}

	OrgStatus status() {
		return status;
	}

	int depth() {
		return depth;
	}

	Integer version() {
		return version;
	}

}
