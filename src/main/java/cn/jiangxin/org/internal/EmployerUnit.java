package cn.jiangxin.org.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.org.UnitView;

/** An employer unit (单位) behind a union, known by its unified social credit code. */
@Table("employer_unit")
class EmployerUnit {

	@Id
	private Long id;

	private String name;

	private String creditCode;

	private Industry industry;

	private UnitType unitType;

	@Version
	private Integer version;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	EmployerUnit(Long id, String name, String creditCode, Industry industry, UnitType unitType, Integer version,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.name = name;
		this.creditCode = creditCode;
		this.industry = industry;
		this.unitType = unitType;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static EmployerUnit register(String name, String creditCode, Industry industry, UnitType unitType, Instant now) {
		return new EmployerUnit(null, name, creditCode, industry, unitType, null, now, now);
	}

	void update(String name, Industry industry, UnitType unitType, Instant now) {
		this.name = name;
		this.industry = industry;
		this.unitType = unitType;
		this.updatedAt = now;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		state.put("creditCode", creditCode);
		state.put("industry", industry);
		state.put("unitType", unitType);
		return state;
	}

	UnitView view() {
		return new UnitView(id, name, creditCode, industry, unitType);
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	String creditCode() {
		return creditCode;
	}

	Industry industry() {
		return industry;
	}

	UnitType unitType() {
		return unitType;
	}

}
