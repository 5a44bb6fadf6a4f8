package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.benefit.BenefitApi;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.Zones;

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
		Object[] params = new Object[2 + subtree.params().size()];
		params[0] = CampaignStore.utc(from.atStartOfDay(Zones.BEIJING).toInstant());
		params[1] = CampaignStore.utc(to.plusDays(1).atStartOfDay(Zones.BEIJING).toInstant());
		for (int i = 0; i < subtree.params().size(); i++) {
			params[2 + i] = subtree.params().get(i);
		}
		return params;
	}

}
