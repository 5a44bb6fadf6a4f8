package cn.jiangxin.exam.internal.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * Draws each candidate's own paper, reproducibly from a seed: every blueprint row takes
 * its count of distinct questions from its pool in an order shuffled by the seed (the
 * first ones no earlier row took), and where rows share questions (判断题 of any area beside
 * 判断题 of one area) so that this leaves a row short, a maximum flow from rows to questions
 * finds a draw that fills them all if any does. Options are shuffled by the same seed.
 * The same flow tells, before an exam is published, which rows the bank cannot fill.
 */
public final class PaperDraw {

	/** The order of the parts of a paper: 一、单选题 二、多选题 三、判断题 四、填空题 五、简答题. */
	private static final Comparator<QuestionType> PART_ORDER = Comparator.comparingInt(QuestionType::ordinal);

	private PaperDraw() {
	}

	/**
	 * The seed of a candidate's n-th attempt: the exam's seed mixed with who and which.
	 */
	public static long seed(long examSeed, long memberId, int number) {
		long z = examSeed + 0x9E3779B97F4A7C15L * (memberId * 31 + number);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * How many questions each row falls short by when all rows draw together: empty when
	 * the bank can fill the blueprint.
	 */
	public static Map<Integer, Integer> shortfall(List<BlueprintRow> rows, Map<Integer, List<PoolQuestion>> pools) {
		Map<Integer, List<PoolQuestion>> taken = flow(rows, pools, null);
		Map<Integer, Integer> missing = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			int got = taken.getOrDefault(row.position(), List.of()).size();
			if (got < row.count()) {
				missing.put(row.position(), row.count() - got);
			}
		}
		return missing;
	}

