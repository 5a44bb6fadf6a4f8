package cn.jiangxin.judging.internal.assignment;

import java.util.List;
import java.util.Map;

/**
 * What assigning a round gave: the judges of every entry, or why no assignment exists and
 * what to change.
 */
sealed interface AssignmentOutcome permits AssignmentOutcome.Assigned, AssignmentOutcome.Infeasible {

	/**
	 * The judges of every entry in the order of the pool, the load of every judge, how
	 * many of the assignments share a tag with the entry, and how long solving took.
	 */
	record Assigned(Map<Long, List<Long>> judgesByEntry, Map<Long, Integer> loadByJudge, int tagMatches,
			long millis) implements AssignmentOutcome {
	}

	/**
	 * Why the round cannot be assigned as asked, as message codes that say what to
	 * change.
	 */
	record Infeasible(List<Reason> reasons) implements AssignmentOutcome {

		public Infeasible {
			reasons = List.copyOf(reasons);
		}

		/** One message code and its arguments, in the order the message uses them. */
		record Reason(String code, List<Object> args) {

			public Reason {
				args = List.copyOf(args);
			}

			static Reason of(String code, Object... args) {
				return new Reason(code, List.of(args));
			}

		}

	}

}
