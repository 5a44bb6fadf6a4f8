package cn.jiangxin.judging.internal.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.Timings;
import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Assigned;

/**
 * Assigning 5 judges to each of 2,000 entries from a pool of 200, a tenth of the pairs conflicted, 8
 * tags with one to an entry and two to a judge: solve time, the spread of loads, conflicted pairs
 * assigned and the share of assignments that match a tag.
 */
public final class JudgingAssignmentBench {

	static final int ENTRIES = 2_000;

	static final int JUDGES = 200;

	static final int PER_ENTRY = 5;

	static final int TAGS = 8;

	private JudgingAssignmentBench() {
	}

	public static void run() {
		AssignmentRequest request = round(new Random(20_260_401L));
		Assigned[] last = new Assigned[1];
		Timings timings = Timings.measure(2, 5, i -> last[0] = (Assigned) JudgeAssignment.solve(request));
		Assigned assigned = last[0];
		IntSummaryStatistics loads = assigned.loadByJudge()
			.values()
			.stream()
			.mapToInt(Integer::intValue)
			.summaryStatistics();
		Bench.result("assignment_entries", ENTRIES, "entries");
		Bench.result("assignment_judges", JUDGES, "judges");
		Bench.result("assignment_solve_p50", timings.percentileMillis(50), "ms");
		Bench.result("assignment_solve_max", timings.percentileMillis(100), "ms");
		Bench.result("assignment_load_min", loads.getMin(), "assignments");
		Bench.result("assignment_load_max", loads.getMax(), "assignments");
		Bench.result("assignment_conflicted_pairs_assigned", conflictedPairs(request, assigned), "pairs");
		Bench.result("assignment_tag_match_share", 100.0 * assigned.tagMatches() / (ENTRIES * PER_ENTRY), "%");
		long started = System.nanoTime();
		Assigned full = (Assigned) JudgeAssignment.solve(request, Integer.MAX_VALUE);
		Bench.result("assignment_full_network_baseline", (System.nanoTime() - started) / 1e6, "ms");
		Bench.result("assignment_full_network_tag_matches_equal", full.tagMatches() == assigned.tagMatches() ? 1 : 0,
				"bool");
	}

	static AssignmentRequest round(Random random) {
		List<Expert> judges = new ArrayList<>();
		for (long id = 1; id <= JUDGES; id++) {
			int first = random.nextInt(TAGS);
			int second = (first + 1 + random.nextInt(TAGS - 1)) % TAGS;
			judges.add(new Expert(id, Set.of("tag" + first, "tag" + second)));
		}
		List<Candidate> entries = new ArrayList<>();
		for (long id = 1; id <= ENTRIES; id++) {
			Set<Long> conflicted = new HashSet<>();
			for (long judgeId = 1; judgeId <= JUDGES; judgeId++) {
				if (random.nextInt(10) == 0) {
					conflicted.add(judgeId);
				}
			}
			entries.add(new Candidate(10_000 + id, Set.of("tag" + random.nextInt(TAGS)), conflicted));
		}
		return AssignmentRequest.balanced(entries, judges, PER_ENTRY);
	}

	static long conflictedPairs(AssignmentRequest request, Assigned assigned) {
		long pairs = 0;
		for (Candidate entry : request.entries()) {
			for (Long judgeId : assigned.judgesByEntry().get(entry.entryId())) {
				if (entry.conflictedJudges().contains(judgeId)) {
					pairs++;
				}
			}
		}
		return pairs;
	}

}
