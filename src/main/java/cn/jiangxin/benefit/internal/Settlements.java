package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.Zones;

/**
 * Settlement (结算): what the unions of a subtree owe their merchants for the coupons used
 * in a period, per merchant and per month, and one merchant's statement of every coupon
 * used at its outlets in a period with what is paid back for it. A union's admins see the
 * merchants of their reach; a merchant's clerks see their own statement only. Periods are
 * Beijing days, both ends included, a year at most.
 */
@Service
class Settlements {

	/** The longest period a settlement covers, in days. */
	static final int MAX_DAYS = 366;

	/** The most lines a merchant's statement holds. */
	static final int MAX_LINES = 100_000;

	private final JdbcClient jdbc;

	private final OrgScope scope;

	private final MerchantService merchants;

	Settlements(JdbcClient jdbc, OrgScope scope, MerchantService merchants) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.merchants = merchants;
	}

	/** A merchant's coupons used in the period: how many, the bills, what is owed. */
	record MerchantLine(long merchantId, String name, String creditCode, long used, BigDecimal bills,
			BigDecimal unionPays, BigDecimal merchantBears) {
	}

	/** A month's coupons used and what the unions owe for them. */
	record MonthLine(String month, long used, BigDecimal unionPays) {
	}

	/** A subtree's settlement for a period. */
	record Summary(long orgId, LocalDate from, LocalDate to, long used, BigDecimal unionPays, BigDecimal merchantBears,
			List<MerchantLine> merchants, List<MonthLine> months) {
	}

	/** One coupon used, as a statement lists it. */
	record Line(Instant redeemedAt, String campaign, String code, String outlet, BigDecimal bill, BigDecimal reimbursed,
			String payer) {
	}

	/** A merchant's statement for a period. */
	record Statement(long merchantId, long orgId, String merchant, String creditCode, String plan, LocalDate from,
			LocalDate to, long used, BigDecimal unionPays, BigDecimal merchantBears, List<Line> lines) {
	}

	/** The settlement of a subtree within the admin's reach for a period. */
	public Summary summary(Actor actor, long orgId, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		if (!actor.administers() || !scope.covers(actor, orgId)) {
			throw BusinessRuleException.invalid("orgId", "benefit.campaign.orgUnknown", orgId);
		}
		SqlFilter subtree = scope.subtree(orgId, "c.org_id");
		List<Object> params = new ArrayList<>(period(from, to));
		params.addAll(subtree.params());
		List<MerchantLine> lines = jdbc.sql("""
				SELECT m.id, m.name, m.credit_code, COUNT(*) AS used, COALESCE(SUM(p.bill_amount), 0) AS bills,
				  COALESCE(SUM(CASE WHEN c.payer = 'UNION' THEN p.reimbursed_amount END), 0) AS union_pays,
				  COALESCE(SUM(CASE WHEN c.payer = 'MERCHANT' THEN p.reimbursed_amount END), 0) AS merchant_bears
				FROM coupon p JOIN coupon_campaign c ON c.id = p.campaign_id
				JOIN merchant_outlet o ON o.id = p.redeemed_outlet_id JOIN merchant m ON m.id = o.merchant_id
				WHERE p.redeemed_at >= ? AND p.redeemed_at < ? AND """ + " " + subtree.sql() + """
				GROUP BY m.id, m.name, m.credit_code ORDER BY union_pays DESC, m.name""")
			.params(params)
			.query((rs, n) -> new MerchantLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, BigDecimal> sums = new TreeMap<>();
		jdbc.sql("""
				SELECT d, COUNT(*), COALESCE(SUM(u), 0) FROM (
				  SELECT CAST(p.redeemed_at AT TIME ZONE 'Asia/Shanghai' AS DATE) AS d,
				    CASE WHEN c.payer = 'UNION' THEN p.reimbursed_amount END AS u
				  FROM coupon p JOIN coupon_campaign c ON c.id = p.campaign_id
				  WHERE p.redeemed_at >= ? AND p.redeemed_at < ? AND """ + " " + subtree.sql() + """
				) x GROUP BY d ORDER BY d""").params(params).query((ResultSet rs) -> {
			String month = YearMonth.from(rs.getObject(1, LocalDate.class)).toString();
			counts.computeIfAbsent(month, k -> new long[1])[0] += rs.getLong(2);
			sums.merge(month, rs.getBigDecimal(3), BigDecimal::add);
		});
		List<MonthLine> months = counts.entrySet()
			.stream()
			.map(e -> new MonthLine(e.getKey(), e.getValue()[0], sums.get(e.getKey())))
			.toList();
		return new Summary(orgId, from, to, lines.stream().mapToLong(MerchantLine::used).sum(),
				lines.stream().map(MerchantLine::unionPays).reduce(BigDecimal.ZERO, BigDecimal::add),
				lines.stream().map(MerchantLine::merchantBears).reduce(BigDecimal.ZERO, BigDecimal::add), lines,
				months);
	}

	/**
	 * A merchant's statement for a period: every coupon used at its outlets, of any
	 * union's campaign, for its plan's admins or its own clerks.
	 */
	public Statement statement(Actor actor, long merchantId, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		Merchant merchant = merchants.merchant(actor, merchantId);
		List<Line> lines = jdbc.sql("""
				SELECT p.redeemed_at, c.title, p.code, o.name AS outlet, p.bill_amount, p.reimbursed_amount, c.payer
				FROM coupon p JOIN coupon_campaign c ON c.id = p.campaign_id
				JOIN merchant_outlet o ON o.id = p.redeemed_outlet_id
				WHERE o.merchant_id = ? AND p.redeemed_at >= ? AND p.redeemed_at < ?
				ORDER BY p.redeemed_at, p.id LIMIT """ + " " + MAX_LINES)
			.params(merchantId, period(from, to).get(0), period(from, to).get(1))
			.query(Settlements::line)
			.list();
		BigDecimal unionPays = lines.stream()
			.filter(l -> "UNION".equals(l.payer()))
			.map(Line::reimbursed)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal merchantBears = lines.stream()
			.filter(l -> "MERCHANT".equals(l.payer()))
			.map(Line::reimbursed)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Statement(merchant.id(), merchant.orgId(), merchant.name(), merchant.creditCode(),
				merchant.orgName(), from, to, lines.size(), unionPays, merchantBears, lines);
	}

	private static Line line(ResultSet rs, int n) throws SQLException {
		return new Line(CampaignStore.instant(rs, "redeemed_at"), rs.getString("title"), rs.getString("code"),
				rs.getString("outlet"), rs.getBigDecimal("bill_amount"), rs.getBigDecimal("reimbursed_amount"),
				rs.getString("payer"));
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw BusinessRuleException.invalid("to", "benefit.settlement.order");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw BusinessRuleException.invalid("to", "benefit.settlement.tooLong", MAX_DAYS);
		}
	}

	/** The instants a period of Beijing days starts and ends (the end excluded). */
	static List<Object> period(LocalDate from, LocalDate to) {
		return List.of(CampaignStore.utc(from.atStartOfDay(Zones.BEIJING).toInstant()),
				CampaignStore.utc(to.plusDays(1).atStartOfDay(Zones.BEIJING).toInstant()));
	}

}
