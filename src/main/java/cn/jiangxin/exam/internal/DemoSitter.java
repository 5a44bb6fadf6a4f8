package cn.jiangxin.exam.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.jiangxin.exam.internal.bank.Answers;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;

/**
 * How the demo's candidates answer, by the one-parameter logistic model of item response
 * theory: a candidate of ability θ answers a question of difficulty b (difficulty 1–5 on
 * the scale −1.2 … 2.0) right with probability 1 / (1 + e^(−1.2(θ − b))). A wrong choice
 * falls on the distractors unevenly (the last one rarely), a wrong multiple choice misses
 * an option or adds one, a short answer covers as many of the reference answer's points
 * as the ability reaches. Seeded, so that the demo is the same at every load.
 */
final class DemoSitter {

	private final Random random;

	DemoSitter(long seed) {
		this.random = new Random(seed);
	}

	/** An ability drawn around {@code mean} with spread {@code sd}, within −3 … 3. */
	double ability(double mean, double sd) {
		return Math.max(-3, Math.min(3, mean + random.nextGaussian() * sd));
	}

	/** The chance a candidate of ability θ gets a question of this difficulty right. */
	static double chance(double theta, int difficulty) {
		double b = (difficulty - 2.5) * 0.8;
		return 1 / (1 + Math.exp(-1.2 * (theta - b)));
	}

	/** Whether a candidate of ability θ leaves the question unanswered. */
	boolean skips(double theta) {
		return random.nextDouble() < (theta < -0.5 ? 0.06 : 0.01);
	}

	/** The answer given, as the page sends it. */
	List<String> answer(QuestionView q, double theta) {
		boolean right = random.nextDouble() < chance(theta, q.difficulty());
		return switch (q.type()) {
			case SINGLE -> right ? q.answers() : List.of(distractor(q));
			case TRUE_FALSE -> right ? q.answers() : List.of(q.answers().contains("T") ? "F" : "T");
			case MULTIPLE -> right ? q.answers() : nearMiss(q);
			case FILL -> blanks(q, theta);
			case SHORT -> List.of(shortAnswer(q, theta));
		};
	}

	private String distractor(QuestionView q) {
		List<String> wrong = new ArrayList<>();
		for (String key : Answers.letters(Answers.keysFor(q.options().size()))) {
			if (!q.answers().contains(key)) {
				wrong.add(key);
			}
		}
		double[] weights = { 1.0, 0.55, 0.12, 0.1 };
		double total = 0;
		for (int i = 0; i < wrong.size(); i++) {
			total += weights[Math.min(i, weights.length - 1)];
		}
		double pick = random.nextDouble() * total;
		for (int i = 0; i < wrong.size(); i++) {
			pick -= weights[Math.min(i, weights.length - 1)];
			if (pick <= 0) {
				return wrong.get(i);
			}
		}
		return wrong.get(wrong.size() - 1);
	}

	/** A wrong multiple choice: one right option missed, or one wrong option added. */
	private List<String> nearMiss(QuestionView q) {
		List<String> answer = new ArrayList<>(q.answers());
		boolean allRight = answer.size() == q.options().size();
		if ((allRight || random.nextBoolean()) && answer.size() > 1) {
			answer.remove(random.nextInt(answer.size()));
		}
		else {
			answer.add(distractor(q));
		}
		return Answers.letters(Answers.choiceSet(answer));
	}

	private List<String> blanks(QuestionView q, double theta) {
		List<String> answer = new ArrayList<>();
		for (String blank : q.answers()) {
			boolean right = random.nextDouble() < chance(theta, q.difficulty());
			String accepted = blank.split("\\|")[0].strip();
			answer.add(right ? accepted : "不清楚");
		}
		return answer;
	}

	/**
	 * A short answer covering the reference answer's first points, as many as the ability
	 * reaches.
	 */
	private String shortAnswer(QuestionView q, double theta) {
		String[] points = (q.referenceAnswer() == null ? "" : q.referenceAnswer()).split("[；;\\n]");
		double share = chance(theta, q.difficulty());
		int covered = Math.max(1, (int) Math.round(points.length * Math.min(1, share + random.nextGaussian() * 0.1)));
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(covered, points.length); i++) {
			String point = points[i].replaceAll("[（(][0-9.]+分[）)]", "").replaceAll("^[①-⑩0-9.、\\s]+", "").strip();
			if (!point.isEmpty()) {
				text.append(text.isEmpty() ? "" : "；").append(point);
			}
		}
		return text.isEmpty() ? "按规定处理。" : text + "。";
	}

	/**
	 * A grader's mark of a short answer worth {@code points}: the share of the reference
	 * answer it covers, give or take a grader's leniency, in half points.
	 */
	BigDecimal mark(QuestionView q, String answer, BigDecimal points, double leniency) {
		String[] reference = (q.referenceAnswer() == null ? "" : q.referenceAnswer()).split("[；;\\n]");
		String[] given = answer == null ? new String[0] : answer.split("；");
		double share = reference.length == 0 ? 0.5 : Math.min(1.0, (double) given.length / reference.length);
		double mark = points.doubleValue() * share + leniency + random.nextGaussian() * 0.9;
		double halves = Math.round(Math.max(0, Math.min(points.doubleValue(), mark)) * 2) / 2.0;
		return BigDecimal.valueOf(halves).setScale(1, RoundingMode.HALF_UP);
	}

	/** A whole number in [from, to]. */
	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	/** Whether a question is of a kind a grader marks. */
	static boolean marked(QuestionView q) {
		return q.type() == QuestionType.SHORT;
	}

}
