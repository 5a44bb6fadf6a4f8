package cn.jiangxin.exam.internal.web;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.internal.sitting.CandidatePaper;

/**
 * Small helpers the exam pages call by name ({@code @examPages}): an answer's options by
 * the letters the candidate saw them under (options may be shuffled per candidate), and
 * times taken in minutes and seconds.
 */
@Component("examPages")
public class ExamPages {

	/** The options a reviewed answer chose, by their letters as shown ("A、C"). */
	public String letters(CandidateViews.ReviewItem item) {
		return shown(item.options(), item.answer());
	}

	/** The correct options of a reviewed question, by their letters as shown. */
	public String keyLetters(CandidateViews.ReviewItem item) {
		return shown(item.options(), item.correct());
	}

	private static String shown(List<CandidatePaper.Option> options, List<String> keys) {
		return String.join("、",
				options.stream().filter(o -> keys.contains(o.key())).map(CandidatePaper.Option::label).toList());
	}

	/** A time taken as "42′15″"; empty for none. */
	public String taken(Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = duration.toSeconds();
		return (seconds / 60) + "′" + String.format("%02d", seconds % 60) + "″";
	}

}
