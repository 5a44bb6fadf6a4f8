package cn.jiangxin.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.jiangxin.shared.persistence.DatabaseKind;

/**
 * Lottery entries in SQL, and the draw's writes: the winners' coupons, their holder rows
 * and the entries' outcome, in batches.
 */
@Repository
class LotteryStore {

	/** Rows written per batch by a draw. */
	static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final boolean postgres;

	LotteryStore(JdbcClient jdbc, JdbcTemplate batches, DatabaseKind database) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.postgres = database.isPostgres();
	}

	/** A member's entry: its number, when it came, and whether it won (once drawn). */
	record Entry(long id, long memberId, Instant registeredAt, Boolean won) {
	}

	/**
	 * Holds the campaign's row against a draw until the transaction ends, without holding
	 * other registrations back (PostgreSQL's key-share lock; H2 has only the exclusive
	 * one); whether it has been drawn.
	 */
	boolean holdUndrawn(long campaignId) {
		String lock = postgres ? "FOR KEY SHARE" : "FOR UPDATE";
		return jdbc.sql("SELECT drawn_at FROM coupon_campaign WHERE id = ? " + lock)
			.param(campaignId)
			.query((rs, n) -> rs.getObject(1) == null)
			.single();
	}

	/** Registers the member (a no-op when they are already). */
	void register(long campaignId, long memberId, Instant at) {
		jdbc.sql("""
				INSERT INTO lottery_entry (campaign_id, member_id, registered_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(campaignId, memberId, CampaignStore.utc(at)).update();
	}

	Optional<Entry> entry(long campaignId, long memberId) {
		return jdbc.sql("SELECT * FROM lottery_entry WHERE campaign_id = ? AND member_id = ?")
			.params(campaignId, memberId)
			.query(LotteryStore::row)
			.optional();
	}

	int count(long campaignId) {
		return jdbc.sql("SELECT COUNT(*) FROM lottery_entry WHERE campaign_id = ?")
			.param(campaignId)
			.query(Integer.class)
			.single();
	}

	/** Every entry's number, in order. */
	List<Long> entryIds(long campaignId) {
		return jdbc.sql("SELECT id FROM lottery_entry WHERE campaign_id = ? ORDER BY id")
			.param(campaignId)
			.query(Long.class)
			.list();
	}

	/** Entries after a number, in order. */
	List<Entry> page(long campaignId, long after, int limit) {
		return jdbc.sql("SELECT * FROM lottery_entry WHERE campaign_id = ? AND id > ? ORDER BY id LIMIT " + limit)
			.params(campaignId, after)
			.query(LotteryStore::row)
			.list();
	}

	/** The members behind entries, by entry number. */
	List<Entry> entries(List<Long> ids) {
		List<Entry> found = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += BATCH) {
			found.addAll(jdbc.sql("SELECT * FROM lottery_entry WHERE id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.query(LotteryStore::row)
				.list());
		}
		return found;
	}

	/** Every entry loses but the winners. */
	void settle(long campaignId, List<Long> winners) {
		jdbc.sql("UPDATE lottery_entry SET won = FALSE WHERE campaign_id = ?").param(campaignId).update();
		batch("UPDATE lottery_entry SET won = TRUE WHERE id = ?",
				winners.stream().map(id -> new Object[] { id }).toList());
	}

	/** Free coupons of a campaign, the first {@code n} by id. */
	List<Long> freeCoupons(long campaignId, int n) {
		return jdbc.sql("SELECT id FROM coupon WHERE campaign_id = ? AND member_id IS NULL ORDER BY id LIMIT " + n)
			.param(campaignId)
			.query(Long.class)
			.list();
	}

	/**
	 * Gives each winner a coupon: coupon ids and member ids pair by position; the claim's
	 * key is the draw's.
	 */
	void award(long campaignId, List<Long> couponIds, List<Long> memberIds, String key, Instant at) {
		List<Object[]> coupons = new ArrayList<>(couponIds.size());
		List<Object[]> holders = new ArrayList<>(couponIds.size());
		for (int i = 0; i < couponIds.size(); i++) {
			coupons.add(new Object[] { memberIds.get(i), key, CampaignStore.utc(at), couponIds.get(i) });
			holders.add(new Object[] { campaignId, memberIds.get(i) });
		}
		batch("UPDATE coupon SET member_id = ?, claim_key = ?, claimed_at = ? WHERE id = ? AND member_id IS NULL",
				coupons);
		batch("INSERT INTO coupon_holder (campaign_id, member_id, claimed) VALUES (?, ?, 1)", holders);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private static Entry row(ResultSet rs, int n) throws SQLException {
		boolean won = rs.getBoolean("won");
		Boolean outcome = rs.wasNull() ? null : won;
		return new Entry(rs.getLong("id"), rs.getLong("member_id"), CampaignStore.instant(rs, "registered_at"),
				outcome);
	}

}
