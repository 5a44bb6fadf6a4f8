package cn.jiangxin.exam.internal.analysis;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionVersions;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.sitting.Attempt;
import cn.jiangxin.exam.internal.sitting.AttemptItem;
import cn.jiangxin.exam.internal.sitting.AttemptStatus;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * The item analysis (试题分析) of an exam from its handed-in papers: each candidate's first
 * handed-in attempt counts once; every question drawn is an item, with its facility,
 * discrimination and options' choice rates; the paper's consistency is computed over its
 * places (the same slot of a blueprint row, or the same question of a fixed paper), for
 * the whole paper and for each top-level knowledge area whose places all fall in it.
 * Computed once per change of the data.
 */
@Service
public class ExamAnalysis {

	private final AttemptStore attempts;

	private final QuestionVersions versions;

	private final KeptValues<Long, Report> kept;

	ExamAnalysis(AttemptStore attempts, QuestionVersions versions, DataVersion dataVersion) {
		this.attempts = attempts;
		this.versions = versions;
		this.kept = new KeptValues<>(dataVersion, 50, Duration.ofMinutes(10));
	}

	/**
	 * An item's figures with what the page shows of its question; {@code number} is its
	 * place in the report (and on the chart), from 1.
	 */
	public record ItemRow(int number, ItemAnalysis.ItemStat stat, QuestionType type, String stem, String area,
			int difficulty, BigDecimal points) {
	}

	/** A knowledge area's consistency and its candidates' mean share of its points. */
	public record AreaRow(String area, ItemAnalysis.Reliability reliability, double meanShare) {
	}

	/**
	 * The analysis: how many papers, the paper's consistency, each area's, every item's
	 * figures (in the order they first appear on papers), and the totals' distribution in
	 * ten bands of the full marks.
	 */
	public record Report(int papers, BigDecimal maxScore, ItemAnalysis.Reliability reliability, List<AreaRow> areas,
			List<ItemRow> items, int[] distribution) {
	}

	public Report report(Exam exam) {
		return kept.get(exam.id(), id -> compute(exam));
	}

	private Report compute(Exam exam) {
		Map<Long, Attempt> first = new LinkedHashMap<>();
		for (Attempt a : attempts.ofExam(exam.id())) {
			if (a.status() != AttemptStatus.IN_PROGRESS) {
				first.merge(a.memberId(), a, (x, y) -> x.number() <= y.number() ? x : y);
			}
		}
		Map<Long, List<AttemptItem>> papers = attempts.items(first.values().stream().map(Attempt::id).toList());
		Set<Long> versionIds = new LinkedHashSet<>();
		papers.values().forEach(list -> list.forEach(i -> versionIds.add(i.versionId())));
		Map<Long, QuestionView> byVersion = versions.get(versionIds);

		Map<Long, ItemAnalysis.Item> items = new LinkedHashMap<>();
		Map<Long, QuestionView> questions = new LinkedHashMap<>();
		Map<Long, BigDecimal> points = new HashMap<>();
		List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
		Map<String, Double> maxima = new LinkedHashMap<>();
		Map<String, String> placeArea = new LinkedHashMap<>();
		List<Map<String, Double>> complete = new ArrayList<>();
		List<Double> totals = new ArrayList<>();
		for (Attempt attempt : first.values()) {
			List<AttemptItem> paper = papers.getOrDefault(attempt.id(), List.of());
			Map<Long, Double> scores = new HashMap<>();
			Map<Long, String> choices = new HashMap<>();
			Map<String, Double> byPlace = new LinkedHashMap<>();
			double total = 0;
			for (AttemptItem item : paper) {
				QuestionView q = byVersion.get(item.versionId());
				questions.putIfAbsent(item.questionId(), q);
				points.putIfAbsent(item.questionId(), item.points());
				items.putIfAbsent(item.questionId(),
						new ItemAnalysis.Item(item.questionId(), item.points().doubleValue(),
								q.type().choice() ? q.answerKey() : null,
								q.type().choice() ? Answers.keysFor(q.options().size()) : null));
				String place = (item.rowPosition() == null ? "f" : "r" + item.rowPosition()) + ":" + item.slot();
				maxima.putIfAbsent(place, item.points().doubleValue());
				String area = ExamResults.topArea(q.areaPath());
				placeArea.merge(place, area, (a, b) -> a.equals(b) ? a : "");
				if (item.score() != null) {
					scores.put(item.questionId(), item.score().doubleValue());
					byPlace.put(place, item.score().doubleValue());
					total += item.score().doubleValue();
				}
				if (q.type().choice()) {
					choices.put(item.questionId(), item.answer() == null ? "" : item.answer());
				}
			}
			sittings.add(new ItemAnalysis.Sitting(attempt.id(), total, scores, choices));
			totals.add(total);
			if (attempt.status() == AttemptStatus.GRADED) {
				complete.add(byPlace);
			}
		}
		List<ItemAnalysis.ItemStat> stats = ItemAnalysis.items(new ArrayList<>(items.values()), sittings);
		List<ItemRow> rows = new ArrayList<>();
		for (ItemAnalysis.ItemStat stat : stats) {
			QuestionView q = questions.get(stat.question());
			rows.add(new ItemRow(rows.size() + 1, stat, q.type(), q.stem(), ExamResults.topArea(q.areaPath()),
					q.difficulty(), points.get(stat.question())));
		}
		List<String> places = new ArrayList<>(maxima.keySet());
		ItemAnalysis.Reliability whole = reliability(places, maxima, complete);
		List<AreaRow> areas = new ArrayList<>();
		Set<String> areaNames = new LinkedHashSet<>(placeArea.values());
		areaNames.remove("");
		for (String area : areaNames) {
			List<String> inArea = places.stream().filter(p -> area.equals(placeArea.get(p))).toList();
			double max = inArea.stream().mapToDouble(maxima::get).sum();
			double mean = complete.isEmpty() || max == 0 ? 0
					: complete.stream()
						.mapToDouble(row -> inArea.stream().mapToDouble(p -> row.getOrDefault(p, 0.0)).sum())
						.average()
						.orElse(0) / max;
			areas.add(new AreaRow(area, reliability(inArea, maxima, complete), mean));
		}
		double full = exam.maxScore() == null ? 0 : exam.maxScore().doubleValue();
		return new Report(first.size(), exam.maxScore(), whole, areas, rows,
				ItemAnalysis.distribution(totals, full, 10));
	}

	/** The consistency over some places, from the papers that were graded in full. */
	private static ItemAnalysis.Reliability reliability(List<String> places, Map<String, Double> maxima,
			List<Map<String, Double>> complete) {
		double[] max = places.stream().mapToDouble(maxima::get).toArray();
		List<double[]> rows = new ArrayList<>();
		for (Map<String, Double> paper : complete) {
			if (!paper.keySet().containsAll(places)) {
				continue;
			}
			rows.add(places.stream().mapToDouble(paper::get).toArray());
		}
		return ItemAnalysis.reliability(rows, max);
	}

}
