package cn.jiangxin;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * Every module's scope probes, in module order, and the records they aim at: made once
 * per context, each module after those it builds on, in 北京市金融工会's subtree and in the 经开区
 * admin's own.
 */
@TestComponent
class ScopeTargets {

	private final List<ScopeProbes> modules;

	private Targets finance;

	private Targets jingkai;

	ScopeTargets(List<ScopeProbes> modules) {
		this.modules = modules;
	}

	List<ScopeProbes> modules() {
		return modules;
	}

	/** Records in the finance subtree, out of the 经开区 admin's reach. */
	synchronized Targets finance() {
		if (finance == null) {
			Targets targets = new Targets("finance");
			modules.forEach(module -> module.outOfReach(targets));
			finance = targets;
		}
		return finance;
	}

	/** Records of the 经开区 admin's own subtree, that writes aim at by their path. */
	synchronized Targets jingkai() {
		if (jingkai == null) {
			Targets targets = new Targets("jingkai");
			modules.forEach(module -> module.inReach(targets));
			jingkai = targets;
		}
		return jingkai;
	}

}
