package cn.jiangxin.portal;

import static cn.jiangxin.support.ScopeProbes.Probe.get;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;

import cn.jiangxin.support.ScopeProbes;

/**
 * The home page in the scope walk.
 */
@TestComponent
@Order(90)
class PortalScopeProbes implements ScopeProbes {

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(get("/", i -> "/", Outsider.OWN));
		return probes;
	}

}
