package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.shared.persistence.DatabaseKind;

/**
 * Coupons in SQL: the claim's statements (a member's holder row, a free coupon taken
 * without waiting for the rows other claims hold), redemption, and what members and
 * merchants list.
 */
@Repository
class CouponStore {

	private static final String SELECT = """
			SELECT p.*, c.title, c.kind, c.face_value, c.discount_percent, c.max_discount, c.threshold,
			  c.valid_from, c.valid_to, o.name AS outlet_name
			FROM coupon p JOIN coupon_campaign c ON c.id = p.campaign_id
			LEFT JOIN merchant_outlet o ON o.id = p.redeemed_outlet_id
			""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	CouponStore(JdbcClient jdbc, DatabaseKind database) {
		this.jdbc = jdbc;
		this.postgres = database.isPostgres();
	}

	/**
	 * Whether a claim's locked part may run in fewer statements: PostgreSQL's upsert that
	 * locks, and an update that takes a free row and counts it at once.
	 */
	boolean fewerStatements() {
		return postgres;
	}

	/**
	 * The member's holder row, made if need be and locked until the transaction ends,
	 * with how many they hold, in one statement (PostgreSQL).
	 */
	int holdHolder(long campaignId, long memberId) {
		return jdbc.sql("""
				INSERT INTO coupon_holder (campaign_id, member_id, claimed) VALUES (?, ?, 0)
				ON CONFLICT (campaign_id, member_id) DO UPDATE SET claimed = coupon_holder.claimed
				RETURNING claimed""").params(campaignId, memberId).query(Integer.class).single();
	}

	/**
	 * Takes a free coupon for the member and counts it on their holder row, in one
	 * statement (PostgreSQL): without waiting for rows other claims hold, or, when
	 * {@code wait}, waiting for them; empty when none was free.
	 */
	Optional<Free> claimFree(long campaignId, long memberId, String key, Instant at, boolean wait) {
		return jdbc.sql("""
				WITH c AS (
				  UPDATE coupon SET member_id = ?, claim_key = ?, claimed_at = ?
				  WHERE id = (SELECT id FROM coupon WHERE campaign_id = ? AND member_id IS NULL ORDER BY id LIMIT 1
				    FOR UPDATE %s)
				  RETURNING id, code),
				h AS (
				  UPDATE coupon_holder SET claimed = claimed + 1
				  WHERE campaign_id = ? AND member_id = ? AND EXISTS (SELECT 1 FROM c))
				SELECT id, code FROM c""".formatted(wait ? "" : "SKIP LOCKED"))
			.params(memberId, key, CampaignStore.utc(at), campaignId, campaignId, memberId)
			.query((rs, n) -> new Free(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/** Makes sure the member's holder row exists (a no-op when it does). */
	void ensureHolder(long campaignId, long memberId) {
		jdbc.sql("INSERT INTO coupon_holder (campaign_id, member_id, claimed) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(campaignId, memberId)
			.update();
	}

	/**
	 * How many the member holds, with their holder row locked until the transaction ends.
	 */
	int lockHolder(long campaignId, long memberId) {
		return jdbc.sql("SELECT claimed FROM coupon_holder WHERE campaign_id = ? AND member_id = ? FOR UPDATE")
			.params(campaignId, memberId)
			.query(Integer.class)
			.single();
	}

	void countClaim(long campaignId, long memberId) {
		jdbc.sql("UPDATE coupon_holder SET claimed = claimed + 1 WHERE campaign_id = ? AND member_id = ?")
			.params(campaignId, memberId)
			.update();
	}

	/** A free coupon's row: its id and code. */
	record Free(long id, String code) {
	}

	/**
	 * A free coupon of the campaign that no other claim holds, locked; empty when none is
	 * free right now.
	 */
	Optional<Free> takeFree(long campaignId) {
		return jdbc.sql("""
				SELECT id, code FROM coupon WHERE campaign_id = ? AND member_id IS NULL
				ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(campaignId)
			.query((rs, n) -> new Free(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * A free coupon, waiting for the claims that hold rows to finish: when none is free
	 * without waiting, a claim that failed may still give one back.
	 */
	Optional<Free> takeFreeWaiting(long campaignId) {
		return jdbc.sql(
				"SELECT id, code FROM coupon WHERE campaign_id = ? AND member_id IS NULL ORDER BY id LIMIT 1 FOR UPDATE")
			.param(campaignId)
			.query((rs, n) -> new Free(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Withdraws a campaign's free stock (waiting for claims that hold rows); how many
	 * rows went.
	 */
	int withdrawFree(long campaignId) {
		return jdbc.sql("DELETE FROM coupon WHERE campaign_id = ? AND member_id IS NULL").param(campaignId).update();
	}

	void assign(long couponId, long memberId, String key, Instant at) {
		jdbc.sql("UPDATE coupon SET member_id = ?, claim_key = ?, claimed_at = ? WHERE id = ? AND member_id IS NULL")
			.params(memberId, key, CampaignStore.utc(at), couponId)
			.update();
	}

	/** The coupon a member's earlier claim with this key got. */
	Optional<Coupon> byKey(long memberId, String key) {
		return jdbc.sql(SELECT + " WHERE p.member_id = ? AND p.claim_key = ?")
			.params(memberId, key)
			.query(CouponStore::row)
			.optional();
	}

	/**
	 * The members holding a coupon of a campaign, in ascending order (for a sold-out
	 * campaign, whose holders no longer change).
	 */
	long[] holdersOf(long campaignId) {
		return jdbc
			.sql("SELECT DISTINCT member_id FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL"
					+ " ORDER BY member_id")
			.param(campaignId)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	Optional<Coupon> byId(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(CouponStore::row).optional();
	}

	Optional<Coupon> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE p.code = ?").param(code).query(CouponStore::row).optional();
	}

	/** A claimed coupon by its code, locked for its redemption. */
	Optional<Long> lockClaimed(String code) {
		return jdbc.sql("SELECT id FROM coupon WHERE code = ? AND member_id IS NOT NULL FOR UPDATE")
			.param(code)
			.query(Long.class)
			.optional();
	}

	Optional<String> redeemKey(long couponId) {
		return jdbc.sql("SELECT redeem_key FROM coupon WHERE id = ?").param(couponId).query(String.class).optional();
	}

	boolean redeem(long couponId, long outletId, String by, String key, BigDecimal bill, BigDecimal reimbursed,
			Instant at) {
		return jdbc.sql("""
				UPDATE coupon SET redeemed_at = ?, redeemed_outlet_id = ?, redeemed_by = ?, redeem_key = ?,
				  bill_amount = ?, reimbursed_amount = ?
				WHERE id = ? AND redeemed_at IS NULL""")
			.params(CampaignStore.utc(at), outletId, by, key, bill, reimbursed, couponId)
			.update() == 1;
	}

	/** A member's coupons, the latest claimed first. */
	List<Coupon> ofMember(long memberId, int limit) {
		return jdbc.sql(SELECT + " WHERE p.member_id = ? ORDER BY p.claimed_at DESC, p.id DESC LIMIT " + limit)
			.param(memberId)
			.query(CouponStore::row)
			.list();
	}

	/** How many of a campaign a member holds. */
	int held(long campaignId, long memberId) {
		return jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id = ?")
			.params(campaignId, memberId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The coupons redeemed at a merchant's outlets from an instant on, the latest first.
	 */
	List<Coupon> redeemedAt(long merchantId, Instant from, int limit) {
		return jdbc.sql(SELECT + """
				WHERE p.redeemed_outlet_id IN (SELECT id FROM merchant_outlet WHERE merchant_id = ?)
				AND p.redeemed_at >= ? ORDER BY p.redeemed_at DESC LIMIT """ + " " + limit)
			.params(merchantId, CampaignStore.utc(from))
			.query(CouponStore::row)
			.list();
	}

	static Coupon row(ResultSet rs, int n) throws SQLException {
		long member = rs.getLong("member_id");
		Long memberId = rs.wasNull() ? null : member;
		long outlet = rs.getLong("redeemed_outlet_id");
		Long outletId = rs.wasNull() ? null : outlet;
		int percent = rs.getInt("discount_percent");
		Integer discountPercent = rs.wasNull() ? null : percent;
		return new Coupon(rs.getLong("id"), rs.getString("code"), rs.getLong("campaign_id"), rs.getString("title"),
				CouponKind.valueOf(rs.getString("kind")), rs.getBigDecimal("face_value"), discountPercent,
				rs.getBigDecimal("max_discount"), rs.getBigDecimal("threshold"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), memberId,
				CampaignStore.instant(rs, "claimed_at"), CampaignStore.instant(rs, "redeemed_at"), outletId,
				rs.getString("outlet_name"), rs.getBigDecimal("bill_amount"), rs.getBigDecimal("reimbursed_amount"));
	}

}