	/**
	 * A candidate's paper by blueprint, grouped by type in the usual order and by row
	 * within a type; fails if the bank cannot fill it.
	 */
	public static List<DrawnItem> blueprint(List<BlueprintRow> rows, Map<Integer, List<PoolQuestion>> pools, long seed,
			boolean shuffleOptions) {
		Random random = new Random(seed);
		Map<Integer, List<PoolQuestion>> taken = flow(rows, pools, random);
		List<BlueprintRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparing(BlueprintRow::type, PART_ORDER).thenComparingInt(BlueprintRow::position));
		List<DrawnItem> items = new ArrayList<>();
		for (BlueprintRow row : ordered) {
			List<PoolQuestion> drawn = taken.getOrDefault(row.position(), List.of());
			if (drawn.size() < row.count()) {
				throw new IllegalStateException("blueprint row " + row.position() + " cannot be filled");
			}
			for (int slot = 0; slot < drawn.size(); slot++) {
				PoolQuestion q = drawn.get(slot);
				items.add(new DrawnItem(q.questionId(), q.versionId(), row.position(), slot + 1, row.points(), q.type(),
						options(q, shuffleOptions, random)));
			}
		}
		return items;
	}

	/** A fixed question of a paper, worth {@code points}. */
	public record Fixed(PoolQuestion question, BigDecimal points) {
	}

	/**
	 * A candidate's fixed paper: the questions in their order, grouped by type, shuffled
	 * within each type if asked.
	 */
	public static List<DrawnItem> fixed(List<Fixed> questions, long seed, boolean shuffleQuestions,
			boolean shuffleOptions) {
		Random random = new Random(seed);
		Map<QuestionType, List<Integer>> byType = new LinkedHashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			byType.computeIfAbsent(questions.get(i).question().type(), t -> new ArrayList<>()).add(i);
		}
		List<QuestionType> types = new ArrayList<>(byType.keySet());
		types.sort(PART_ORDER);
		List<DrawnItem> items = new ArrayList<>();
		for (QuestionType type : types) {
			List<Integer> order = byType.get(type);
			if (shuffleQuestions) {
				Collections.shuffle(order, random);
			}
			for (int index : order) {
				Fixed f = questions.get(index);
				items.add(new DrawnItem(f.question().questionId(), f.question().versionId(), null, index + 1,
						f.points(), type, options(f.question(), shuffleOptions, random)));
			}
		}
		return items;
	}

	private static String options(PoolQuestion q, boolean shuffle, Random random) {
		if (!q.type().choice() || q.optionCount() == 0) {
			return null;
		}
		List<String> keys = new ArrayList<>(Answers.letters(Answers.keysFor(q.optionCount())));
		if (shuffle) {
			Collections.shuffle(keys, random);
		}
		return String.join("", keys);
	}

	/**
	 * The questions each row takes in a maximum flow from rows (capacity: their count) to
	 * questions (capacity 1), with each pool in an order shuffled by {@code random} (as
	 * given when null), in the order the flow reaches them.
	 */
	private static Map<Integer, List<PoolQuestion>> flow(List<BlueprintRow> rows,
			Map<Integer, List<PoolQuestion>> pools, Random random) {
		Map<Integer, List<PoolQuestion>> shuffled = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			List<PoolQuestion> pool = new ArrayList<>(pools.getOrDefault(row.position(), List.of()));
			if (random != null) {
				Collections.shuffle(pool, random);
			}
			shuffled.put(row.position(), pool);
		}
		Map<Integer, List<PoolQuestion>> greedy = greedy(rows, shuffled);
		return greedy != null ? greedy : maximumFlow(rows, shuffled);
	}

	/**
	 * Each row in turn takes the first of its shuffled pool that no row took before: the
	 * draw when that fills every row (always so when no two rows share a question), else
	 * null. Filling every row, it is a maximum flow too, found without building one.
	 */
	private static Map<Integer, List<PoolQuestion>> greedy(List<BlueprintRow> rows,
			Map<Integer, List<PoolQuestion>> shuffled) {
		Set<Long> used = new HashSet<>();
		Map<Integer, List<PoolQuestion>> taken = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			List<PoolQuestion> picked = new ArrayList<>(row.count());
			for (PoolQuestion q : shuffled.get(row.position())) {
				if (picked.size() == row.count()) {
					break;
				}
				if (used.add(q.questionId())) {
					picked.add(q);
				}
			}
			if (picked.size() < row.count()) {
				return null;
			}
			taken.put(row.position(), picked);
		}
		return taken;
	}

	private static Map<Integer, List<PoolQuestion>> maximumFlow(List<BlueprintRow> rows,
			Map<Integer, List<PoolQuestion>> shuffled) {
		Graph<String, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		network.addVertex("s");
		network.addVertex("t");
		Map<Long, PoolQuestion> byId = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			List<PoolQuestion> pool = shuffled.get(row.position());
			String r = "r" + row.position();
			network.addVertex(r);
			network.setEdgeWeight(network.addEdge("s", r), row.count());
			for (PoolQuestion q : pool) {
				String v = "q" + q.questionId();
				if (byId.putIfAbsent(q.questionId(), q) == null) {
					network.addVertex(v);
					network.setEdgeWeight(network.addEdge(v, "t"), 1);
				}
				if (!network.containsEdge(r, v)) {
					network.setEdgeWeight(network.addEdge(r, v), 1);
				}
			}
		}
		MaximumFlow<DefaultWeightedEdge> flow = new EdmondsKarpMFImpl<>(network).getMaximumFlow("s", "t");
		Map<DefaultWeightedEdge, Double> flows = flow.getFlowMap();
		Map<Integer, List<PoolQuestion>> taken = new LinkedHashMap<>();
		for (BlueprintRow row : rows) {
			List<PoolQuestion> picked = new ArrayList<>();
			for (PoolQuestion q : shuffled.get(row.position())) {
				DefaultWeightedEdge edge = network.getEdge("r" + row.position(), "q" + q.questionId());
				if (edge != null && flows.getOrDefault(edge, 0.0) > 0.5) {
					picked.add(q);
				}
			}
			taken.put(row.position(), picked);
		}
		return taken;
	}

}
