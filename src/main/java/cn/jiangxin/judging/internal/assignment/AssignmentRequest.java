package cn.jiangxin.judging.internal.assignment;

import java.util.List;
import java.util.Objects;

/**
 * One round to assign: its entries, the judges of the pool, how many judges each entry
 * gets (K), and the bounds on how many entries a judge reviews. A null bound means
 * balanced: floor(N·K / J) for the minimum and ceil(N·K / J) for the maximum, moved no
 * further than the other bound when that one is given.
 */
record AssignmentRequest(List<Candidate> entries, List<Expert> judges, int perEntry, Integer minLoad, Integer maxLoad) {

	AssignmentRequest {
		entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
		judges = List.copyOf(Objects.requireNonNull(judges, "judges"));
		if (perEntry < 1) {
			throw new IllegalArgumentException("perEntry must be at least 1: " + perEntry);
		}
		if (minLoad != null && minLoad < 0 || maxLoad != null && maxLoad < 0) {
			throw new IllegalArgumentException("loads must not be negative: " + minLoad + ", " + maxLoad);
		}
	}

	/** A request with balanced loads. */
	static AssignmentRequest balanced(List<Candidate> entries, List<Expert> judges, int perEntry) {
		return new AssignmentRequest(entries, judges, perEntry, null, null);
	}

}
