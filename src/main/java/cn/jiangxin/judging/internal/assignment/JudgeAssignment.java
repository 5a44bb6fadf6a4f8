package cn.jiangxin.judging.internal.assignment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DirectedWeightedMultigraph;

import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Assigned;
import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Infeasible;
import cn.jiangxin.judging.internal.assignment.AssignmentOutcome.Infeasible.Reason;

/**
 * Assigns the judges of a round to its entries as a minimum-cost flow, the model of
 * HotCRP and OpenReview: every entry supplies K units; an arc of capacity 1 runs from
 * each entry to each judge it has no conflict with, costing 0 when the judge shares a tag
 * with the entry and 1 otherwise; every judge has an arc to the sink bounded below by the
 * minimum load and above by the maximum; the sink demands N·K. A minimum-cost flow gives
 * every entry K distinct judges free of conflicts, keeps every load within its bounds
 * and, among all such assignments, has the most that share a tag.
 * <p>
 * Before solving, counting checks explain the shortfalls that are plain from the numbers;
 * the flow is solved only when none applies. A large round is first solved on a reduced
 * network, a few dozen of the best-matched judges to an entry, and the potentials of that
 * flow then price every left-out pair: the pairs they price below zero join and the flow
 * is solved again, until none is left, so the result is optimal over all eligible pairs.
 * A reduced network without a flow gives way to the full one.
 */
final class JudgeAssignment {

	static final int SHORT_ENTRIES_LISTED = 20;

	private static final double TAG_MATCH = 0;

	private static final double NO_TAG_MATCH = 1;

	private static final int FIRST_ARCS_MIN = 24;

	private static final int FIRST_ARCS_PER_SLOT = 6;

	private static final int FIRST_ARCS_PER_LOAD = 2;

	private static final double PRICE_TOLERANCE = 1e-9;

	private JudgeAssignment() {
	}

	static AssignmentOutcome solve(AssignmentRequest request) {
		return solve(request, Math.max(FIRST_ARCS_MIN, FIRST_ARCS_PER_SLOT * request.perEntry()));
	}

