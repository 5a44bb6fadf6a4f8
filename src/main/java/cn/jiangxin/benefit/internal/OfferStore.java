package cn.jiangxin.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Merchants' online offers and the outlets where they hold, in SQL. */
@Repository
class OfferStore {

	private static final String SELECT = """
			SELECT f.*, m.name AS merchant_name FROM offer f JOIN merchant m ON m.id = f.merchant_id
			""";

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	OfferStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(OfferDraft d, List<Long> outlets, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO offer (merchant_id, org_id, title, terms, valid_from, valid_to, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.merchantId(), d.orgId(), d.title().strip(), d.terms().strip(), d.validFrom(), d.validTo(), by,
					CampaignStore.utc(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (long outlet : outlets) {
			jdbc.sql("INSERT INTO offer_outlet (offer_id, outlet_id) VALUES (?, ?)").params(id, outlet).update();
		}
		return id;
	}

	boolean withdraw(long id, LocalDate on) {
		return jdbc.sql("UPDATE offer SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL")
			.params(on, id)
			.update() == 1;
	}

	Optional<Offer> find(long id) {
		return withOutlets(jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(OfferStore::row).list()).stream()
			.findFirst();
	}

	/** Offers whose union (f.org_id) passes the filter, the latest first. */
	List<Offer> list(SqlFilter filter, int limit) {
		return withOutlets(jdbc
			.sql(SELECT + " WHERE " + filter.sql().replace("org_id", "f.org_id")
					+ " ORDER BY f.valid_to DESC, f.id DESC LIMIT " + limit)
			.params(filter.params())
			.query(OfferStore::row)
			.list());
	}

	List<Offer> ofMerchant(long merchantId) {
		return withOutlets(jdbc.sql(SELECT + " WHERE f.merchant_id = ? ORDER BY f.valid_to DESC, f.id DESC")
			.param(merchantId)
			.query(OfferStore::row)
			.list());
	}

	/** The offers live on a day, of merchants still in their plans. */
	List<Offer> live(LocalDate day) {
		return withOutlets(jdbc.sql(SELECT + """
				WHERE f.withdrawn_on IS NULL AND f.valid_from <= ? AND f.valid_to >= ? AND m.status = 'ACTIVE'
				ORDER BY f.valid_to, f.id""").params(day, day).query(OfferStore::row).list());
	}

	private List<Offer> withOutlets(List<Offer> offers) {
		if (offers.isEmpty()) {
			return offers;
		}
		Map<Long, List<Merchant.Outlet>> outlets = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT x.offer_id, o.* FROM offer_outlet x JOIN merchant_outlet o ON o.id = x.outlet_id
				WHERE x.offer_id IN (:ids) ORDER BY o.id""")
			.param("ids", offers.stream().map(Offer::id).toList())
			.query((rs, n) -> outlets.computeIfAbsent(rs.getLong("offer_id"), k -> new ArrayList<>())
				.add(MerchantStore.outletRow(rs, n)))
			.list();
		Map<Long, String> names = orgNames.names(offers.stream().map(Offer::orgId).collect(Collectors.toSet()));
		return offers.stream()
			.map(f -> new Offer(f.id(), f.merchantId(), f.merchantName(), f.orgId(), names.get(f.orgId()), f.title(),
					f.terms(), f.validFrom(), f.validTo(), f.withdrawnOn(), outlets.getOrDefault(f.id(), List.of()),
					null))
			.toList();
	}

	static Offer row(ResultSet rs, int n) throws SQLException {
		return new Offer(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("merchant_name"),
				rs.getLong("org_id"), null, rs.getString("title"), rs.getString("terms"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getObject("withdrawn_on", LocalDate.class), List.of(), null);
	}

}
