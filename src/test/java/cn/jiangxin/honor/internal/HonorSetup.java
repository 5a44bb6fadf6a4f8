package cn.jiangxin.honor.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.shared.Actor;

/**
 * Confers titles by decision for tests in other modules, through the honor module's
 * service.
 */
@Component
public class HonorSetup {

	private final HonorFacade honors;

	HonorSetup(HonorFacade honors) {
		this.honors = honors;
	}

	public long confer(Actor actor, HonorDraft draft) {
		return honors.confer(actor, draft);
	}

}
