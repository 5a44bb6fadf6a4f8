package cn.jiangxin.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records a scope walk aims at, by name: the ids, card numbers and certificate
 * numbers that each module's {@link ScopeProbes} put in for its own records, for its
 * probes and those of the modules that build on it.
 */
public final class Targets {

	private final String subtree;

	private final Map<String, Object> values = new LinkedHashMap<>();

	/** Targets in one subtree, named for messages ("finance", "jingkai"). */
	public Targets(String subtree) {
		this.subtree = subtree;
	}

	/** Names a record; each name is given once. */
	public Targets put(String name, Object value) {
		if (values.putIfAbsent(name, value) != null) {
			throw new IllegalStateException("The " + subtree + " target '" + name + "' is named twice");
		}
		return this;
	}

	public long id(String name) {
		return ((Number) get(name)).longValue();
	}

	public String text(String name) {
		return (String) get(name);
	}

	private Object get(String name) {
		Object value = values.get(name);
		if (value == null) {
			throw new IllegalStateException(
					"No " + subtree + " target named '" + name + "'; the modules' fixtures named " + values.keySet());
		}
		return value;
	}

}
