package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.innovation.StudioLevel;

/**
 * A studio's annual review (年度考核): the year's report with its counts (achievements,
 * trainings and their attendance, mentorships), the reviewers' scores on four parts (成果产出
 * 30, 人才培养 30, 机制运行 20, 示范带动 20), and the reviewing union's decision.
 */
record Review(long id, long studioId, String studioName, int year, StudioLevel level, long reviewingOrgId,
		String summary, int achievements, int trainings, int trainees, int mentorships, Status status, Outcome outcome,
		String reason, String decision, LocalDate decidedOn, List<Score> scores) {

	/** Where a review stands. */
	enum Status {

		SUBMITTED, DECIDED;

		public String messageKey() {
			return "innovation.review.status." + name();
		}

	}

	/** What a review decides about the level. */
	enum Outcome {

		KEEP, RAISE, LOWER, WITHDRAW;

		public String messageKey() {
			return "innovation.review.outcome." + name();
		}

	}

	/** One reviewer's scores. */
	record Score(String reviewer, BigDecimal output, BigDecimal talent, BigDecimal mechanism, BigDecimal demonstration,
			String comment) {

		public BigDecimal total() {
			return output.add(talent).add(mechanism).add(demonstration);
		}

	}

	/** The mean of the reviewers' totals, or null before any score. */
	public BigDecimal mean() {
		if (scores.isEmpty()) {
			return null;
		}
		return scores.stream()
			.map(Score::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The outcome the mean suggests: 85 and over raise, 60 to 85 keep, 45 to 60 lower,
	 * under 45 withdraw; null before any score.
	 */
	public Outcome suggested() {
		BigDecimal mean = mean();
		if (mean == null) {
			return null;
		}
		if (mean.compareTo(BigDecimal.valueOf(85)) >= 0) {
			return Outcome.RAISE;
		}
		if (mean.compareTo(BigDecimal.valueOf(60)) >= 0) {
			return Outcome.KEEP;
		}
		return mean.compareTo(BigDecimal.valueOf(45)) >= 0 ? Outcome.LOWER : Outcome.WITHDRAW;
	}

}
