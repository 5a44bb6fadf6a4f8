package cn.jiangxin.audit;

import static cn.jiangxin.support.ScopeProbes.Probe.get;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;

import cn.jiangxin.support.ScopeProbes;

/**
 * The audit trail's endpoints in the scope walk.
 */
@TestComponent
@Order(30)
class AuditScopeProbes implements ScopeProbes {

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(get("/audit", i -> "/audit?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(get("/api/v1/audit-events", i -> "/api/v1/audit-events?org=" + i.id("finance"), Outsider.REFUSED));
		return probes;
	}

}
