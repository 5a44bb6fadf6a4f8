package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.benefit.BenefitApi;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** The one implementation of {@link BenefitApi}. */
@Component
class BenefitFacade implements BenefitApi {

	private final JdbcClient jdbc;

	private final OrgScope scope;

	BenefitFacade(JdbcClient jdbc, OrgScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	@Override
	public BigDecimal subsidy(long orgId, LocalDate from, LocalDate to) {
		SqlFilter subtree = scope.subtree(orgId, "c.org_id");
		return jdbc
			.sql("""
					SELECT COALESCE(SUM(p.reimbursed_amount), 0) FROM coupon p JOIN coupon_campaign c ON c.id = p.campaign_id
					WHERE c.payer = 'UNION' AND p.redeemed_at >= ? AND p.redeemed_at < ? AND """
					+ " " + subtree.sql())
			.params(params(from, to, subtree))
			.query(BigDecimal.class)
			.single();
	}

	private static Object[] params(LocalDate from, LocalDate to, SqlFilter subtree) {
		List<Object> params = new ArrayList<>(Settlements.period(from, to));
		params.addAll(subtree.params());
		return params.toArray();
	}

}
