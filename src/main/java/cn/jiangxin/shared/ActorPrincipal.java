package cn.jiangxin.shared;

/**
 * Implemented by the security principal so that modules can read the actor without
 * knowing how they signed in.
 */
public interface ActorPrincipal {

	Actor actor();

}
