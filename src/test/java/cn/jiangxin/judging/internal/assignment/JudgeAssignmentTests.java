package cn.jiangxin.judging.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Assigned;
import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Infeasible;
import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Infeasible.Reason;

/**
 * Assignment by min-cost flow: K judges per entry within the load band, conflicts kept
 * apart, reasons when infeasible.
 */
class JudgeAssignmentTests {

	private static final long WELDER = 101;

	private static final long MACHINIST = 102;

	private static final long ELECTRICIAN = 103;

	@Test
	void givesEveryEntryTwoJudgesAvoidingTheConflictAndPreferringTheirTrade() {
		List<Candidate> entries = List.of(entry(1, "welding", WELDER), entry(2, "welding"), entry(3, "cnc"),
				entry(4, "cnc"));
		List<Expert> judges = List.of(judge(WELDER, "welding"), judge(MACHINIST, "cnc"),
				judge(ELECTRICIAN, "electrical"));

		Assigned assigned = assigned(AssignmentRequest.balanced(entries, judges, 2));

		assertThat(assigned.judgesByEntry()).containsOnlyKeys(1L, 2L, 3L, 4L);
		assertThat(assigned.judgesByEntry().get(1L)).containsExactly(MACHINIST, ELECTRICIAN);
		assertThat(assigned.judgesByEntry().get(2L)).contains(WELDER);
		assertThat(assigned.judgesByEntry().get(3L)).contains(MACHINIST);
		assertThat(assigned.judgesByEntry().get(4L)).contains(MACHINIST);
		assertThat(assigned.judgesByEntry().values())
			.allSatisfy(chosen -> assertThat(chosen).hasSize(2).doesNotHaveDuplicates());
		assertThat(assigned.loadByJudge().values()).allSatisfy(load -> assertThat(load).isBetween(2, 3));
		assertThat(assigned.loadByJudge().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
		assertThat(assigned.tagMatches()).isEqualTo(3);
	}

	@Test
	void randomRoundsAreAssignedWithoutConflictsBalancedAndAsWellMatchedAsTheFullNetworkAllows() {
		for (long seed = 1; seed <= 20; seed++) {
			Random random = new Random(seed);
			int perEntry = 3 + random.nextInt(3);
			AssignmentRequest request = randomRound(random, 200 + random.nextInt(200), 30 + random.nextInt(40),
					perEntry);
			int needed = request.entries().size() * perEntry;
			int judgeCount = request.judges().size();
			int balancedMin = needed / judgeCount;
			int balancedMax = (needed + judgeCount - 1) / judgeCount;

			Assigned assigned = assigned(JudgeAssignment.solve(request));

			Map<Long, Set<Long>> conflicts = new HashMap<>();
			request.entries().forEach(entry -> conflicts.put(entry.entryId(), entry.conflictedJudges()));
			assertThat(assigned.judgesByEntry()).hasSize(request.entries().size());
			assigned.judgesByEntry().forEach((entryId, chosen) -> {
				assertThat(chosen).hasSize(perEntry).doesNotHaveDuplicates();
				assertThat(chosen).noneMatch(conflicts.get(entryId)::contains);
			});
			assertThat(assigned.loadByJudge().values())
				.allSatisfy(load -> assertThat(load).isBetween(balancedMin, balancedMax));
			Assigned full = assigned(JudgeAssignment.solve(request, Integer.MAX_VALUE));
			Assigned smallestFirstNetwork = assigned(JudgeAssignment.solve(request, perEntry));
			assertThat(assigned.tagMatches()).as("seed %d", seed)
				.isEqualTo(full.tagMatches())
				.isEqualTo(smallestFirstNetwork.tagMatches());
			assertThat(assigned(JudgeAssignment.solve(request)).judgesByEntry()).isEqualTo(assigned.judgesByEntry());
		}
	}

	@Test
	void noEntriesIsSaidAlone() {
		assertThat(reasons(AssignmentRequest.balanced(List.of(), List.of(judge(1, "cnc")), 2)))
			.containsExactly(reason("judging.assign.noEntries"));
	}

	@Test
	void fewerJudgesThanEachEntryNeedsAsksForMoreJudges() {
		List<Candidate> entries = List.of(entry(1, "cnc"), entry(2, "cnc"));
		List<Expert> judges = List.of(judge(WELDER, "welding"), judge(MACHINIST, "cnc"));

		assertThat(reasons(AssignmentRequest.balanced(entries, judges, 3)))
			.containsExactly(reason("judging.assign.tooFewJudges", 2, 3));
	}

	@Test
	void anEntryWithTooFewJudgesFreeOfConflictsIsNamed() {
		List<Candidate> entries = List.of(entry(1, "welding", WELDER, MACHINIST), entry(2, "welding"), entry(3, "cnc"),
				entry(4, "cnc"));

		assertThat(reasons(AssignmentRequest.balanced(entries, threeJudges(), 2)))
			.containsExactly(reason("judging.assign.entryShort", 1L, 1, 2));
	}

	@Test
	void shortEntriesBeyondTwentyAreCounted() {
		List<Expert> judges = LongStream.rangeClosed(1, 6).mapToObj(id -> judge(id, "cnc")).toList();
		List<Candidate> entries = new ArrayList<>();
		for (long id = 1; id <= 30; id++) {
			entries.add(id <= 25 ? entry(id, "cnc", 1, 2, 3, 4, 5) : entry(id, "cnc"));
		}

		List<Reason> reasons = reasons(new AssignmentRequest(entries, judges, 2, 0, 60));

		assertThat(reasons).hasSize(21);
		assertThat(reasons.subList(0, 20)).allSatisfy(reason -> {
			assertThat(reason.code()).isEqualTo("judging.assign.entryShort");
			assertThat(reason.args()).endsWith(1, 2);
		});
		assertThat(reasons.get(0).args()).containsExactly(1L, 1, 2);
		assertThat(reasons.get(20)).isEqualTo(reason("judging.assign.entryShortMore", 5));
	}

	@Test
	void aMaximumLoadTooLowForTheRoundSuggestsTheBalancedOne() {
		assertThat(reasons(new AssignmentRequest(fourEntries(), threeJudges(), 2, null, 2)))
			.containsExactly(reason("judging.assign.capacityShort", 8, 6, 3));
	}

	@Test
	void aMinimumLoadTooHighForTheRoundSuggestsTheBalancedOne() {
		assertThat(reasons(new AssignmentRequest(fourEntries(), threeJudges(), 2, 3, null)))
			.containsExactly(reason("judging.assign.minTooHigh", 9, 8, 2));
	}

	@Test
	void aMinimumAboveTheMaximumIsSaidWithWhatEachBoundMisses() {
		assertThat(reasons(new AssignmentRequest(fourEntries(), threeJudges(), 2, 3, 2))).containsExactly(
				reason("judging.assign.minAboveMax", 3, 2), reason("judging.assign.capacityShort", 8, 6, 3),
				reason("judging.assign.minTooHigh", 9, 8, 2));
	}

	@Test
	void aJudgeEligibleForFewerEntriesThanTheMinimumIsNamed() {
		List<Candidate> entries = List.of(entry(1, "welding", ELECTRICIAN), entry(2, "welding", ELECTRICIAN),
				entry(3, "cnc", ELECTRICIAN), entry(4, "cnc"));

		assertThat(reasons(AssignmentRequest.balanced(entries, threeJudges(), 2)))
			.containsExactly(reason("judging.assign.judgeUnderloaded", ELECTRICIAN, 1, 2));
	}

	@Test
	void twoEntriesLeftWithTheSameSingleJudgeAreUnsolvable() {
		List<Expert> judges = LongStream.rangeClosed(1, 4).mapToObj(id -> judge(id, "cnc")).toList();
		List<Candidate> entries = List.of(entry(1, "cnc", 2, 3, 4), entry(2, "cnc", 2, 3, 4), entry(3, "cnc"),
				entry(4, "cnc"));

		assertThat(reasons(AssignmentRequest.balanced(entries, judges, 1)))
			.containsExactly(reason("judging.assign.unsolvable"));
	}

	@Test
	void concentratedConflictsInALargeRoundAreUnsolvable() {
		List<Expert> judges = LongStream.rangeClosed(1, 50).mapToObj(id -> judge(id, "cnc")).toList();
		long[] allButTwo = LongStream.rangeClosed(3, 50).toArray();
		List<Candidate> entries = new ArrayList<>();
		for (long id = 1; id <= 100; id++) {
			entries.add(id <= 5 ? entry(id, "cnc", allButTwo) : entry(id, "cnc"));
		}

		assertThat(reasons(AssignmentRequest.balanced(entries, judges, 2)))
			.containsExactly(reason("judging.assign.unsolvable"));
	}

	private static AssignmentRequest randomRound(Random random, int entryCount, int judgeCount, int perEntry) {
		List<Expert> judges = new ArrayList<>();
		for (long id = 1; id <= judgeCount; id++) {
			int first = random.nextInt(8);
			judges.add(judge(id, "tag" + first, "tag" + (first + 1 + random.nextInt(7)) % 8));
		}
		List<Candidate> entries = new ArrayList<>();
		for (long id = 1; id <= entryCount; id++) {
			Set<Long> conflicted = new HashSet<>();
			IntStream.rangeClosed(1, judgeCount)
				.filter(j -> random.nextInt(10) == 0)
				.forEach(j -> conflicted.add((long) j));
			entries.add(new Candidate(1000 + id, Set.of("tag" + random.nextInt(8)), conflicted));
		}
		return AssignmentRequest.balanced(entries, judges, perEntry);
	}

	private static List<Candidate> fourEntries() {
		return List.of(entry(1, "welding"), entry(2, "welding"), entry(3, "cnc"), entry(4, "cnc"));
	}

	private static List<Expert> threeJudges() {
		return List.of(judge(WELDER, "welding"), judge(MACHINIST, "cnc"), judge(ELECTRICIAN, "electrical"));
	}

	private static Candidate entry(long id, String tag, long... conflictedJudges) {
		return new Candidate(id, Set.of(tag), LongStream.of(conflictedJudges).boxed().collect(Collectors.toSet()));
	}

	private static Expert judge(long id, String... tags) {
		return new Expert(id, Set.of(tags));
	}

	private static Reason reason(String code, Object... args) {
		return new Reason(code, List.of(args));
	}

	private static Assigned assigned(AssignmentRequest request) {
		return assigned(JudgeAssignment.solve(request));
	}

	private static Assigned assigned(AssignmentOutcome outcome) {
		assertThat(outcome).isInstanceOf(Assigned.class);
		return (Assigned) outcome;
	}

	private static List<Reason> reasons(AssignmentRequest request) {
		AssignmentOutcome outcome = JudgeAssignment.solve(request);
		assertThat(outcome).isInstanceOf(Infeasible.class);
		return ((Infeasible) outcome).reasons();
	}

}
