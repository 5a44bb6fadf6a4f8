package cn.jiangxin.judging.internal.standings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.rounds.RoundSetup;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.judging.internal.rounds.Sheet;

/**
 * Turns a round's submitted sheets, measurements and imported parts into standings:
 * judges' totals aggregated raw and normalised by {@link Aggregation}, the other parts
 * added, then ranked with the tie-break chain, overall and within each track.
 */
@Component
class Standings {

	RoundResults compute(RoundView round, RoundSetup setup, RubricDraft rubric, List<EntryView> entries,
			List<Sheet> sheets, Map<Long, Map<String, BigDecimal>> recorded, Map<Long, Map<Long, Boolean>> assignment) {
		RankingBasis basis = setup.settings().basis();
		int expectedTotal = assignment.values().stream().mapToInt(Map::size).sum();
		int submittedTotal = (int) sheets.stream().filter(Sheet::submitted).count();
		if (rubric == null) {
			return new RoundResults(round.id(), round.contestId(), round.name(), basis, List.of(), expectedTotal,
					submittedTotal);
		}
		List<JudgeScore> scores = new ArrayList<>();
		for (Sheet sheet : sheets) {
			if (!sheet.submitted() || sheet.total() == null) {
				continue;
			}
			Map<String, Double> criteria = new LinkedHashMap<>();
			sheet.items().forEach((code, item) -> {
				if (item.score() != null) {
					criteria.put(code, item.score().doubleValue());
				}
			});
			scores.add(new JudgeScore(sheet.entryId(), sheet.expertId(), sheet.total().doubleValue(), criteria,
					Rubrics.partPoints(rubric, criteria, Map.of())));
		}
		Map<Long, Double> offsets = new LinkedHashMap<>();
		for (EntryView entry : entries) {
			offsets.put(entry.id(), Rubrics.extras(rubric, recorded.getOrDefault(entry.id(), Map.of())));
		}
		boolean judged = Rubrics.hasJudged(rubric);
		AggregationRule rule = new AggregationRule(setup.settings().method(), setup.settings().trimFrom(), basis,
				setup.settings().spreadThreshold(), setup.settings().stdDevThreshold(),
				TieBreak.parse(setup.settings().tieBreaks() == null ? "" : setup.settings().tieBreaks()));
		List<EntryResult> ranked = Aggregation.rank(scores, rule, 0, judged ? Rubrics.judgedMax(rubric) : 0, offsets,
				Rubrics.judgedPartMaxima(rubric));
		Map<Long, EntryView> byId = new HashMap<>();
		entries.forEach(e -> byId.put(e.id(), e));
		Map<Long, int[]> trackCounters = new HashMap<>();
		Map<Long, Integer> lastRankInTrack = new HashMap<>();
		Map<Long, Integer> lastOverallInTrack = new HashMap<>();
		List<RoundStanding> standings = new ArrayList<>();
		for (EntryResult r : ranked) {
			EntryView entry = byId.get(r.entryId());
			if (entry == null) {
				continue;
			}
			int[] counter = trackCounters.computeIfAbsent(entry.trackId(), k -> new int[1]);
			counter[0]++;
			int trackRank = r.rank() == lastOverallInTrack.getOrDefault(entry.trackId(), -1)
					? lastRankInTrack.get(entry.trackId()) : counter[0];
			lastOverallInTrack.put(entry.trackId(), r.rank());
			lastRankInTrack.put(entry.trackId(), trackRank);
			Map<String, Double> parts = new LinkedHashMap<>(
					Rubrics.partPoints(rubric, Map.of(), recorded.getOrDefault(r.entryId(), Map.of())));
			r.parts().forEach((code, points) -> parts.merge(code, points, Double::sum));
			standings.add(
					new RoundStanding(r.entryId(), entry.title(), entry.trackId(), entry.trackName(), entry.unitOrgId(),
							entry.unitName(), r.judgeCount(), assignment.getOrDefault(r.entryId(), Map.of()).size(),
							round2(r.raw()), round2(r.normalised()), round2(r.score()), shown(parts, round2(r.score())),
							round2(r.stdDev()), round2(r.spread()), r.disagreement(), r.rank(), trackRank, r.tied()));
		}
		return new RoundResults(round.id(), round.contestId(), round.name(), basis, standings, expectedTotal,
				submittedTotal);
	}

	/**
	 * Parts rounded to hundredths so that they add up to the score as shown: each is cut
	 * to whole hundredths, and the hundredths still missing go one each to the parts with
	 * the largest remainders (the largest remainder method). Computed exactly, the parts
	 * add up to the score; only the rounding is shared out.
	 */
	static Map<String, BigDecimal> shown(Map<String, Double> parts, BigDecimal score) {
		List<String> codes = new ArrayList<>(parts.keySet());
		long[] hundredths = new long[codes.size()];
		double[] remainders = new double[codes.size()];
		long sum = 0;
		for (int i = 0; i < codes.size(); i++) {
			double exact = parts.get(codes.get(i)) * 100;
			hundredths[i] = (long) Math.floor(exact + 1e-9);
			remainders[i] = exact - hundredths[i];
			sum += hundredths[i];
		}
		long missing = score.movePointRight(2).longValue() - sum;
		Integer[] byRemainder = new Integer[codes.size()];
		for (int i = 0; i < byRemainder.length; i++) {
			byRemainder[i] = i;
		}
		Arrays.sort(byRemainder, (a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int k = 0; missing > 0 && !codes.isEmpty(); k = (k + 1) % codes.size(), missing--) {
			hundredths[byRemainder[k]]++;
		}
		for (int k = codes.size() - 1; missing < 0 && k >= 0; k--) {
			if (hundredths[byRemainder[k]] > 0) {
				hundredths[byRemainder[k]]--;
				missing++;
			}
		}
		Map<String, BigDecimal> shown = new LinkedHashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			shown.put(codes.get(i), BigDecimal.valueOf(hundredths[i], 2));
		}
		return shown;
	}

	private static BigDecimal round2(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
