package cn.jiangxin.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Merchants, their outlets and their staff accounts, in SQL. */
@Repository
class MerchantStore {

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	MerchantStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(MerchantDrafts.MerchantDraft d, String creditCode, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO merchant (org_id, name, credit_code, categories, description, contact_name, contact_phone,
				  joined_on, agreement_ends_on, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
			.params(d.orgId(), d.name().strip(), creditCode,
					d.categories().stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
					Texts.blankToNull(d.description()), d.contactName().strip(), d.contactPhone().strip(), d.joinedOn(),
					d.agreementEndsOn(), by, at.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean codeTaken(long orgId, String creditCode) {
		return jdbc.sql("SELECT COUNT(*) FROM merchant WHERE org_id = ? AND credit_code = ?")
			.params(orgId, creditCode)
			.query(Long.class)
			.single() > 0;
	}

	boolean leave(long id, LocalDate on) {
		return jdbc.sql("UPDATE merchant SET status = 'LEFT', left_on = ? WHERE id = ? AND status = 'ACTIVE'")
			.params(on, id)
			.update() == 1;
	}

	Optional<Merchant> find(long id) {
		return withOutlets(jdbc.sql("SELECT * FROM merchant WHERE id = ?").param(id).query(this::row).list()).stream()
			.findFirst();
	}

	/** The merchants within a filter on their plan's union, by name. */
	List<Merchant> list(SqlFilter filter, int limit) {
		return withOutlets(
				jdbc.sql("SELECT * FROM merchant WHERE " + filter.sql() + " ORDER BY status, name LIMIT " + limit)
					.params(filter.params())
					.query(this::row)
					.list());
	}

	List<Merchant> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withOutlets(jdbc.sql("SELECT * FROM merchant WHERE id IN (:ids) ORDER BY name")
			.param("ids", List.copyOf(ids))
			.query(this::row)
			.list());
	}

	long count(SqlFilter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM merchant WHERE status = 'ACTIVE' AND " + filter.sql())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	long insertOutlet(long merchantId, MerchantDrafts.OutletDraft d) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO merchant_outlet (merchant_id, name, address, latitude, longitude)
				VALUES (?, ?, ?, ?, ?)""")
			.params(merchantId, d.name().strip(), d.address().strip(), d.latitude(), d.longitude())
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean outletNameTaken(long merchantId, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM merchant_outlet WHERE merchant_id = ? AND name = ?")
			.params(merchantId, name.strip())
			.query(Long.class)
			.single() > 0;
	}

	Optional<Merchant.Outlet> outlet(long id) {
		return jdbc.sql("SELECT * FROM merchant_outlet WHERE id = ?")
			.param(id)
			.query(MerchantStore::outletRow)
			.optional();
	}

	List<Merchant.Outlet> outlets(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM merchant_outlet WHERE id IN (:ids) ORDER BY merchant_id, id")
			.param("ids", List.copyOf(ids))
			.query(MerchantStore::outletRow)
			.list();
	}

	void insertStaff(long merchantId, long accountId, String by, Instant at) {
		jdbc.sql("INSERT INTO merchant_staff (merchant_id, account_id, added_by, added_at) VALUES (?, ?, ?, ?)")
			.params(merchantId, accountId, by, at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The staff accounts of a merchant with when they were added, in that order. */
	Map<Long, Instant> staff(long merchantId) {
		Map<Long, Instant> staff = new LinkedHashMap<>();
		jdbc.sql("SELECT account_id, added_at FROM merchant_staff WHERE merchant_id = ? ORDER BY added_at, account_id")
			.param(merchantId)
			.query((rs, n) -> staff.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		return staff;
	}

	/** The merchant a staff account works for. */
	Optional<Long> merchantOf(long accountId) {
		return jdbc.sql("SELECT merchant_id FROM merchant_staff WHERE account_id = ?")
			.param(accountId)
			.query(Long.class)
			.optional();
	}

	private List<Merchant> withOutlets(List<Merchant> merchants) {
		if (merchants.isEmpty()) {
			return merchants;
		}
		Map<Long, List<Merchant.Outlet>> outlets = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM merchant_outlet WHERE merchant_id IN (:ids) ORDER BY id")
			.param("ids", merchants.stream().map(Merchant::id).toList())
			.query(MerchantStore::outletRow)
			.list()
			.forEach(o -> outlets.computeIfAbsent(o.merchantId(), k -> new ArrayList<>()).add(o));
		Map<Long, String> names = orgNames.names(merchants.stream().map(Merchant::orgId).collect(Collectors.toSet()));
		return merchants.stream()
			.map(m -> new Merchant(m.id(), m.orgId(), names.get(m.orgId()), m.name(), m.creditCode(), m.categories(),
					m.description(), m.contactName(), m.contactPhone(), m.joinedOn(), m.agreementEndsOn(), m.status(),
					m.leftOn(), outlets.getOrDefault(m.id(), List.of())))
			.toList();
	}

	private Merchant row(ResultSet rs, int n) throws SQLException {
		return new Merchant(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("name"),
				rs.getString("credit_code"),
				Arrays.stream(rs.getString("categories").split(",")).map(MerchantCategory::valueOf).toList(),
				rs.getString("description"), rs.getString("contact_name"), rs.getString("contact_phone"),
				rs.getObject("joined_on", LocalDate.class), rs.getObject("agreement_ends_on", LocalDate.class),
				Merchant.Status.valueOf(rs.getString("status")), rs.getObject("left_on", LocalDate.class), List.of());
	}

	static Merchant.Outlet outletRow(ResultSet rs, int n) throws SQLException {
		return new Merchant.Outlet(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("name"),
				rs.getString("address"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getBoolean("active"));
	}

}
