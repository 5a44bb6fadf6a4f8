package cn.jiangxin.support;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.ActorPrincipal;

/**
 * A signed-in actor for MockMvc requests, standing in for the identity module's
 * principal.
 */
public record TestPrincipal(Actor actor) implements ActorPrincipal {

	@Override
	public String toString() {
		return actor.username();
	}

}
