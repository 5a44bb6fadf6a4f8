package cn.jiangxin.judging.internal.assignment;

import java.util.Objects;
import java.util.Set;

/**
 * An entry of the round, with the tags of its track or topic and the judges it must never
 * get.
 */
record Candidate(long entryId, Set<String> tags, Set<Long> conflictedJudges) {

	Candidate {
		tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
		conflictedJudges = Set.copyOf(Objects.requireNonNull(conflictedJudges, "conflictedJudges"));
	}

}
