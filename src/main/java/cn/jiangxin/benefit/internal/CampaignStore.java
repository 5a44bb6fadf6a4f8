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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CampaignStatus;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Coupon campaigns, the outlets that accept them, and their stock, in SQL. */
@Repository
class CampaignStore {

	/** Rows of stock written per batch when a campaign is published. */
	static final int STOCK_BATCH = 2_000;

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	CampaignStore(JdbcClient jdbc, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(CampaignDrafts.CampaignDraft d, Instant opens, Instant closes, String by, Instant at) {
		String types = d.types().isEmpty() ? null : d.types().stream().map(Enum::name).collect(Collectors.joining(","));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO coupon_campaign (org_id, title, kind, face_value, discount_percent, max_discount, threshold,
				  stock, per_member, employment_types, required_tag, allocation, claim_opens_at, claim_closes_at,
				  valid_from, valid_to, payer, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
			.params(d.orgId(), d.title().strip(), d.kind().name(), d.kind() == CouponKind.CASH ? d.faceValue() : null,
					d.kind() == CouponKind.DISCOUNT ? d.discountPercent() : null,
					d.kind() == CouponKind.DISCOUNT ? d.maxDiscount() : null, d.threshold(), d.stock(), d.perMember(),
					types, Texts.blankToNull(d.requiredTag()), d.allocation().name(), utc(opens), utc(closes),
					d.validFrom(), d.validTo(), d.payer().name(), by, utc(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	void insertOutlets(long campaignId, Collection<Merchant.Outlet> outlets) {
		for (Merchant.Outlet outlet : outlets) {
			jdbc.sql("INSERT INTO campaign_outlet (campaign_id, outlet_id, merchant_id) VALUES (?, ?, ?)")
				.params(campaignId, outlet.id(), outlet.merchantId())
				.update();
		}
	}

	Optional<Campaign> find(long id) {
		return named(jdbc.sql("SELECT * FROM coupon_campaign WHERE id = ?").param(id).query(CampaignStore::row).list())
			.stream()
			.findFirst();
	}

	/** A campaign's row under a lock, for a change of its state. */
	Optional<Campaign> lock(long id) {
		return jdbc.sql("SELECT * FROM coupon_campaign WHERE id = ? FOR UPDATE")
			.param(id)
			.query(CampaignStore::row)
			.optional();
	}

	List<Campaign> list(SqlFilter filter, int limit) {
		return named(jdbc
			.sql("SELECT * FROM coupon_campaign WHERE " + filter.sql() + " ORDER BY claim_opens_at DESC, id DESC LIMIT "
					+ limit)
			.params(filter.params())
			.query(CampaignStore::row)
			.list());
	}

	/** The published campaigns whose coupons are still claimable or usable on a day. */
	List<Campaign> live(LocalDate today) {
		return named(jdbc.sql("""
				SELECT * FROM coupon_campaign WHERE status = 'PUBLISHED' AND valid_to >= ?
				ORDER BY claim_opens_at DESC, id DESC""").param(today).query(CampaignStore::row).list());
	}

	/** The outlets that accept a campaign's coupons. */
	List<Long> outletIds(long campaignId) {
		return jdbc.sql("SELECT outlet_id FROM campaign_outlet WHERE campaign_id = ? ORDER BY outlet_id")
			.param(campaignId)
			.query(Long.class)
			.list();
	}

	boolean accepts(long campaignId, long outletId) {
		return jdbc.sql("SELECT COUNT(*) FROM campaign_outlet WHERE campaign_id = ? AND outlet_id = ?")
			.params(campaignId, outletId)
			.query(Long.class)
			.single() > 0;
	}

	/** The campaigns a merchant's outlets accept. */
	List<Long> campaignsOf(long merchantId) {
		return jdbc.sql("SELECT DISTINCT campaign_id FROM campaign_outlet WHERE merchant_id = ? ORDER BY campaign_id")
			.param(merchantId)
			.query(Long.class)
			.list();
	}

	boolean publish(long id, String seed, String seedHash, Instant at) {
		return jdbc.sql("""
				UPDATE coupon_campaign SET status = 'PUBLISHED', published_at = ?, seed = ?, seed_hash = ?
				WHERE id = ? AND status = 'DRAFT'""").params(utc(at), seed, seedHash, id).update() == 1;
	}

	/** Lays down a campaign's stock: one row per coupon, each with a fresh code. */
	void layStock(long campaignId, int stock) {
		List<Object[]> batch = new ArrayList<>(STOCK_BATCH);
		for (int i = 0; i < stock; i++) {
			batch.add(new Object[] { campaignId, CouponCodes.next() });
			if (batch.size() == STOCK_BATCH || i == stock - 1) {
				insertBatch(batch);
				batch.clear();
			}
		}
	}

	private void insertBatch(List<Object[]> rows) {
		StringBuilder sql = new StringBuilder("INSERT INTO coupon (campaign_id, code) VALUES ");
		List<Object> params = new ArrayList<>(rows.size() * 2);
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
			params.addAll(Arrays.asList(rows.get(i)));
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	boolean close(long id, Instant at) {
		return jdbc
			.sql("UPDATE coupon_campaign SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'PUBLISHED'")
			.params(utc(at), id)
			.update() == 1;
	}

	boolean cancel(long id, Instant at) {
		return jdbc.sql("""
				UPDATE coupon_campaign SET status = 'CANCELLED', closed_at = ?
				WHERE id = ? AND status IN ('DRAFT', 'PUBLISHED')""").params(utc(at), id).update() == 1;
	}

	void drawn(long id, Instant at) {
		jdbc.sql("UPDATE coupon_campaign SET drawn_at = ? WHERE id = ?").params(utc(at), id).update();
	}

	long count(SqlFilter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM coupon_campaign WHERE status = 'PUBLISHED' AND " + filter.sql())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	private List<Campaign> named(List<Campaign> campaigns) {
		if (campaigns.isEmpty()) {
			return campaigns;
		}
		Map<Long, String> names = orgNames.names(campaigns.stream().map(Campaign::orgId).collect(Collectors.toSet()));
		return campaigns.stream()
			.map(c -> new Campaign(c.id(), c.orgId(), names.get(c.orgId()), c.title(), c.kind(), c.faceValue(),
					c.discountPercent(), c.maxDiscount(), c.threshold(), c.stock(), c.perMember(), c.employmentTypes(),
					c.requiredTag(), c.allocation(), c.claimOpensAt(), c.claimClosesAt(), c.validFrom(), c.validTo(),
					c.payer(), c.status(), c.publishedAt(), c.closedAt(), c.seedHash(), c.seed(), c.drawnAt(),
					c.createdBy()))
			.toList();
	}

	static Campaign row(ResultSet rs, int n) throws SQLException {
		String types = rs.getString("employment_types");
		int percent = rs.getInt("discount_percent");
		Integer discountPercent = rs.wasNull() ? null : percent;
		return new Campaign(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("title"),
				CouponKind.valueOf(rs.getString("kind")), rs.getBigDecimal("face_value"), discountPercent,
				rs.getBigDecimal("max_discount"), rs.getBigDecimal("threshold"), rs.getInt("stock"),
				rs.getInt("per_member"),
				types == null ? List.of() : Arrays.stream(types.split(",")).map(EmploymentType::valueOf).toList(),
				rs.getString("required_tag"), Allocation.valueOf(rs.getString("allocation")),
				instant(rs, "claim_opens_at"), instant(rs, "claim_closes_at"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				Campaign.Payer.valueOf(rs.getString("payer")), CampaignStatus.valueOf(rs.getString("status")),
				instant(rs, "published_at"), instant(rs, "closed_at"), rs.getString("seed_hash"), rs.getString("seed"),
				instant(rs, "drawn_at"), rs.getString("created_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
