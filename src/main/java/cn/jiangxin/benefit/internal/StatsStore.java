package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A campaign's figures in SQL: issued, claimed, used, unclaimed and expired coupons, what
 * is owed to each merchant, and claims and uses per day (Beijing time).
 */
@Repository
class StatsStore {

	private final JdbcClient jdbc;

	StatsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A campaign's figures on a day. */
	record Stats(long issued, long claimed, long redeemed, long unclaimed, long expired, BigDecimal reimbursed,
			List<MerchantLine> merchants, List<DayLine> days) {

		/** The share of the stock claimed, in percent. */
		public long claimedPercent() {
			return issued == 0 ? 0 : Math.round(100.0 * claimed / issued);
		}

		/** The share of the claimed coupons used, in percent. */
		public long redeemedPercent() {
			return claimed == 0 ? 0 : Math.round(100.0 * redeemed / claimed);
		}

	}

	/**
	 * What a merchant's outlets redeemed of a campaign, and what the merchant is owed for
	 * it.
	 */
	record MerchantLine(long merchantId, String name, long redeemed, BigDecimal amount) {
	}

	/** Claims and uses on a day. */
	record DayLine(LocalDate day, long claimed, long redeemed) {
	}

	Stats of(Campaign campaign, LocalDate today) {
		long id = campaign.id();
		long issued = count("SELECT COUNT(*) FROM coupon WHERE campaign_id = ?", id);
		long claimed = count("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL", id);
		long redeemed = count("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND redeemed_at IS NOT NULL", id);
		long expired = today.isAfter(campaign.validTo()) ? claimed - redeemed : 0;
		BigDecimal reimbursed = jdbc.sql("SELECT COALESCE(SUM(reimbursed_amount), 0) FROM coupon WHERE campaign_id = ?")
			.param(id)
			.query(BigDecimal.class)
			.single();
		List<MerchantLine> merchants = jdbc
			.sql("""
					SELECT m.id, m.name, COUNT(*) AS used, SUM(p.reimbursed_amount) AS amount
					FROM coupon p JOIN merchant_outlet o ON o.id = p.redeemed_outlet_id JOIN merchant m ON m.id = o.merchant_id
					WHERE p.campaign_id = ? GROUP BY m.id, m.name ORDER BY used DESC, m.name""")
			.param(id)
			.query((rs, n) -> new MerchantLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
			.list();
		List<DayLine> days = jdbc.sql("""
				SELECT d, SUM(c), SUM(r) FROM (
				  SELECT CAST(claimed_at AT TIME ZONE 'Asia/Shanghai' AS DATE) AS d, 1 AS c, 0 AS r
				  FROM coupon WHERE campaign_id = ? AND claimed_at IS NOT NULL
				  UNION ALL
				  SELECT CAST(redeemed_at AT TIME ZONE 'Asia/Shanghai' AS DATE) AS d, 0 AS c, 1 AS r
				  FROM coupon WHERE campaign_id = ? AND redeemed_at IS NOT NULL) x
				GROUP BY d ORDER BY d""")
			.params(id, id)
			.query((rs, n) -> new DayLine(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
			.list();
		return new Stats(issued, claimed, redeemed, issued - claimed, expired, reimbursed, merchants, days);
	}

	/** Coupons claimed and lottery entries of a campaign. */
	long claimedOrEntered(long campaignId) {
		return count("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL", campaignId)
				+ count("SELECT COUNT(*) FROM lottery_entry WHERE campaign_id = ?", campaignId);
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

}
