package cn.jiangxin.judging.internal.assignment;

import java.util.Objects;
import java.util.Set;

/** A judge of the pool with the tags of their expertise. */
record Expert(long judgeId, Set<String> tags) {

	Expert {
		tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
	}

}