	/**
	 * Solves with at most {@code firstArcs} arcs from each entry in the first, reduced
	 * network.
	 */
	static AssignmentOutcome solve(AssignmentRequest request, int firstArcs) {
		long start = System.nanoTime();
		List<Candidate> entries = request.entries();
		List<Expert> judges = request.judges();
		int perEntry = request.perEntry();
		if (entries.isEmpty()) {
			return new Infeasible(List.of(Reason.of("judging.assign.noEntries")));
		}
		Map<Long, Integer> judgeIndex = indexJudges(judges);
		Pool pool = Pool.of(entries, judges, judgeIndex);
		int entryCount = entries.size();
		int judgeCount = judges.size();
		int needed = Math.toIntExact((long) entryCount * perEntry);
		int balancedMin = judgeCount == 0 ? 0 : needed / judgeCount;
		int balancedMax = judgeCount == 0 ? 0 : (needed + judgeCount - 1) / judgeCount;
		int minLoad = request.minLoad() != null ? request.minLoad()
				: request.maxLoad() != null ? Math.min(balancedMin, request.maxLoad()) : balancedMin;
		int maxLoad = request.maxLoad() != null ? request.maxLoad() : Math.max(balancedMax, minLoad);

		List<Reason> reasons = new ArrayList<>();
		boolean tooFewJudges = judgeCount < perEntry;
		if (tooFewJudges) {
			reasons.add(Reason.of("judging.assign.tooFewJudges", judgeCount, perEntry));
		}
		if (judgeCount > 0) {
			if (minLoad > maxLoad) {
				reasons.add(Reason.of("judging.assign.minAboveMax", minLoad, maxLoad));
			}
			if ((long) judgeCount * maxLoad < needed) {
				reasons.add(Reason.of("judging.assign.capacityShort", needed, judgeCount * maxLoad, balancedMax));
			}
			if ((long) judgeCount * minLoad > needed) {
				reasons.add(Reason.of("judging.assign.minTooHigh",
						(int) Math.min(Integer.MAX_VALUE, (long) judgeCount * minLoad), needed, balancedMin));
			}
		}
		if (!tooFewJudges) {
			int shortEntries = 0;
			for (int e = 0; e < entryCount; e++) {
				int eligible = pool.eligibleJudges(e);
				if (eligible < perEntry) {
					if (++shortEntries <= SHORT_ENTRIES_LISTED) {
						reasons
							.add(Reason.of("judging.assign.entryShort", entries.get(e).entryId(), eligible, perEntry));
					}
				}
			}
			if (shortEntries > SHORT_ENTRIES_LISTED) {
				reasons.add(Reason.of("judging.assign.entryShortMore", shortEntries - SHORT_ENTRIES_LISTED));
			}
			for (int j = 0; j < judgeCount; j++) {
				int eligible = entryCount - pool.conflictsByJudge[j];
				if (eligible < minLoad) {
					reasons
						.add(Reason.of("judging.assign.judgeUnderloaded", judges.get(j).judgeId(), eligible, minLoad));
				}
			}
		}
		if (!reasons.isEmpty()) {
			return new Infeasible(reasons);
		}

		int[] assignedJudges = flow(pool, firstArcs, perEntry, minLoad, Math.min(maxLoad, needed), needed);
		if (assignedJudges == null) {
			return new Infeasible(List.of(Reason.of("judging.assign.unsolvable")));
		}
		Map<Long, List<Long>> judgesByEntry = new LinkedHashMap<>();
		int[] loads = new int[judgeCount];
		int tagMatches = 0;
		for (int e = 0; e < entryCount; e++) {
			List<Long> chosen = new ArrayList<>(perEntry);
			for (int slot = 0; slot < perEntry; slot++) {
				int j = assignedJudges[e * perEntry + slot];
				chosen.add(judges.get(j).judgeId());
				loads[j]++;
				if (pool.cost(e, j) == TAG_MATCH) {
					tagMatches++;
				}
			}
			judgesByEntry.put(entries.get(e).entryId(), Collections.unmodifiableList(chosen));
		}
		Map<Long, Integer> loadByJudge = new LinkedHashMap<>();
		for (int j = 0; j < judgeCount; j++) {
			loadByJudge.put(judges.get(j).judgeId(), loads[j]);
		}
		return new Assigned(Collections.unmodifiableMap(judgesByEntry), Collections.unmodifiableMap(loadByJudge),
				tagMatches, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The judges of every entry, K to an entry in the order of the pool, as indexes into
	 * the pool; null when no flow carries all N·K units. The first network has arcs only
	 * from each entry to its best-matched eligible judges; while the optimal potentials
	 * price a left-out arc below zero, those arcs join and the flow is solved again, so
	 * the result is optimal over every eligible pair. When the reduced network has no
	 * flow, the full one is solved.
	 */
	private static int[] flow(Pool pool, int firstArcs, int perEntry, int minLoad, int maxLoad, int needed) {
		BitSet[] arcs = firstArcs(pool, firstArcs, (int) Math.min(needed, (long) FIRST_ARCS_PER_LOAD * maxLoad));
		while (true) {
			boolean complete = pool.missingArcs(arcs) == 0;
			Solution solution = Network.of(pool, arcs).solve(perEntry, minLoad, maxLoad, needed);
			if (solution == null) {
				if (complete) {
					return null;
				}
				arcs = pool.eligibleArcs();
				continue;
			}
			if (complete || !addUnderpricedArcs(pool, arcs, solution.potentials())) {
				return solution.assigned();
			}
		}
	}

	/**
	 * The arcs of the first network: for each entry, up to {@code perEntryLimit} eligible
	 * judges; then, for each judge left with fewer than {@code perJudgeLimit}, more
	 * eligible entries. Either way tag matches come first and the others after, each
	 * taken from a start that rotates with the entry or judge, so that the arcs spread
	 * evenly across the pool.
	 */
	private static BitSet[] firstArcs(Pool pool, int perEntryLimit, int perJudgeLimit) {
		BitSet[] arcs = new BitSet[pool.entryCount];
		int[] arcsByJudge = new int[pool.judgeCount];
		for (int e = 0; e < pool.entryCount; e++) {
			arcs[e] = new BitSet(pool.judgeCount);
			int chosen = 0;
			int offset = (int) ((long) e * pool.judgeCount / pool.entryCount);
			for (int pass = 0; pass < 2; pass++) {
				double wanted = pass == 0 ? TAG_MATCH : NO_TAG_MATCH;
				for (int i = 0; i < pool.judgeCount && chosen < perEntryLimit; i++) {
					int j = (offset + i) % pool.judgeCount;
					if (pool.eligible(e, j) && pool.cost(e, j) == wanted) {
						arcs[e].set(j);
						arcsByJudge[j]++;
						chosen++;
					}
				}
			}
		}
		for (int j = 0; j < pool.judgeCount; j++) {
			int offset = (int) ((long) j * pool.entryCount / pool.judgeCount);
			for (int pass = 0; pass < 2; pass++) {
				double wanted = pass == 0 ? TAG_MATCH : NO_TAG_MATCH;
				for (int i = 0; i < pool.entryCount && arcsByJudge[j] < perJudgeLimit; i++) {
					int e = (offset + i) % pool.entryCount;
					if (pool.eligible(e, j) && !arcs[e].get(j) && pool.cost(e, j) == wanted) {
						arcs[e].set(j);
						arcsByJudge[j]++;
					}
				}
			}
		}
		return arcs;
	}

	/**
	 * Adds every left-out eligible arc whose reduced cost is negative; whether there was
	 * one.
	 */
	private static boolean addUnderpricedArcs(Pool pool, BitSet[] arcs, double[] potentials) {
		boolean added = false;
		for (int e = 0; e < pool.entryCount; e++) {
			for (int j = 0; j < pool.judgeCount; j++) {
				if (pool.eligible(e, j) && !arcs[e].get(j)
						&& pool.cost(e, j) + potentials[pool.entryCount + j] - potentials[e] < -PRICE_TOLERANCE) {
					arcs[e].set(j);
					added = true;
				}
			}
		}
		return added;
	}

	private static Map<Long, Integer> indexJudges(List<Expert> judges) {
		Map<Long, Integer> index = new HashMap<>();
		for (int j = 0; j < judges.size(); j++) {
			if (index.put(judges.get(j).judgeId(), j) != null) {
				throw new IllegalArgumentException("judge listed twice: " + judges.get(j).judgeId());
			}
		}
		return index;
	}

	/**
	 * One flow network over the chosen arcs, its vertices the entries, then the judges,
	 * then the sink.
	 */
	private static final class Network {

		private final Graph<Integer, Integer> graph;

		private final int entryCount;

		private final int sink;

		private final int[] arcEntry;

		private final int[] arcJudge;

		private Network(Graph<Integer, Integer> graph, int entryCount, int sink, int[] arcEntry, int[] arcJudge) {
			this.graph = graph;
			this.entryCount = entryCount;
			this.sink = sink;
			this.arcEntry = arcEntry;
			this.arcJudge = arcJudge;
		}

		static Network of(Pool pool, BitSet[] arcs) {
			int sink = pool.entryCount + pool.judgeCount;
			int arcCount = 0;
			for (BitSet chosen : arcs) {
				arcCount += chosen.cardinality();
			}
			int[] arcEntry = new int[arcCount];
			int[] arcJudge = new int[arcCount];
			Graph<Integer, Integer> graph = new DirectedWeightedMultigraph<>(null, null);
			for (int v = 0; v <= sink; v++) {
				graph.addVertex(v);
			}
			int arc = 0;
			for (int e = 0; e < pool.entryCount; e++) {
				for (int j = arcs[e].nextSetBit(0); j >= 0; j = arcs[e].nextSetBit(j + 1)) {
					graph.addEdge(e, pool.entryCount + j, arc);
					graph.setEdgeWeight(arc, pool.cost(e, j));
					arcEntry[arc] = e;
					arcJudge[arc] = j;
					arc++;
				}
			}
			for (int j = 0; j < pool.judgeCount; j++) {
				graph.addEdge(pool.entryCount + j, sink, arcCount + j);
				graph.setEdgeWeight(arcCount + j, 0);
			}
			return new Network(graph, pool.entryCount, sink, arcEntry, arcJudge);
		}

		/** The minimum-cost flow, or null when none carries all N·K units. */
		Solution solve(int perEntry, int minLoad, int maxLoad, int needed) {
			int entryArcs = arcEntry.length;
			MinimumCostFlowProblem<Integer, Integer> problem = new MinimumCostFlowProblemImpl<>(graph,
					v -> v < entryCount ? perEntry : v < sink ? 0 : -needed, a -> a < entryArcs ? 1 : maxLoad,
					a -> a < entryArcs ? 0 : minLoad);
			CapacityScalingMinimumCostFlow<Integer, Integer> solver = new CapacityScalingMinimumCostFlow<>();
			MinimumCostFlow<Integer> flow;
			try {
				flow = solver.getMinimumCostFlow(problem);
			}
			catch (IllegalArgumentException infeasible) {
				return null;
			}
			int[] assigned = new int[needed];
			int[] filled = new int[entryCount];
			for (int a = 0; a < entryArcs; a++) {
				if (flow.getFlow(a) > 0.5) {
					int e = arcEntry[a];
					assigned[e * perEntry + filled[e]++] = arcJudge[a];
				}
			}
			double[] potentials = new double[sink + 1];
			solver.getDualSolution().forEach((v, potential) -> potentials[v] = potential);
			return new Solution(assigned, potentials);
		}

	}

	/**
	 * A flow found: the judges of every entry as indexes into the pool, and the potential
	 * of every vertex.
	 */
	private record Solution(int[] assigned, double[] potentials) {
	}

	/**
	 * The round as indexes: each entry's conflicts and tags as bit sets, and each judge's
	 * conflict count.
	 */
	private static final class Pool {

		final BitSet[] conflicts;

		final int[] conflictsByJudge;

		final BitSet[] entryTags;

		final BitSet[] judgeTags;

		final int entryCount;

		final int judgeCount;

		private Pool(BitSet[] conflicts, int[] conflictsByJudge, BitSet[] entryTags, BitSet[] judgeTags) {
			this.entryCount = conflicts.length;
			this.judgeCount = judgeTags.length;
			this.conflicts = conflicts;
			this.conflictsByJudge = conflictsByJudge;
			this.entryTags = entryTags;
			this.judgeTags = judgeTags;
		}

		static Pool of(List<Candidate> entries, List<Expert> judges, Map<Long, Integer> judgeIndex) {
			Map<String, Integer> tagIndex = new HashMap<>();
			Set<Long> entryIds = new HashSet<>();
			BitSet[] conflicts = new BitSet[entries.size()];
			int[] conflictsByJudge = new int[judgeIndex.size()];
			BitSet[] entryTags = new BitSet[entries.size()];
			for (int e = 0; e < entries.size(); e++) {
				Candidate entry = entries.get(e);
				if (!entryIds.add(entry.entryId())) {
					throw new IllegalArgumentException("entry listed twice: " + entry.entryId());
				}
				BitSet conflicted = new BitSet(judgeIndex.size());
				for (Long judgeId : entry.conflictedJudges()) {
					Integer j = judgeIndex.get(judgeId);
					if (j != null) {
						conflicted.set(j);
						conflictsByJudge[j]++;
					}
				}
				conflicts[e] = conflicted;
				entryTags[e] = tags(entry.tags(), tagIndex);
			}
			BitSet[] judgeTags = new BitSet[judges.size()];
			for (int j = 0; j < judges.size(); j++) {
				judgeTags[j] = tags(judges.get(j).tags(), tagIndex);
			}
			return new Pool(conflicts, conflictsByJudge, entryTags, judgeTags);
		}

		boolean eligible(int entry, int judge) {
			return !conflicts[entry].get(judge);
		}

		int eligibleJudges(int entry) {
			return judgeCount - conflicts[entry].cardinality();
		}

		double cost(int entry, int judge) {
			return entryTags[entry].intersects(judgeTags[judge]) ? TAG_MATCH : NO_TAG_MATCH;
		}

		/** Every eligible pair as arcs. */
		BitSet[] eligibleArcs() {
			BitSet[] arcs = new BitSet[entryCount];
			for (int e = 0; e < entryCount; e++) {
				arcs[e] = new BitSet(judgeCount);
				arcs[e].set(0, judgeCount);
				arcs[e].andNot(conflicts[e]);
			}
			return arcs;
		}

		long missingArcs(BitSet[] arcs) {
			long missing = 0;
			for (int e = 0; e < entryCount; e++) {
				missing += eligibleJudges(e) - arcs[e].cardinality();
			}
			return missing;
		}

		private static BitSet tags(Iterable<String> tags, Map<String, Integer> tagIndex) {
			BitSet bits = new BitSet();
			for (String tag : tags) {
				bits.set(tagIndex.computeIfAbsent(tag, t -> tagIndex.size()));
			}
			return bits;
		}

	}

}
