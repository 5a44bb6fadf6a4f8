package cn.jiangxin.judging.internal.setup;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.internal.standings.TieBreak;

/**
 * The settings of a round that decide its ranking once scores are in: the aggregation
 * method and when it trims, the basis, the disagreement thresholds and the tie-break
 * chain. Frozen once the first score is in; changed after that only by a re-rank with a
 * reason.
 */
public record RankingRule(AggregationMethod method, Integer trimFrom, RankingBasis basis, BigDecimal spreadThreshold,
		BigDecimal stdDevThreshold, String tieBreaks) {

	public static RankingRule of(JudgingSettings s) {
		return new RankingRule(s.method(), s.trimFrom(), s.basis(), s.spreadThreshold(), s.stdDevThreshold(),
				s.tieBreaks());
	}

	/** These settings with this rule in place of theirs. */
	JudgingSettings applyTo(JudgingSettings s) {
		return new JudgingSettings(s.judgesPerEntry(), s.minLoad(), s.maxLoad(), s.blind(), method, trimFrom, basis,
				spreadThreshold, stdDevThreshold, tieBreaks == null ? "" : tieBreaks.strip(), s.live());
	}

	/**
	 * Whether two rules rank alike: the same values, thresholds compared as numbers,
	 * chains as parsed.
	 */
	boolean sameAs(RankingRule other) {
		return method == other.method && Objects.equals(trimFrom, other.trimFrom) && basis == other.basis
				&& sameNumber(spreadThreshold, other.spreadThreshold)
				&& sameNumber(stdDevThreshold, other.stdDevThreshold) && chain().equals(other.chain());
	}

	/** The tie-break chain in its stored form. */
	public String chain() {
		return TieBreak.format(TieBreak.parse(tieBreaks));
	}

	/** The rule as the audit log and the re-rank history keep it. */
	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("method", method);
		map.put("trimFrom", trimFrom);
		map.put("basis", basis);
		map.put("spreadThreshold", spreadThreshold == null ? "" : spreadThreshold.stripTrailingZeros().toPlainString());
		map.put("stdDevThreshold", stdDevThreshold == null ? "" : stdDevThreshold.stripTrailingZeros().toPlainString());
		map.put("tieBreaks", chain());
		return map;
	}

	/**
	 * One line, e.g.
	 * {@code TRIMMED_MEAN;5;NORMALISED;20;;CRITERION:innovation,HIGHER_MINIMUM}.
	 */
	public String text() {
		return String.join(";", method.name(), String.valueOf(trimFrom), basis.name(), plain(spreadThreshold),
				plain(stdDevThreshold), chain());
	}

	static RankingRule parse(String text) {
		String[] f = text.split(";", -1);
		return new RankingRule(AggregationMethod.valueOf(f[0]), Integer.valueOf(f[1]), RankingBasis.valueOf(f[2]),
				f[3].isEmpty() ? null : new BigDecimal(f[3]), f[4].isEmpty() ? null : new BigDecimal(f[4]), f[5]);
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
