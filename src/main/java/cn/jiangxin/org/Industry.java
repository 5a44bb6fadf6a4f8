package cn.jiangxin.org;

/**
 * The sections (门类) of the national industry classification GB/T 4754-2017, by their
 * letter.
 */
public enum Industry {

	A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

	public String messageKey() {
		return "industry." + name();
	}

}
