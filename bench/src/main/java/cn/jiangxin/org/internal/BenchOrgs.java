package cn.jiangxin.org.internal;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;

/** Unions for benchmarks of other modules, made through the org module's own service. */
public final class BenchOrgs {

	private BenchOrgs() {
	}

	/** A new union under {@code parent} (none for a root); its id. */
	public static long create(ConfigurableApplicationContext context, Long parent, String name, OrgLevel level) {
		return context.getBean(OrgService.class).create(Actor.system(), OrgDraft.of(parent, name, null, level));
	}

}
