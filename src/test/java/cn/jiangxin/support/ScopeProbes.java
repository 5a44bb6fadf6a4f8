package cn.jiangxin.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.http.HttpMethod;

/**
 * One module's part of the scope walk ({@code cn.jiangxin.ScopeWalkTests}): its
 * endpoints, each with a request into 北京市金融工会's subtree and what the 经开区 admin must meet
 * there; its writes probed with ids out of reach in their body, or why they need none;
 * the parts its uploads take; the endpoints anyone may call; and the records its requests
 * aim at, in the finance subtree and in the 经开区 admin's own. A module's tests implement
 * it in the module's test package as a {@code @TestComponent}, ordered ({@code @Order})
 * after the modules whose records it builds on; the walk collects every one and fails on
 * any endpoint that none probes.
 */
public interface ScopeProbes {

	/** The module's endpoints, each with a sample request into the finance subtree. */
	List<Probe> probes();

	/**
	 * The module's writes that name records in their body or query, aimed in reach with
	 * an id out of reach.
	 */
	default List<BodyProbe> bodyProbes() {
		return List.of();
	}

	/**
	 * The module's writes that name no records in their body or query, or only records
	 * that may be anywhere; with why.
	 */
	default Map<String, String> noIdsInBody() {
		return Map.of();
	}

	/**
	 * The module's endpoints that take a file, with the name of the file's part: the
	 * probe's body is sent as the file.
	 */
	default Map<String, String> multipart() {
		return Map.of();
	}

	/** The module's endpoints anyone may call. */
	default Set<String> publicEndpoints() {
		return Set.of();
	}

	/**
	 * Makes or finds the module's records in the finance subtree that the probes aim at,
	 * and names them.
	 */
	default void outOfReach(Targets finance) {
	}

	/**
	 * Makes or finds the module's records in the 经开区 admin's own subtree that the body
	 * probes aim at.
	 */
	default void inReach(Targets jingkai) {
	}

	/** What an out-of-scope admin must meet at an endpoint. */
	enum Outsider {

		/** 403 or 404. */
		REFUSED,
		/** 200, but nothing of the other subtree appears in the answer. */
		FILTERED,
		/** The endpoint concerns only the caller or is public; nothing to reach into. */
		OWN,
		/** A member's or a judge's own page: every admin, in scope or not, is refused. */
		MEMBER_ONLY,
		/**
		 * Refused as bad input: a page shows its form again with the error (200), the API
		 * answers 400; for a unit's admin naming members outside their subtree, say,
		 * which may be a typo rather than a reach.
		 */
		REJECTED

	}

	/**
	 * Who sends a body probe: the 经开区 admin, the 经开区 judge of the fixture, or its 经开区
	 * member.
	 */
	enum Caller {

		ADMIN, JUDGE, MEMBER

	}

	/**
	 * An endpoint with a sample request into the finance subtree; for a filtered list,
	 * the text that must not show to an outsider (the bank union's name unless said
	 * otherwise).
	 */
	record Probe(HttpMethod method, String pattern, Function<Targets, String> url, String body, Outsider outsider,
			String secret) {

		public Probe(HttpMethod method, String pattern, Function<Targets, String> url, String body, Outsider outsider) {
			this(method, pattern, url, body, outsider, Demo.BANK);
		}

		public Probe hiding(String text) {
			return new Probe(method, pattern, url, body, outsider, text);
		}

		public String key() {
			return method + " " + pattern;
		}

		public static Probe get(String pattern, Function<Targets, String> url, Outsider outsider) {
			return new Probe(HttpMethod.GET, pattern, url, null, outsider);
		}

		public static Probe post(String pattern, Function<Targets, String> url, String body, Outsider outsider) {
			return new Probe(HttpMethod.POST, pattern, url, body, outsider);
		}

	}

	/**
	 * A write aimed by its path at a record the caller reaches (the first targets, the
	 * 经开区 admin's), with an id out of reach (the second, the finance subtree's) in its
	 * body or query, named by {@code field}. It must be refused (403 or 404; 400 naming
	 * the field, or the page's form showing the error on it; or a page action's failure
	 * message) and change nothing.
	 */
	record BodyProbe(HttpMethod method, String pattern, Caller caller, BiFunction<Targets, Targets, String> url,
			BiFunction<Targets, Targets, String> body, String field) {

		public String key() {
			return method + " " + pattern;
		}

		public static BodyProbe admin(HttpMethod method, String pattern, BiFunction<Targets, Targets, String> url,
				String field) {
			return new BodyProbe(method, pattern, Caller.ADMIN, url, null, field);
		}

		public static BodyProbe api(HttpMethod method, String pattern, BiFunction<Targets, Targets, String> url,
				BiFunction<Targets, Targets, String> body, String field) {
			return new BodyProbe(method, pattern, Caller.ADMIN, url, body, field);
		}

	}

}
