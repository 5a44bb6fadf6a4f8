package cn.jiangxin.shared;

/**
 * Thrown when the actor reaches for something outside their org subtree or assignment;
 * shown as 403.
 */
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String what) {
		super("out of scope: " + what);
	}

}
