package cn.jiangxin.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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

/** Markets, their stalls, coupons and visits, in SQL. */
@Repository
class MarketStore {

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	MarketStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(MarketDrafts.MarketDraft d, String token, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO market (org_id, title, venue, held_from, held_to, opens_at, closes_at, description,
				  checkin_token, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
			.params(d.orgId(), d.title().strip(), d.venue().strip(), d.heldFrom(), d.heldTo(), d.opensAt(),
					d.closesAt(), Texts.blankToNull(d.description()), token, by, CampaignStore.utc(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<Market> find(long id) {
		return withStalls(jdbc.sql("SELECT * FROM market WHERE id = ?").param(id).query(MarketStore::row).list())
			.stream()
			.findFirst();
	}

	/** A market's row under a lock, for a change that must not cross its closing. */
	void lock(long id) {
		jdbc.sql("SELECT id FROM market WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
	}

	String token(long id) {
		return jdbc.sql("SELECT checkin_token FROM market WHERE id = ?").param(id).query(String.class).single();
	}

	List<Market> list(SqlFilter filter, int limit) {
		return withStalls(jdbc
			.sql("SELECT * FROM market WHERE " + filter.sql() + " ORDER BY held_from DESC, id DESC LIMIT " + limit)
			.params(filter.params())
			.query(MarketStore::row)
			.list());
	}

	/** The markets not yet over on a day, soonest first. */
	List<Market> coming(LocalDate today) {
		return withStalls(jdbc.sql("""
				SELECT * FROM market WHERE status = 'PLANNED' AND held_to >= ? ORDER BY held_from, id""")
			.param(today)
			.query(MarketStore::row)
			.list());
	}

	/** The markets where a merchant has a stall. */
	List<Long> marketsOf(long merchantId) {
		return jdbc.sql("SELECT DISTINCT market_id FROM market_stall WHERE merchant_id = ? ORDER BY market_id")
			.param(merchantId)
			.query(Long.class)
			.list();
	}

	/** Gives a stall; false when its place is taken. */
	boolean addStall(long marketId, MarketDrafts.StallDraft d) {
		return jdbc.sql("""
				INSERT INTO market_stall (market_id, row_name, number, merchant_id, category, goods)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(marketId, d.rowName().strip(), d.number(), d.merchantId(), d.category().name(),
					Texts.blankToNull(d.goods()))
			.update() == 1;
	}

	void link(long marketId, long campaignId) {
		jdbc.sql("INSERT INTO market_campaign (market_id, campaign_id) VALUES (?, ?)")
			.params(marketId, campaignId)
			.update();
	}

	List<Long> campaignsOf(long marketId) {
		return jdbc.sql("SELECT campaign_id FROM market_campaign WHERE market_id = ? ORDER BY campaign_id")
			.param(marketId)
			.query(Long.class)
			.list();
	}

	/** The market whose visitors alone may claim a campaign's coupons, if any. */
	Optional<Long> marketOf(long campaignId) {
		return jdbc.sql("SELECT market_id FROM market_campaign WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Checks a member in (a no-op when they were already); whether this was their first.
	 */
	boolean checkIn(long marketId, long memberId, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO market_visit (market_id, member_id, people, recorded_by, visited_at)
				VALUES (?, ?, 1, ?, ?) ON CONFLICT DO NOTHING""")
			.params(marketId, memberId, by, CampaignStore.utc(at))
			.update() == 1;
	}

	void walkIns(long marketId, int people, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO market_visit (market_id, member_id, people, recorded_by, visited_at)
				VALUES (?, NULL, ?, ?, ?)""").params(marketId, people, by, CampaignStore.utc(at)).update();
	}

	Optional<Instant> visited(long marketId, long memberId) {
		return jdbc.sql("SELECT visited_at FROM market_visit WHERE market_id = ? AND member_id = ?")
			.params(marketId, memberId)
			.query((rs, n) -> CampaignStore.instant(rs, "visited_at"))
			.optional();
	}

	/** Visitors: members checked in, walk-ins counted, in all. */
	record Visitors(long members, long walkIns, long total) {

		Visitors(long members, long walkIns) {
			this(members, walkIns, members + walkIns);
		}

	}

	Visitors visitors(long marketId) {
		return jdbc.sql("""
				SELECT COUNT(member_id), COALESCE(SUM(CASE WHEN member_id IS NULL THEN people END), 0)
				FROM market_visit WHERE market_id = ?""")
			.param(marketId)
			.query((rs, n) -> new Visitors(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	boolean close(long id, Instant at) {
		return jdbc.sql("UPDATE market SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'PLANNED'")
			.params(CampaignStore.utc(at), id)
			.update() == 1;
	}

	private List<Market> withStalls(List<Market> markets) {
		if (markets.isEmpty()) {
			return markets;
		}
		Map<Long, String> names = orgNames.names(markets.stream().map(Market::orgId).collect(Collectors.toSet()));
		Map<Long, List<Market.Stall>> stalls = jdbc.sql("""
				SELECT s.*, m.name AS merchant_name FROM market_stall s JOIN merchant m ON m.id = s.merchant_id
				WHERE s.market_id IN (:ids) ORDER BY s.market_id, s.row_name, s.number""")
			.param("ids", markets.stream().map(Market::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("market_id"),
					new Market.Stall(rs.getLong("id"), rs.getString("row_name"), rs.getInt("number"),
							rs.getLong("merchant_id"), rs.getString("merchant_name"),
							MerchantCategory.valueOf(rs.getString("category")), rs.getString("goods"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Market> named = new ArrayList<>(markets.size());
		for (Market m : markets) {
			List<Market.Stall> own = stalls.getOrDefault(m.id(), List.of());
			named.add(new Market(m.id(), m.orgId(), names.get(m.orgId()), m.title(), m.venue(), m.heldFrom(),
					m.heldTo(), m.opensAt(), m.closesAt(), m.description(), m.status(), m.closedAt(), m.createdBy(),
					List.copyOf(own)));
		}
		return named;
	}

	private static Market row(ResultSet rs, int n) throws SQLException {
		return new Market(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("title"), rs.getString("venue"),
				rs.getObject("held_from", LocalDate.class), rs.getObject("held_to", LocalDate.class),
				rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
				rs.getString("description"), Market.Status.valueOf(rs.getString("status")),
				CampaignStore.instant(rs, "closed_at"), rs.getString("created_by"), List.of());
	}

}
